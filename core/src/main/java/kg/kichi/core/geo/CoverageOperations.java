package kg.kichi.core.geo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import kg.kichi.core.geo.resolve.MentionCoverage;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;

/**
 * Operations on {@link RegionalCoverage} that need the hierarchy of a {@link Gazetteer}.
 *
 * <p><b>The algebra.</b> A coverage is read as a set of places: nationwide is the whole country, a unit
 * coverage the union of its units, and "not stated" an <i>unknown</i> set (never the same as nationwide):
 * <ul>
 *   <li>{@code notStated ∪ nationwide = nationwide} (nothing lies outside the whole country);
 *       {@code notStated ∪ units = notStated} and {@code notStated ∪ notStated = notStated} (the result is
 *       at least the units, but how much more is unknown);</li>
 *   <li>{@code notStated ∩ x = notStated} for every x, nationwide included (an unknown part of it);</li>
 *   <li>{@code nationwide ∪ x = nationwide}, {@code nationwide ∩ x = x} for a known x;</li>
 *   <li>units ∪ units and units ∩ units are the set union and intersection of places: a unit inside another
 *       unit of the result is dropped as redundant; an empty intersection is {@link Optional#empty()}.</li>
 * </ul>
 * Results are {@linkplain #normalise(RegionalCoverage) normalised} (units sorted by code, none inside
 * another, no shares: shares of different sources do not add up), so union and intersection are
 * commutative, associative and idempotent ({@code union(a, a) = normalise(a)}).
 *
 * <p>Every unit must be in the gazetteer ({@link UnknownUnitException} otherwise), and a nationwide
 * coverage must be of the gazetteer's country.
 */
public final class CoverageOperations {
    private final Gazetteer gazetteer;
    private final String country;

    private CoverageOperations(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        AdministrativeUnit root = gazetteer.getCountry();
        this.country = root.getCode(UnitRef.ISO_3166_1).map(UnitRef::getCode).orElse(root.getRef().getCode());
    }

    /**
     * Operations over a gazetteer.
     *
     * @param gazetteer the country's units
     * @return the operations
     */
    public static CoverageOperations over(Gazetteer gazetteer) {
        return new CoverageOperations(Objects.requireNonNull(gazetteer, "gazetteer"));
    }

    /**
     * Whether a coverage includes a unit: nationwide includes every unit; a unit coverage the units inside
     * any of its units; "not stated" none, since nothing is known.
     *
     * @param coverage the coverage
     * @param unit the unit
     * @return whether the unit is known to be covered
     */
    public boolean covers(RegionalCoverage coverage, UnitRef unit) {
        gazetteer.get(unit);
        check(coverage);
        switch (coverage.getKind()) {
            case NATIONWIDE:
                return true;
            case ALL_OF_LEVEL:
                return covers(expand(coverage), unit);
            case UNITS:
                return coverage.getUnitRefs().stream().anyMatch(u -> gazetteer.isWithin(unit, u));
            default:
                return false;
        }
    }

    /**
     * Rolls a coverage up to a level: each unit becomes its coarsest ancestor-or-self still at or below the
     * level's rank, e.g. to {@link UnitLevel#REGION} every unit becomes its first-level unit (an oblast, or
     * Bishkek or Osh city); a unit already coarser than the level stays. Shares of units that merge are added.
     *
     * @param coverage the coverage
     * @param level the level wanted
     * @return the rolled-up coverage; nationwide and not stated unchanged; every unit of a level as those units
     */
    public RegionalCoverage rollUp(RegionalCoverage coverage, UnitLevel level) {
        check(coverage);
        if (coverage.isAllOfLevel()) {
            return rollUp(expand(coverage), level);
        }
        if (coverage.getKind() != CoverageKind.UNITS) {
            return coverage;
        }
        Map<UnitRef, BigDecimal> merged = new LinkedHashMap<>();
        boolean shares = !coverage.getShares().isEmpty();
        for (UnitShare share : coverage.getUnits()) {
            UnitRef target = rollUp(share.getUnit(), level);
            BigDecimal p = share.getPercent().orElse(BigDecimal.ZERO);
            merged.merge(target, p, BigDecimal::add);
        }
        List<Map.Entry<UnitRef, BigDecimal>> units = new ArrayList<>();
        merged.forEach((u, p) -> units.add(Map.entry(u, p)));
        if (!shares) {
            return RegionalCoverage.of(merged.keySet());
        }
        return RegionalCoverage.ofUnits(units);
    }

