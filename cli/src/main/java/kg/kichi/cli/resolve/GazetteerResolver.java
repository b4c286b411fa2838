package kg.kichi.cli.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.UnitLevel;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.validation.InvalidModelException;

/** Resolves place names with a {@link Gazetteer}. */
public final class GazetteerResolver implements PlaceResolver {
    private final Gazetteer gazetteer;

    /**
     * Creates the resolver.
     *
     * @param gazetteer the gazetteer, e.g. {@code Gazetteers.kyrgyzstan()}
     */
    public GazetteerResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Resolution resolve(String text, Optional<String> within) {
        UnitRef context = within.map(this::unit).orElse(null);
        kg.kichi.core.geo.resolve.Resolution resolution = gazetteer.resolve(text, context);
        List<Candidate> candidates = new ArrayList<>();
        for (kg.kichi.core.geo.resolve.Candidate c : resolution.getCandidates()) {
            AdministrativeUnit unit = c.getUnit();
            candidates.add(new Candidate(unit.getRef().toString(), unit.getLevel().getCode(), name(unit),
                    ancestors(unit), c.getMatchedName() + " (" + c.getMatchKind().name().toLowerCase(Locale.ROOT)
                            .replace('_', ' ') + ")",
                    String.format(Locale.ROOT, "%.2f", c.getConfidence())));
        }
        List<String> chain = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        if (resolution.getParts().size() > 1) {
            resolution.getChain().forEach(u -> chain.add(name(u) + " (" + u.getLevel().getCode() + ")"));
            resolution.getParts().stream().filter(p -> !p.isPlaced()).forEach(p -> unplaced.add("'" + p.getText()
                    + "': " + p.getProblem().orElse("")));
        }
        return new Resolution(resolution.getStatus().name().toLowerCase(Locale.ROOT), candidates,
                resolution.getReason(), chain, unplaced);
    }

    private UnitRef unit(String code) {
        try {
            UnitRef ref = code.indexOf(':') >= 0 ? UnitRef.parse(code) : UnitRef.iso(code);
            if (gazetteer.find(ref).isPresent()) {
                return ref;
            }
        } catch (InvalidModelException malformed) {
            // reported below
        }
        throw new IllegalArgumentException("unknown unit '" + code + "' for --within (use e.g. KG-N or soate:…)");
    }

    private String ancestors(AdministrativeUnit unit) {
        return gazetteer.getAncestors(unit.getRef()).stream()
                .filter(a -> a.getLevel() != UnitLevel.COUNTRY)
                .map(GazetteerResolver::name)
                .collect(Collectors.joining(", "));
    }

    /**
     * A unit's name for the command line: English, else the gazetteer's display name.
     *
     * @param unit the unit
     * @return its name
     */
    static String name(AdministrativeUnit unit) {
        return unit.getName("en").orElse(unit.getDisplayName());
    }
}
