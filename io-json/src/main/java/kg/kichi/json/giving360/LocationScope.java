package kg.kichi.json.giving360;

/** Codes of 360Giving's closed {@code locationScope} codelist that Kichi coverages map to, broadest first. */
enum LocationScope {
    /** The activity covers a country. */
    NATIONAL("GLS030"),
    /** A first-level subnational area: an oblast or a city of republican significance. */
    SUBNATIONAL_REGION("GLS040"),
    /** A second-level subnational area: a district (raion). */
    LOCAL_AUTHORITY("GLS050"),
    /** A small area: a town, a rural municipality (aiyl aimak) or a village. */
    LOCAL_AREA("GLS060");

    private final String code;

    LocationScope(String code) {
        this.code = code;
    }

    /** @return the 360Giving code, e.g. {@code GLS040} */
    String code() {
        return code;
    }
}