    private UnitRef rollUp(UnitRef unit, UnitLevel level) {
        AdministrativeUnit current = gazetteer.get(unit);
        UnitRef result = current.getRef();
        for (AdministrativeUnit a : gazetteer.getAncestors(unit)) {
            if (a.getLevel().getRank() >= level.getRank()) {
                result = a.getRef();
            }
        }
        return result;
    }

    /**
     * The first-level units (oblasts, cities of republican significance) a coverage touches.
     *
     * @param coverage a unit coverage
     * @return those units, sorted; every first-level unit for nationwide; for every unit of a level, the
     *     first-level units they lie in (all oblasts: the seven oblasts, not Bishkek or Osh); none for not stated
     */
    public List<UnitRef> firstLevelUnits(RegionalCoverage coverage) {
        check(coverage);
        TreeSet<UnitRef> set = new TreeSet<>();
        if (coverage.isNationwide()) {
            gazetteer.getChildren(gazetteer.getCountry().getRef()).forEach(u -> set.add(u.getRef()));
        } else if (coverage.isAllOfLevel()) {
            set.addAll(rollUp(expand(coverage), UnitLevel.REGION).getUnitRefs());
        } else {
            set.addAll(rollUp(coverage, UnitLevel.REGION).getUnitRefs());
        }
        return List.copyOf(set);
    }

    /**
     * The share of a coverage that lies within a unit: the sum of the shares of its units inside the unit.
     *
     * @param coverage the coverage
     * @param unit the unit
     * @return the percent; empty when the coverage states no shares (nationwide and not stated included)
     */
    public Optional<BigDecimal> shareWithin(RegionalCoverage coverage, UnitRef unit) {
        gazetteer.get(unit);
        check(coverage);
        if (coverage.getShares().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<UnitRef, BigDecimal> e : coverage.getShares().entrySet()) {
            if (gazetteer.isWithin(e.getKey(), unit)) {
                sum = sum.add(e.getValue());
            }
        }
        return Optional.of(sum);
    }

    /**
     * The union of two coverages; see the class description for "not stated" and nationwide.
     *
     * @param a a coverage
     * @param b another
     * @return the normalised union
     */
    public RegionalCoverage union(RegionalCoverage a, RegionalCoverage b) {
        check(a);
        check(b);
        if (a.isNationwide() || b.isNationwide()) {
            return a.isNationwide() ? a : b;
        }
        if (a.isNotStated() || b.isNotStated()) {
            return RegionalCoverage.notStated();
        }
        if (a.isAllOfLevel() && a.equals(b)) {
            return a;
        }
        a = expand(a);
        b = expand(b);
        List<UnitRef> all = new ArrayList<>(a.getUnitRefs());
        all.addAll(b.getUnitRefs());
        return minimal(all).orElseThrow();
    }

