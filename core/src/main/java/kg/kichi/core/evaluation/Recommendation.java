package kg.kichi.core.evaluation;

import java.util.Optional;
import kg.kichi.core.Coded;

/** A reviewer's advice on an application; reported, never used in the arithmetic. */
public enum Recommendation implements Coded {
    /** Fund it. */
    FUND("fund"),
    /** Fund it after changes. */
    FUND_WITH_CHANGES("fund-with-changes"),
    /** Do not fund it. */
    DO_NOT_FUND("do-not-fund");

    private final String code;

    Recommendation(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Finds a recommendation by its code.
     *
     * @param code e.g. {@code fund}
     * @return the recommendation, or empty
     */
    public static Optional<Recommendation> fromCode(String code) {
        return Coded.fromCode(Recommendation.class, code);
    }
}
