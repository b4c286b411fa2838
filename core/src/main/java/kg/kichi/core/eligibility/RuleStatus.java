package kg.kichi.core.eligibility;

import java.util.Optional;
import kg.kichi.core.Coded;

/** What one rule found for one application. */
public enum RuleStatus implements Coded {
    /** The application meets the rule. */
    PASS("pass"),
    /** The application does not meet the rule. */
    FAIL("fail"),
    /** The rule does not concern this application (another lot's rule). */
    NOT_APPLICABLE("not-applicable"),
    /** A fact the rule needs is not stated; the result names it. Never counted as a pass. */
    UNKNOWN("unknown");

    private final String code;

    RuleStatus(String code) {
        this.code = code;
    }

    /** @return the stable code used in JSON */
    @Override
    public String getCode() {
        return code;
    }

    /**
     * Finds a status by its code.
     *
     * @param code e.g. {@code not-applicable}
     * @return the status, or empty for another code
     */
    public static Optional<RuleStatus> fromCode(String code) {
        return Coded.fromCode(RuleStatus.class, code);
    }
}