    /**
     * The intersection of two coverages; see the class description for "not stated" and nationwide.
     *
     * @param a a coverage
     * @param b another
     * @return the normalised intersection; empty when the two share no place
     */
    public Optional<RegionalCoverage> intersection(RegionalCoverage a, RegionalCoverage b) {
        check(a);
        check(b);
        if (a.isNotStated() || b.isNotStated()) {
            return Optional.of(RegionalCoverage.notStated());
        }
        if (a.isNationwide()) {
            return Optional.of(normalise(b));
        }
        if (b.isNationwide()) {
            return Optional.of(normalise(a));
        }
        if (a.isAllOfLevel() && a.equals(b)) {
            return Optional.of(a);
        }
        a = expand(a);
        b = expand(b);
        List<UnitRef> common = new ArrayList<>();
        for (UnitRef x : a.getUnitRefs()) {
            for (UnitRef y : b.getUnitRefs()) {
                if (gazetteer.isWithin(x, y)) {
                    common.add(x);
                } else if (gazetteer.isWithin(y, x)) {
                    common.add(y);
                }
            }
        }
        return minimal(common);
    }

    /**
     * The canonical form of a coverage: units given by their main codes, sorted, none inside another, no
     * shares. Nationwide, every unit of a level and not stated are already canonical.
     *
     * @param coverage the coverage
     * @return its canonical form
     */
    public RegionalCoverage normalise(RegionalCoverage coverage) {
        check(coverage);
        return coverage.getKind() == CoverageKind.UNITS ? minimal(coverage.getUnitRefs()).orElseThrow() : coverage;
    }

    /**
     * Builds a coverage from text mentions in one call; see {@link MentionCoverage}.
     *
     * @param mentions the mentions, each possibly an enumeration
     * @param within the unit they stand under, or null
     * @param asOf the day the text speaks of, or null
     * @return the coverage with every mention's resolution and the problems
     */
    public MentionCoverage fromMentions(List<String> mentions, UnitRef within, LocalDate asOf) {
        return MentionCoverage.of(mentions, within, asOf, gazetteer);
    }

    /**
     * The units an all-of-level coverage stands for, as the gazetteer knows them; any other coverage unchanged.
     *
     * @param coverage the coverage
     * @return a unit coverage for every unit of the level; the coverage itself for the other kinds
     * @throws InvalidModelException with {@code kichi.coverage.level} when the gazetteer has no unit of the level
     */
    public RegionalCoverage expand(RegionalCoverage coverage) {
        check(coverage);
        if (!coverage.isAllOfLevel()) {
            return coverage;
        }
        UnitLevel level = coverage.getLevel().orElseThrow();
        List<UnitRef> refs = new ArrayList<>();
        gazetteer.getUnitsAt(level).forEach(u -> refs.add(u.getRef()));
        if (refs.isEmpty()) {
            throw new InvalidModelException("RegionalCoverage", Violation.of("level", "kichi.coverage.level",
                    Map.of("value", level.getCode())));
        }
        refs.sort(null);
        return RegionalCoverage.of(refs);
    }

    private Optional<RegionalCoverage> minimal(List<UnitRef> refs) {
        TreeSet<UnitRef> main = new TreeSet<>();
        for (UnitRef r : refs) {
            main.add(gazetteer.get(r).getRef());
        }
        List<UnitRef> kept = new ArrayList<>();
        for (UnitRef r : main) {
            boolean inner = main.stream().anyMatch(o -> !o.equals(r) && gazetteer.isWithin(r, o));
            if (!inner) {
                kept.add(r);
            }
        }
        return kept.isEmpty() ? Optional.empty() : Optional.of(RegionalCoverage.of(kept));
    }

    private void check(RegionalCoverage coverage) {
        Objects.requireNonNull(coverage, "coverage");
        if ((coverage.isNationwide() || coverage.isAllOfLevel())
                && !coverage.getCountry().orElseThrow().equals(country)) {
            throw new InvalidModelException("RegionalCoverage", Violation.of("country", "kichi.geo.countryMismatch",
                    Map.of("value", coverage.getCountry().orElseThrow(), "expected", country)));
        }
        for (UnitRef u : coverage.getUnitRefs()) {
            gazetteer.get(u);
        }
    }

    /**
     * @return the code a nationwide coverage over this gazetteer carries: its country's ISO 3166-1 code, else
     *     the country's own code
     */
    public String getCountryCode() {
        return country;
    }
}
