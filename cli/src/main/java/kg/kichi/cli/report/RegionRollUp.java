package kg.kichi.cli.report;

import java.util.List;
import java.util.Optional;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitRef;

/**
 * Rolls a referenced administrative unit up to the first-level unit (region or city of republican significance)
 * it lies in.
 */
@FunctionalInterface
public interface RegionRollUp {
    /**
     * @param unit any unit: a region, a district, a village
     * @return the first-level unit it lies in (itself if it is one), or empty when the unit is unknown or is the
     *     whole country
     */
    Optional<Region> firstLevelUnitOf(UnitRef unit);

    /**
     * The first-level units a coverage of every unit of a level ("all oblasts") stands for.
     *
     * @param coverage an all-of-level coverage
     * @return those units; empty when this roll-up cannot list them (it knows no gazetteer, or another country)
     */
    default List<Region> firstLevelUnitsOfAll(RegionalCoverage coverage) {
        return List.of();
    }

    /**
     * A roll-up that knows no gazetteer: ISO 3166-2 codes are taken as first-level units named by their code;
     * nothing else is resolved.
     *
     * @return the roll-up
     */
    static RegionRollUp isoCodesOnly() {
        return unit -> UnitRef.ISO_3166_2.equals(unit.getScheme())
                ? Optional.of(new Region(unit.getCode(), unit.getCode()))
                : Optional.empty();
    }
}
