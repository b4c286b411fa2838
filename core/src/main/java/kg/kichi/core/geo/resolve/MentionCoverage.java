package kg.kichi.core.geo.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.CoverageOperations;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitLevel;
import kg.kichi.core.geo.UnitRef;

/**
 * A regional coverage built from text mentions ("Бишкек, Чүй жана Ысык-Көл облустары", "Бардык облустар"),
 * together with how each mention resolved and every mention that did not resolve, so nothing is silently
 * dropped.
 *
 * <p>Each mention is {@linkplain MentionSplitter#split split} into parts. A part that says "all oblasts"
 * ("Бардык облустар", "все области") covers {@linkplain RegionalCoverage#allOf every region}, which is not the
 * whole country (the cities of Bishkek and Osh are not oblasts); a part that says "all regions" or names the
 * country makes the coverage nationwide; a resolved part adds its unit; an ambiguous, unknown or
 * contradictory part adds nothing and is listed in {@link #getProblems()}. An address ("Нарынская область,
 * Кочкорский район") is one part and adds its most specific unit; when some part of the address could not be
 * placed, the unit its other parts agree on is added and the resolution is also listed as a problem. With no unit and no nationwide part the coverage
 * is {@linkplain RegionalCoverage#notStated() not stated}.
 */
public final class MentionCoverage {
    /** Every oblast, which is not the whole country: Bishkek and Osh are first-level units beside the oblasts. */
    private static final Set<String> ALL_OBLASTS = Set.of(fold("бардык облустар"), fold("все области"),
            fold("all oblasts"));
    private static final Set<String> NATIONWIDE = Set.of(fold("бардык аймактар"), fold("все регионы"), fold("вся страна"), fold("по всей стране"),
            fold("по всей республике"), fold("өлкө боюнча"), fold("республика боюнча"), fold("all regions"),
            fold("nationwide"), fold("countrywide"), fold("whole country"));

    private final RegionalCoverage coverage;
    private final List<Resolution> resolutions;
    private final List<Resolution> problems;

    private MentionCoverage(RegionalCoverage coverage, List<Resolution> resolutions, List<Resolution> problems) {
        this.coverage = coverage;
        this.resolutions = List.copyOf(resolutions);
        this.problems = List.copyOf(problems);
    }

    private static String fold(String s) {
        return NameNormalizer.fold(s);
    }

    /**
     * Resolves mentions and builds their coverage.
     *
     * @param mentions the mentions; null entries are reported as problems
     * @param within the unit they stand under, or null
     * @param asOf the day the text speaks of, or null for any time
     * @param gazetteer the gazetteer
     * @return the coverage, resolutions and problems
     */
    public static MentionCoverage of(List<String> mentions, UnitRef within, LocalDate asOf, Gazetteer gazetteer) {
        Objects.requireNonNull(mentions, "mentions");
        Objects.requireNonNull(gazetteer, "gazetteer");
        List<Resolution> all = new ArrayList<>();
        List<Resolution> problems = new ArrayList<>();
        List<UnitRef> units = new ArrayList<>();
        boolean nationwide = false;
        boolean allOblasts = false;
        AdministrativeUnit country = gazetteer.getCountry();
        for (String mention : mentions) {
            List<String> parts = MentionSplitter.split(mention);
            if (parts.isEmpty()) {
                Resolution r = Resolution.unknown(String.valueOf(mention), "the mention is empty");
                all.add(r);
                problems.add(r);
            }
            for (String part : parts) {
                if (ALL_OBLASTS.contains(fold(part))) {
                    allOblasts = true;
                    all.add(new Resolution(part, ResolutionStatus.RESOLVED,
                            List.of(new Candidate(country, part, MatchKind.NAME, 100)), "every oblast of the country"));
                    continue;
                }
                if (NATIONWIDE.contains(fold(part))) {
                    nationwide = true;
                    all.add(new Resolution(part, ResolutionStatus.RESOLVED,
                            List.of(new Candidate(country, part, MatchKind.NAME, 100)), "the whole country"));
                    continue;
                }
                Resolution r = gazetteer.resolve(part, within, asOf);
                all.add(r);
                if (!r.isResolved() || r.hasUnplacedParts()) {
                    problems.add(r);
                }
                if (r.isResolved() && r.getUnit().orElseThrow().equals(country)) {
                    nationwide = true;
                } else if (r.isResolved()) {
                    units.add(r.getUnit().orElseThrow().getRef());
                }
            }
        }
        RegionalCoverage coverage;
        CoverageOperations operations = CoverageOperations.over(gazetteer);
        if (nationwide) {
            coverage = RegionalCoverage.nationwide(operations.getCountryCode());
        } else if (allOblasts) {
            RegionalCoverage oblasts = RegionalCoverage.allOf(operations.getCountryCode(), UnitLevel.REGION);
            coverage = units.isEmpty() ? oblasts
                    : operations.union(oblasts, RegionalCoverage.of(List.copyOf(new LinkedHashSet<>(units))));
        } else if (units.isEmpty()) {
            coverage = RegionalCoverage.notStated();
        } else {
            coverage = operations.normalise(RegionalCoverage.of(List.copyOf(
                    new LinkedHashSet<>(units))));
        }
        return new MentionCoverage(coverage, all, problems);
    }

    /** @return the coverage of the resolved mentions */
    public RegionalCoverage getCoverage() {
        return coverage;
    }

    /** @return how every mention part resolved, in order */
    public List<Resolution> getResolutions() {
        return resolutions;
    }

    /** @return the parts that were ambiguous or unknown, with their candidates and reasons */
    public List<Resolution> getProblems() {
        return problems;
    }

    /** @return whether every part resolved */
    public boolean isComplete() {
        return problems.isEmpty();
    }

    @Override
    public String toString() {
        return coverage + (problems.isEmpty() ? "" : " with problems " + problems);
    }
}
