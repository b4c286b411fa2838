package kg.kichi.core.evaluation;

import java.util.List;
import java.util.Optional;
import kg.kichi.core.Coded;

/** One step of the chain that orders applications with equal totals. */
public enum TieBreak implements Coded {
    /** Section totals in grid order, higher first. */
    SECTION_TOTALS("section-totals"),
    /** Requested amount, lower first; an application that states none comes after those that do. */
    REQUESTED_AMOUNT("requested-amount"),
    /** Submission time, earlier first; an application without one comes after those with one. */
    SUBMISSION_TIME("submission-time"),
    /** Application identifier in Unicode code-point order. */
    APPLICATION_ID("application-id"),
    /**
     * A reproducible lottery: the lowercase hexadecimal SHA-256 of {@code seed + ":" + applicationId} (UTF-8),
     * lower first. Needs the policy's lottery seed.
     */
    LOTTERY("lottery");

    /** The default chain: section totals, requested amount, submission time, application identifier. */
    public static final List<TieBreak> DEFAULT = List.of(SECTION_TOTALS, REQUESTED_AMOUNT, SUBMISSION_TIME,
            APPLICATION_ID);

    private final String code;

    TieBreak(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Finds a tie-break by its code.
     *
     * @param code e.g. {@code lottery}
     * @return the tie-break, or empty
     */
    public static Optional<TieBreak> fromCode(String code) {
        return Coded.fromCode(TieBreak.class, code);
    }
}
