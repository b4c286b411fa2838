package kg.kichi.cli.report;

/**
 * How many grants take place (at least partly) in one first-level unit.
 *
 * @param region the unit
 * @param grants the number of grants
 */
public record RegionCount(Region region, int grants) {
}
