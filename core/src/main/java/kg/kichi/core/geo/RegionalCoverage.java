package kg.kichi.core.geo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kg.kichi.core.internal.Repeats;
import kg.kichi.core.internal.ViolationCollector;

/**
 * Where a project, call, application or grant takes place: {@linkplain #notStated() not stated},
 * {@linkplain #nationwide(String) nationwide}, {@linkplain #allOf(String, UnitLevel) every unit of one level}
 * ("all oblasts"), or a set of {@linkplain #of(Collection) administrative units}, each with an optional share.
 *
 * <p>"Not stated" is never the same as "nationwide": a source that says nothing about place says nothing.
 * Units appear once each; shares, when given, are given for every unit, each above 0 with at most 40
 * decimals, and sum to exactly 100. Units are kept in the order given.
 */
public final class RegionalCoverage {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The most digits a share may have after the point; past them it is rejected before anything expands it. */
    private static final int MAX_DECIMALS = 40;
    private static final RegionalCoverage NOT_STATED = new RegionalCoverage(CoverageKind.NOT_STATED, null, List.of());

    private final CoverageKind kind;
    private final String country;
    private final UnitLevel level;
    private final List<UnitShare> units;

    private RegionalCoverage(CoverageKind kind, String country, List<UnitShare> units) {
        this(kind, country, null, units);
    }

    private RegionalCoverage(CoverageKind kind, String country, UnitLevel level, List<UnitShare> units) {
        this.kind = kind;
        this.country = country;
        this.level = level;
        this.units = units;
    }

    /** @return the coverage of a source that does not say where */
    public static RegionalCoverage notStated() {
        return NOT_STATED;
    }

    /**
     * The whole of a country.
     *
     * @param countryCode ISO 3166-1 alpha-2, e.g. {@code KG}
     * @return the coverage
     * @throws kg.kichi.core.validation.InvalidModelException if the code is not an assigned ISO 3166-1 alpha-2 code
     */
    public static RegionalCoverage nationwide(String countryCode) {
        Objects.requireNonNull(countryCode, "countryCode");
        if (!isCountryCode(countryCode)) {
            ViolationCollector problems = new ViolationCollector("RegionalCoverage");
            problems.check(false, "country", "kichi.coverage.country", Map.of("value", String.valueOf(countryCode)));
            problems.throwIfAny();
        }
        return new RegionalCoverage(CoverageKind.NATIONWIDE, countryCode, List.of());
    }

    /**
     * Every unit of one level in a country, as the source says it: {@code allOf("KG", UnitLevel.REGION)} for
     * "Бардык облустар" (all oblasts), which is not {@linkplain #nationwide(String) nationwide}: it leaves out the
     * cities of republican significance, Bishkek and Osh. Which units these are is the gazetteer's to say (see
     * {@link CoverageOperations}).
     *
     * @param countryCode ISO 3166-1 alpha-2, e.g. {@code KG}
     * @param level the level, below the country, e.g. {@link UnitLevel#REGION}
     * @return the coverage
     * @throws kg.kichi.core.validation.InvalidModelException naming a bad country code and a missing or
     *     country level
     */
    public static RegionalCoverage allOf(String countryCode, UnitLevel level) {
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(level, "level");
        ViolationCollector problems = new ViolationCollector("RegionalCoverage");
        problems.check(isCountryCode(countryCode), "country", "kichi.coverage.country",
                Map.of("value", String.valueOf(countryCode)));
        problems.check(level != null && level != UnitLevel.COUNTRY, "level", "kichi.coverage.level",
                Map.of("value", String.valueOf(level == null ? null : level.getCode())));
        problems.throwIfAny();
        return new RegionalCoverage(CoverageKind.ALL_OF_LEVEL, countryCode, level, List.of());
    }

    /** The assigned ISO 3166-1 alpha-2 codes (not user-assigned ones such as {@code ZZ} or {@code XX}). */
    private static final java.util.Set<String> COUNTRIES = java.util.Set.of(java.util.Locale.getISOCountries());

