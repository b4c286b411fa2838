package kg.kichi.core.geo;

/** What a regional coverage says about where something happens. */
public enum CoverageKind {
    /** The source does not say where. Never the same as {@link #NATIONWIDE}. */
    NOT_STATED,
    /** The whole country ("the whole country", "по всей стране"). */
    NATIONWIDE,
    /**
     * Every unit of one level in a country, as a source says it: "Бардык облустар" (all oblasts) is every
     * {@link UnitLevel#REGION region} of Kyrgyzstan, which leaves out the cities of Bishkek and Osh. Never the same
     * as {@link #NATIONWIDE}.
     */
    ALL_OF_LEVEL,
    /** A stated set of administrative units. */
    UNITS
}
