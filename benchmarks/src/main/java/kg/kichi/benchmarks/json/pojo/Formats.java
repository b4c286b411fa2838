package kg.kichi.benchmarks.json.pojo;

/**
 * The regular expressions of the document format, copied from {@code kichi-document.schema.json} into the
 * {@code @Pattern} constraints of the POJOs, as a developer writing the validated baseline would.
 */
final class Formats {
    /** An identifier. */
    static final String ID = "[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}";
    /** An organisation identifier, SCHEME-value. */
    static final String ORG_ID = "[A-Z]{2}-[A-Z0-9]{2,12}-[A-Za-z0-9][A-Za-z0-9._-]{0,99}";
    /** A reference to an administrative unit. */
    static final String UNIT = "[a-z][a-z0-9-]{0,19}:[A-Za-z0-9][A-Za-z0-9._-]{0,39}";
    /** A year, a month or a date. */
    static final String PARTIAL_DATE = "([1-9][0-9]{3}|[1-9][0-9]{3}-(0[1-9]|1[0-2])|([1-9][0-9]{3}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([1-9][0-9](0[48]|[2468][048]|[13579][26])|([13579][26]|[2468][048])00)-02-29))";
    /** A date and time with an offset. */
    static final String DATE_TIME = "([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)-02-29)T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?(Z|[+-](0[0-9]|1[0-7]):[0-5][0-9]|[+-]18:00)";
    /** A language code, the key of a localized text. */
    static final String LANGUAGE = "[a-z]{2,3}";
    /** A currency code. */
    static final String CURRENCY = "[A-Z]{3}";
    /** A vocabulary or code of a classification. */
    static final String CODE = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}";
    /** An organisation's legal form. */
    static final String LEGAL_FORM = "public-association|public-foundation|institution|association|local-self-government|public-council|media-outlet|state-body|educational-institution|international-organisation|donor-agency|other|not-stated";
    /** A role of an organisation in a project. */
    static final String PARTICIPATION_ROLE = "funding|accountable|extending|implementing";
    /** A role in a partnership. */
    static final String PARTNER_ROLE = "lead|co-applicant|partner|associate|affiliated-entity";
    /** An application's status. */
    static final String APPLICATION_STATUS = "draft|submitted|eligible|ineligible|under-evaluation|awarded|reserve|rejected|withdrawn";
    /** A grant's status. */
    static final String GRANT_STATUS = "awarded|active|completed|terminated";
    /** A coverage's kind. */
    static final String COVERAGE_KIND = "not-stated|nationwide|all-of-level|units";

    private Formats() {
    }
}
