package kg.kichi.core.eligibility;

import java.util.Optional;
import kg.kichi.core.Coded;

/** What an eligibility rule looks at; each {@link RuleType} belongs to one. */
public enum RuleCategory implements Coded {
    /** The lead applicant: its form, status, registration, seat, exclusion situations. */
    APPLICANT("applicant"),
    /** The partners: how many, of which kinds and forms; how many applications a lead submits. */
    PARTNERSHIP("partnership"),
    /** The requested amount, its currency, the budget's shares. */
    MONEY("money"),
    /** Submission, duration, planned period. */
    TIME("time"),
    /** Where the work takes place. */
    PLACE("place"),
    /** The documents and declarations submitted. */
    DOCUMENTS("documents"),
    /** A combination of other rules ({@code all-of}, {@code any-of}, {@code not}). */
    COMBINED("combined");

    private final String code;

    RuleCategory(String code) {
        this.code = code;
    }

    /** @return the stable code used in JSON */
    @Override
    public String getCode() {
        return code;
    }

    /**
     * Finds a category by its code.
     *
     * @param code e.g. {@code money}
     * @return the category, or empty for another code
     */
    public static Optional<RuleCategory> fromCode(String code) {
        return Coded.fromCode(RuleCategory.class, code);
    }
}
