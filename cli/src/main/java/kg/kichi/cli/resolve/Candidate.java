package kg.kichi.cli.resolve;

/**
 * One administrative unit a place name may mean.
 *
 * @param code its main code, e.g. {@code iso3166-2:KG-N} or {@code soate:41704215000000}
 * @param level its level, e.g. {@code region}, {@code district}, {@code village}
 * @param name its name
 * @param within the units containing it, nearest first, without the country (empty for a first-level unit)
 * @param match how the text matched: the name matched and the kind of match, e.g. {@code Нарын (name)}
 * @param confidence how sure the match is, from {@code 0.00} to {@code 1.00}
 */
public record Candidate(String code, String level, String name, String within, String match, String confidence) {
}
