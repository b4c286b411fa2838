package kg.kichi.cli.report;

import java.util.List;
import java.util.Optional;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.CoverageOperations;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitLevel;
import kg.kichi.core.geo.UnitRef;

/**
 * Rolls units up to first-level units with the gazetteer's {@link CoverageOperations#firstLevelUnits}, one unit at
 * a time so that a unit the gazetteer does not know leaves the others counted. Units are named in English when the
 * gazetteer can.
 */
public final class GazetteerRollUp implements RegionRollUp {
    private final Gazetteer gazetteer;
    private final CoverageOperations operations;

    /**
     * Creates the roll-up.
     *
     * @param gazetteer the gazetteer, e.g. {@code Gazetteers.kyrgyzstan()}
     */
    public GazetteerRollUp(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.operations = CoverageOperations.over(gazetteer);
    }

    @Override
    public Optional<Region> firstLevelUnitOf(UnitRef unit) {
        Optional<AdministrativeUnit> known = gazetteer.find(unit);
        if (known.isEmpty() || known.get().getLevel() == UnitLevel.COUNTRY) {
            return Optional.empty();
        }
        List<UnitRef> firstLevel = operations.firstLevelUnits(RegionalCoverage.of(unit));
        return firstLevel.size() == 1 ? gazetteer.find(firstLevel.get(0)).map(GazetteerRollUp::region)
                : Optional.empty();
    }

    @Override
    public List<Region> firstLevelUnitsOfAll(RegionalCoverage coverage) {
        if (!coverage.isAllOfLevel()
                || !coverage.getCountry().orElseThrow().equals(operations.getCountryCode())) {
            return List.of();
        }
        return operations.firstLevelUnits(coverage).stream().map(gazetteer::find).flatMap(Optional::stream)
                .map(GazetteerRollUp::region).toList();
    }

    private static Region region(AdministrativeUnit unit) {
        return new Region(unit.getCode(UnitRef.ISO_3166_2).map(UnitRef::getCode).orElse(unit.getRef().toString()),
                unit.getName("en").orElse(unit.getDisplayName()));
    }
}
