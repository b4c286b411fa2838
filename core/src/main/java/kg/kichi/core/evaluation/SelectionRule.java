package kg.kichi.core.evaluation;

import java.util.Optional;
import kg.kichi.core.Coded;

/** What the walk down the ranking does with an application whose request does not fit the money left. */
public enum SelectionRule implements Coded {
    /** Skip it, with the reason, and go on down the ranking (the default). */
    SKIP("skip"),
    /** Stop there: it and every application below it are not selected. */
    STOP("stop");

    private final String code;

    SelectionRule(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Finds a rule by its code.
     *
     * @param code e.g. {@code stop}
     * @return the rule, or empty
     */
    public static Optional<SelectionRule> fromCode(String code) {
        return Coded.fromCode(SelectionRule.class, code);
    }
}
