package kg.kichi.examples.cli.report;

import java.util.Optional;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.UnitRef;

/** Rolls units up to first-level units with a {@link Gazetteer}, naming them in English when it can. */
public final class GazetteerRollUp implements RegionRollUp {
    private final Gazetteer gazetteer;

    /**
     * Creates the roll-up.
     *
     * @param gazetteer the gazetteer, e.g. {@code Gazetteers.kyrgyzstan()}
     */
    public GazetteerRollUp(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Optional<Region> firstLevelUnitOf(UnitRef unit) {
        Optional<AdministrativeUnit> found = gazetteer.find(unit);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AdministrativeUnit u = found.get();
        Optional<AdministrativeUnit> first = u.getLevel().isFirstLevel() ? found
                : gazetteer.getAncestors(u.getRef()).stream().filter(a -> a.getLevel().isFirstLevel()).findFirst();
        return first.map(f -> new Region(f.getCode(UnitRef.ISO_3166_2).map(UnitRef::getCode)
                .orElse(f.getRef().toString()), f.getName("en").orElse(f.getDisplayName())));
    }
}
