package kg.kichi.core.geo;

import java.util.Map;
import java.util.Objects;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;

/**
 * The level of an administrative unit in a country's hierarchy. Levels are a closed vocabulary; the units
 * themselves (places) are data in a {@link Gazetteer}, never constants.
 *
 * <p>{@link #getRank()} orders levels from coarse to fine: a country is 0; a region and a city of
 * republican significance, the two kinds of first-level unit, are 1; a district is 2; a city or town and an
 * aiyl aimak are 3; a village and a city sub-division are 4. A unit's parent always has a lower rank, but not
 * always the next one: a city of oblast significance lies directly in its region.
 */
public enum UnitLevel {
    /** A country: Kyrgyzstan. */
    COUNTRY("country", 0),
    /** A first-level region: an oblast (область, облусу). */
    REGION("region", 1),
    /** A city of republican significance (Bishkek, Osh), a first-level unit beside the oblasts. */
    CITY_REPUBLICAN("city_republican", 1),
    /** A district (район, району), inside a region or a city of republican significance. */
    DISTRICT("district", 2),
    /** A city or town (город, шаар) of oblast or district significance. */
    CITY("city", 3),
    /** A rural municipality: aiyl aimak (айыл аймагы, айыльный аймак), a group of villages. */
    AIYL_AIMAK("aiyl_aimak", 3),
    /** A village (село, айыл). */
    VILLAGE("village", 4),
    /** A city sub-division, such as a municipal territorial administration (МТУ, ЖАБ). */
    CITY_SUBDIVISION("city_subdivision", 4);

    private final String code;
    private final int rank;

    UnitLevel(String code, int rank) {
        this.code = code;
        this.rank = rank;
    }

    /** @return the code used in data files, e.g. {@code aiyl_aimak} */
    public String getCode() {
        return code;
    }

    /** @return 0 for a country up to 4 for a village; lower is coarser */
    public int getRank() {
        return rank;
    }

    /** @return whether units of this level are first-level units of a country */
    public boolean isFirstLevel() {
        return rank == 1;
    }

    /**
     * The level with a data code.
     *
     * @param code e.g. {@code district}
     * @return the level
     * @throws InvalidModelException if no level has that code
     */
    public static UnitLevel parse(String code) {
        Objects.requireNonNull(code, "code");
        for (UnitLevel level : values()) {
            if (level.code.equals(code)) {
                return level;
            }
        }
        throw new InvalidModelException("UnitLevel",
                Violation.of("", "kichi.geo.level", Map.of("value", String.valueOf(code))));
    }
}
