package kg.kichi.core.geo;

/** What a regional coverage says about where something happens. */
public enum CoverageKind {
    /** The source does not say where. Never the same as {@link #NATIONWIDE}. */
    NOT_STATED,
    /** The whole country ("all regions", "Бардык облустар"). */
    NATIONWIDE,
    /** A stated set of administrative units. */
    UNITS
}
