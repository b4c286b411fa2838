package kg.kichi.core.eligibility;

import java.util.Optional;
import kg.kichi.core.Coded;

/** The result of screening one application against its call. */
public enum Outcome implements Coded {
    /** Every error rule passes or does not apply. */
    ELIGIBLE("eligible"),
    /** At least one error rule fails. */
    INELIGIBLE("ineligible"),
    /** No error rule fails, but at least one cannot be decided because a fact is missing. */
    INCOMPLETE("incomplete");

    private final String code;

    Outcome(String code) {
        this.code = code;
    }

    /** @return the stable code used in JSON */
    @Override
    public String getCode() {
        return code;
    }

    /**
     * Finds an outcome by its code.
     *
     * @param code e.g. {@code incomplete}
     * @return the outcome, or empty for another code
     */
    public static Optional<Outcome> fromCode(String code) {
        return Coded.fromCode(Outcome.class, code);
    }
}
