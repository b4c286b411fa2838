package kg.kichi.core.evaluation;

import java.math.BigDecimal;
import java.util.Optional;
import kg.kichi.core.application.Application;

/** One place of a ranking: the rank (1 is best), the application, its score, and what decided its place. */
public final class RankedApplication {
    private final int rank;
    private final Application application;
    private final ApplicationScore score;
    private final BigDecimal key;
    private final TieBreak decidedBy;

    RankedApplication(int rank, Application application, ApplicationScore score, BigDecimal key,
            TieBreak decidedBy) {
        this.rank = rank;
        this.application = application;
        this.score = score;
        this.key = key;
        this.decidedBy = decidedBy;
    }

    /** @return the rank, from 1; no two applications share one */
    public int getRank() {
        return rank;
    }

    /** @return the application */
    public Application getApplication() {
        return application;
    }

    /** @return its scores */
    public ApplicationScore getScore() {
        return score;
    }

    /** @return the value ranked on: the total, or the normalised score when the policy asks for it */
    public BigDecimal getKey() {
        return key;
    }

    /**
     * @return the tie-break that placed it below the application ranked just above, when both had the same key
     *     (the identifier decides last even when the chain does not name it); empty for rank 1 and clear wins
     */
    public Optional<TieBreak> getDecidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    @Override
    public String toString() {
        return rank + ". " + application.getId() + " " + key.toPlainString();
    }
}