    /**
     * {@code [A-Z]{2}} and assigned in ISO 3166-1 ({@code ZZ}, {@code XX}, {@code AA}, {@code QM} to {@code QZ}
     * are user-assigned: no country), without a regular expression engine, which every nationwide coverage read
     * would use.
     */
    static boolean isCountryCode(String code) {
        return code != null && code.length() == 2 && isUpper(code.charAt(0)) && isUpper(code.charAt(1))
                && COUNTRIES.contains(code);
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * A set of units without shares.
     *
     * @param units the units, at least one, none twice
     * @return the coverage
     * @throws kg.kichi.core.validation.InvalidModelException if empty or a unit repeats
     */
    public static RegionalCoverage of(Collection<UnitRef> units) {
        Objects.requireNonNull(units, "units");
        List<UnitShare> shares = new ArrayList<>(units.size());
        for (UnitRef unit : units) {
            shares.add(new UnitShare(Objects.requireNonNull(unit, "unit"), null));
        }
        return ofShares(shares);
    }

    /**
     * A set of units without shares.
     *
     * @param units the units, at least one, none twice
     * @return the coverage
     */
    public static RegionalCoverage of(UnitRef... units) {
        Objects.requireNonNull(units, "units");
        return of(List.of(units));
    }

    /**
     * A set of units, each with its share in percent.
     *
     * @param percentByUnit the shares, each above 0, summing to exactly 100, in the order to keep
     * @return the coverage
     * @throws kg.kichi.core.validation.InvalidModelException listing every bad share and a wrong total
     */
    public static RegionalCoverage withShares(Map<UnitRef, BigDecimal> percentByUnit) {
        Objects.requireNonNull(percentByUnit, "percentByUnit");
        List<UnitShare> shares = new ArrayList<>(percentByUnit.size());
        percentByUnit.forEach((unit, percent) -> shares.add(
                new UnitShare(Objects.requireNonNull(unit, "unit"), Objects.requireNonNull(percent, "percent"))));
        return ofShares(shares);
    }

    /**
     * A set of units, each with or without a share; the general form behind {@link #of(Collection)} and
     * {@link #withShares(Map)}, for codecs.
     *
     * @param units the units in order, with the percent of each or null
     * @return the coverage
     * @throws kg.kichi.core.validation.InvalidModelException listing every problem
     */
    public static RegionalCoverage ofUnits(List<Map.Entry<UnitRef, BigDecimal>> units) {
        List<UnitShare> shares = new ArrayList<>(units.size());
        for (Map.Entry<UnitRef, BigDecimal> e : units) {
            shares.add(new UnitShare(Objects.requireNonNull(e.getKey(), "unit"), e.getValue()));
        }
        return ofShares(shares);
    }

    private static RegionalCoverage ofShares(List<UnitShare> shares) {
        ViolationCollector problems = new ViolationCollector("RegionalCoverage");
        problems.check(!shares.isEmpty(), "units", "kichi.coverage.empty", Map.of());
        Repeats<UnitRef> seen = new Repeats<>(shares.size()); // a scan for a handful, no hashing
        int withPercent = 0;
        BigDecimal total = BigDecimal.ZERO;
        boolean hugeTotal = false;
        for (int i = 0; i < shares.size(); i++) {
            UnitShare share = shares.get(i);
            if (seen.repeated(share.getUnit())) { // messages and paths are built only for problems
                problems.check(false, "units[" + i + "]", "kichi.coverage.duplicate",
                        Map.of("value", share.getUnit().toString()));
            }
            Optional<BigDecimal> percent = share.getPercent();
            if (percent.isPresent()) {
                withPercent++;
                BigDecimal p = percent.get();
                // 1E-999999999 or 1E+999999999 written plain, or added exactly, needs billions of digits.
                boolean huge = p.scale() > MAX_DECIMALS || (long) p.precision() - p.scale() > MAX_DECIMALS;
                if (huge || p.signum() <= 0 || p.compareTo(HUNDRED) > 0) {
                    problems.check(false, "units[" + i + "].percent", "kichi.coverage.share",
                            Map.of("value", huge ? p.toString() : p.toPlainString()));
                }
                total = huge ? total.add(p, MathContext.DECIMAL128) : total.add(p);
                hugeTotal |= huge;
            }
        }
        if (withPercent > 0) {
            problems.check(withPercent == shares.size(), "units", "kichi.coverage.sharesPartial", Map.of());
            if (withPercent == shares.size() && total.compareTo(HUNDRED) != 0) {
                problems.check(false, "units", "kichi.coverage.sharesTotal",
                        Map.of("total", hugeTotal ? total.toString() : total.toPlainString()));
            }
        }
        problems.throwIfAny();
        // every caller passes a list of its own making, never seen outside: no copy needed
        return new RegionalCoverage(CoverageKind.UNITS, null, Collections.unmodifiableList(shares));
    }

    /** @return what this coverage says */
    public CoverageKind getKind() {
        return kind;
    }

    /** @return whether the source did not say where */
    public boolean isNotStated() {
        return kind == CoverageKind.NOT_STATED;
    }

    /** @return whether this is a whole country */
    public boolean isNationwide() {
        return kind == CoverageKind.NATIONWIDE;
    }

    /** @return whether this is every unit of one level ({@link CoverageKind#ALL_OF_LEVEL}) */
    public boolean isAllOfLevel() {
        return kind == CoverageKind.ALL_OF_LEVEL;
    }

    /** @return the ISO 3166-1 country code of a nationwide or all-of-level coverage, empty otherwise */
    public Optional<String> getCountry() {
        return Optional.ofNullable(country);
    }

    /** @return the level of an all-of-level coverage, empty otherwise */
    public Optional<UnitLevel> getLevel() {
        return Optional.ofNullable(level);
    }

    /** @return the units with their shares, in the order given; empty unless {@link CoverageKind#UNITS} */
    public List<UnitShare> getUnits() {
        return units;
    }

    /** @return the units without their shares, in the order given */
    public List<UnitRef> getUnitRefs() {
        List<UnitRef> refs = new ArrayList<>(units.size());
        units.forEach(u -> refs.add(u.getUnit()));
        return Collections.unmodifiableList(refs);
    }

    /** @return the share of each unit in percent, only when shares were stated, in the order given */
    public Map<UnitRef, BigDecimal> getShares() {
        Map<UnitRef, BigDecimal> map = new LinkedHashMap<>();
        units.forEach(u -> u.getPercent().ifPresent(p -> map.put(u.getUnit(), p)));
        return Collections.unmodifiableMap(map);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegionalCoverage c && kind == c.kind && Objects.equals(country, c.country)
                && level == c.level && units.equals(c.units);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, country, level, units);
    }

    /** @return {@code not stated}, {@code nationwide KG}, {@code every region of KG} or the list of units */
    @Override
    public String toString() {
        switch (kind) {
            case NOT_STATED:
                return "not stated";
            case NATIONWIDE:
                return "nationwide " + country;
            case ALL_OF_LEVEL:
                return "every " + level.getCode() + " of " + country;
            default:
                return units.toString();
        }
    }
}
