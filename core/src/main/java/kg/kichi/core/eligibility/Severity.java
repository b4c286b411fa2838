package kg.kichi.core.eligibility;

import java.util.Optional;
import kg.kichi.core.Coded;

/** How much a failed eligibility rule weighs. */
public enum Severity implements Coded {
    /** A failure makes the application ineligible. */
    ERROR("error"),
    /** A failure is flagged for the officer; it never changes the outcome. */
    WARNING("warning");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    /** @return the stable code used in JSON: {@code error} or {@code warning} */
    @Override
    public String getCode() {
        return code;
    }

    /**
     * Finds a severity by its code.
     *
     * @param code {@code error} or {@code warning}
     * @return the severity, or empty for another code
     */
    public static Optional<Severity> fromCode(String code) {
        return Coded.fromCode(Severity.class, code);
    }
}
