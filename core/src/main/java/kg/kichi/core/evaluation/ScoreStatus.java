package kg.kichi.core.evaluation;

import java.util.Optional;
import kg.kichi.core.Coded;

/** Where an application stands once its reviews are aggregated. */
public enum ScoreStatus implements Coded {
    /** Scored, every minimum met: it is ranked. */
    PASSED("passed"),
    /** Scored, but below a criterion, section or total minimum: eliminated, with the reasons. */
    BELOW_THRESHOLD("below-threshold"),
    /** Not enough counted reviews, or a criterion nobody could score: needs more reviewing, with the reasons. */
    INCOMPLETE("incomplete");

    private final String code;

    ScoreStatus(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Finds a status by its code.
     *
     * @param code e.g. {@code below-threshold}
     * @return the status, or empty
     */
    public static Optional<ScoreStatus> fromCode(String code) {
        return Coded.fromCode(ScoreStatus.class, code);
    }
}
