package kg.kichi.core.geo.resolve;

/** The outcome of resolving a place mention. */
public enum ResolutionStatus {
    /** One candidate ranks clearly first (by at least {@link Resolution#MARGIN} points). */
    RESOLVED,
    /** Several candidates rank (nearly) equally; every one is returned, best first. */
    AMBIGUOUS,
    /** No unit matches; {@link Resolution#getReason()} says why. */
    UNKNOWN,
    /**
     * An address whose parts name units that do not lie one within another ("Нарынская область, Ноокатский
     * район": Nookat district lies in Osh oblast). No unit is chosen; {@link Resolution#getParts()} gives each
     * part's reading and marks the parts that could not be placed with the others, and
     * {@link Resolution#getReason()} names them.
     */
    CONTRADICTORY
}
