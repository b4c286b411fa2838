package kg.kichi.core.geo.resolve;

/** The outcome of resolving a place mention. */
public enum ResolutionStatus {
    /** One candidate ranks clearly first (by at least {@link Resolution#MARGIN} points). */
    RESOLVED,
    /** Several candidates rank (nearly) equally; every one is returned, best first. */
    AMBIGUOUS,
    /** No unit matches; {@link Resolution#getReason()} says why. */
    UNKNOWN
}
