package kg.kichi.examples;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitRef;

/**
 * The first-level region (ISO 3166-2) a unit lies in, from the structure of the codes alone: a SOATE code's
 * digits 4–5 name the oblast (417 <b>08</b> … = Chui), independently of the gazetteer the fixtures were built with.
 */
final class Regions {
    private static final Map<String, String> OBLAST_BY_SOATE_PREFIX = Map.of(
            "41702", "KG-Y", "41703", "KG-J", "41704", "KG-N", "41705", "KG-B", "41706", "KG-O",
            "41707", "KG-T", "41708", "KG-C", "41711", "KG-GB", "41721", "KG-GO");

    private Regions() {
    }

    /**
     * @param unit an ISO 3166-2 or SOATE reference
     * @return the ISO 3166-2 code of its first-level region
     * @throws IllegalArgumentException for any other reference
     */
    static String of(UnitRef unit) {
        if (unit.getScheme().equals(UnitRef.ISO_3166_2)) {
            return unit.getCode();
        }
        if (unit.getScheme().equals(UnitRef.SOATE) && unit.getCode().length() == 14
                && OBLAST_BY_SOATE_PREFIX.containsKey(unit.getCode().substring(0, 5))) {
            return OBLAST_BY_SOATE_PREFIX.get(unit.getCode().substring(0, 5));
        }
        throw new IllegalArgumentException("not a Kyrgyz first-level or SOATE unit: " + unit);
    }

    /**
     * @param coverage a coverage by units
     * @return the first-level regions of its units, sorted
     */
    static Set<String> of(RegionalCoverage coverage) {
        return coverage.getUnitRefs().stream().map(Regions::of).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * @param coverage a coverage by units, all in one region
     * @return that region
     * @throws IllegalArgumentException if the units lie in several regions or there are none
     */
    static String single(RegionalCoverage coverage) {
        Set<String> regions = of(coverage);
        if (regions.size() != 1) {
            throw new IllegalArgumentException("expected units in one region, got " + regions);
        }
        return regions.iterator().next();
    }

    /** @return an empty sorted map to count into */
    static Map<String, Long> counter() {
        return new TreeMap<>();
    }
}
