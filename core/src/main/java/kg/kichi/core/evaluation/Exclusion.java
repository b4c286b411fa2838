package kg.kichi.core.evaluation;

import java.util.Optional;
import kg.kichi.core.Coded;

/** Why a review is kept and reported but not counted. */
public enum Exclusion implements Coded {
    /** The reviewer declared a conflict of interest. */
    DECLARED_CONFLICT("declared-conflict"),
    /** The reviewer is affiliated with the lead or a partner of the application, though nothing was declared. */
    UNDECLARED_CONFLICT("undeclared-conflict"),
    /** The review leaves a criterion of the stage without a score or "not applicable". */
    INCOMPLETE_REVIEW("incomplete-review"),
    /** The reviewer already reviewed the application at this stage (the review with the lower id counts). */
    REPEATED_REVIEWER("repeated-reviewer");

    private final String code;

    Exclusion(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Finds a reason by its code.
     *
     * @param code e.g. {@code declared-conflict}
     * @return the reason, or empty
     */
    public static Optional<Exclusion> fromCode(String code) {
        return Coded.fromCode(Exclusion.class, code);
    }
}
