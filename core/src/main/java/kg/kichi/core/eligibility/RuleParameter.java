package kg.kichi.core.eligibility;

/**
 * The parameters a {@link Rule} may carry; each {@link RuleType} says which it requires and which it allows. The
 * {@linkplain #getName() names} are the property paths of build violations and the member names in JSON.
 */
public enum RuleParameter {
    /** Legal forms (applicant-legal-form, partner-legal-forms). */
    FORMS("forms"),
    /** Kinds of partner, as legal forms, each required at least once (partner-kinds). */
    KINDS("kinds"),
    /** A lower bound, inclusive: partners, months. */
    MIN("min"),
    /** An upper bound, inclusive: partners, months, applications. */
    MAX("max"),
    /** Whether applications are counted per lot rather than per call (applications-per-lead). */
    PER_LOT("perLot"),
    /** A range of amounts (grant-size). */
    RANGE("range"),
    /** An upper limit in some currency (third-party-cap). */
    CAP("cap"),
    /** An ISO 4217 currency code (currency). */
    CURRENCY("currency"),
    /** A percentage, 0 to 100 (co-financing, indirect-costs). */
    PERCENT("percent"),
    /** A number of months (applicant-registered). */
    MONTHS("months"),
    /** A deadline (deadline; applicant-registered, where the call's deadline is used when absent). */
    DEADLINE("deadline"),
    /** The time zone in which a day-precision deadline closes (deadline). */
    TIME_ZONE("timeZone"),
    /** A period (implementation-period). */
    PERIOD("period"),
    /** A regional coverage (applicant-seat, coverage). */
    AREA("area"),
    /** Kinds of document required (documents). */
    DOCUMENTS("documents"),
    /** Declarations required (documents). */
    DECLARATIONS("declarations"),
    /** The declaration on exclusion situations (applicant-not-excluded). */
    DECLARATION("declaration"),
    /** The combined rules (all-of, any-of). */
    RULES("rules"),
    /** The negated rule (not). */
    RULE("rule");

    private final String name;

    RuleParameter(String name) {
        this.name = name;
    }

    /** @return the name, e.g. {@code perLot} */
    public String getName() {
        return name;
    }
}
