package kg.kichi.examples.cli.resolve;

/**
 * One administrative unit a place name may mean.
 *
 * @param name its name
 * @param level its level, e.g. {@code region}, {@code district}, {@code village}
 * @param code its code, e.g. {@code iso3166-2:KG-N}
 * @param confidence how sure the match is, as the gazetteer states it (e.g. {@code exact}, {@code 0.8})
 * @param within the first-level unit it lies in, or empty
 */
public record Candidate(String name, String level, String code, String confidence, String within) {
}
