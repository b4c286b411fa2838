package kg.kichi.core.geo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import kg.kichi.core.geo.resolve.Resolution;

/**
 * The administrative units of one country, their hierarchy and names, with resolution of free-text place
 * mentions. Kyrgyzstan's ships with Kichi ({@link Gazetteers#kyrgyzstan()}); another country plugs in by
 * implementing this interface or by {@link Gazetteers#of(java.util.Collection)}.
 *
 * <p>Every method taking a {@link UnitRef} accepts any of a unit's codes (ISO 3166-2, SOATE or Kichi) and
 * throws {@link UnknownUnitException} for a code the gazetteer lacks. Implementations are immutable and safe
 * to share between threads.
 */
public interface Gazetteer {
    /** @return the country, the root of the hierarchy */
    AdministrativeUnit getCountry();

    /** @return every unit, parents before children */
    List<AdministrativeUnit> getUnits();

    /**
     * Looks a unit up by any of its codes.
     *
     * @param ref a code
     * @return the unit, empty when unknown
     */
    Optional<AdministrativeUnit> find(UnitRef ref);

    /**
     * Looks a unit up by any of its codes.
     *
     * @param ref a code
     * @return the unit
     * @throws UnknownUnitException if no unit has the code
     */
    default AdministrativeUnit get(UnitRef ref) {
        return find(ref).orElseThrow(() -> new UnknownUnitException(ref));
    }

    /**
     * The units directly inside a unit.
     *
     * @param ref the unit
     * @return its children, in data order
     */
    List<AdministrativeUnit> getChildren(UnitRef ref);

    /**
     * The unit directly containing a unit.
     *
     * @param ref the unit
     * @return its parent; empty for the country
     */
    Optional<AdministrativeUnit> getParent(UnitRef ref);

    /**
     * The units containing a unit.
     *
     * @param ref the unit
     * @return its parent, grandparent and so on up to the country
     */
    List<AdministrativeUnit> getAncestors(UnitRef ref);

    /**
     * Whether a unit lies within another; every unit lies within itself.
     *
     * @param unit the unit
     * @param ancestor the possibly containing unit
     * @return whether {@code ancestor} is {@code unit} or one of its ancestors
     */
    boolean isWithin(UnitRef unit, UnitRef ancestor);

    /**
     * The units of a level.
     *
     * @param level the level
     * @return those units, in data order
     */
    List<AdministrativeUnit> getUnitsAt(UnitLevel level);

    /**
     * Resolves a place mention with no context, any time.
     *
     * @param text a mention such as "г. Каракол", "Нарынской области", "Issyk-Kul"
     * @return the ranked candidates; unknown with a reason when none
     */
    default Resolution resolve(String text) {
        return resolve(text, null, null);
    }

    /**
     * Resolves a place mention under a heading: units inside {@code within} rank above namesakes elsewhere.
     *
     * @param text the mention
     * @param within the unit the mention stands under (e.g. the oblast heading), or null for none
     * @return the ranked candidates
     * @throws UnknownUnitException if {@code within} is not in this gazetteer
     */
    default Resolution resolve(String text, UnitRef within) {
        return resolve(text, within, null);
    }

    /**
     * Resolves a place mention as of a day: only names and units in use that day count, so a 2021
     * "Джалал-Абад" finds the city now called Манас, and a 2021 "Манас" does not.
     *
     * @param text the mention
     * @param within the unit the mention stands under, or null for none
     * @param asOf the day the text speaks of, or null for any time
     * @return the ranked candidates
     * @throws UnknownUnitException if {@code within} is not in this gazetteer
     */
    Resolution resolve(String text, UnitRef within, LocalDate asOf);
}
