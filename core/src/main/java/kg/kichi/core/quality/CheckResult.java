package kg.kichi.core.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one check did over the data: how many objects it looked at, how many it flagged, and its first findings
 * (at most {@link QualityOptions#getExamples()}, in the order found). Invariant: 0 ≤ flagged ≤ looked at, and the
 * findings kept never outnumber the flagged objects' findings.
 */
public final class CheckResult {
    private final QualityCheck check;
    private final long lookedAt;
    private final long flagged;
    private final List<Finding> findings;

    private CheckResult(QualityCheck check, long lookedAt, long flagged, List<Finding> findings) {
        this.check = Objects.requireNonNull(check, "check");
        if (lookedAt < 0 || flagged < 0 || flagged > lookedAt) {
            throw new IllegalArgumentException(check.getCode() + ": flagged " + flagged + " of " + lookedAt);
        }
        this.lookedAt = lookedAt;
        this.flagged = flagged;
        this.findings = List.copyOf(findings);
    }

    /**
     * A result.
     *
     * @param check the check
     * @param lookedAt objects looked at
     * @param flagged objects flagged, at most {@code lookedAt}
     * @param findings the first findings kept
     * @return the result
     * @throws IllegalArgumentException when the counts are negative or flagged exceeds looked at
     */
    public static CheckResult of(QualityCheck check, long lookedAt, long flagged, List<Finding> findings) {
        Objects.requireNonNull(findings, "findings");
        return new CheckResult(check, lookedAt, flagged, findings);
    }

    /** @return the check */
    public QualityCheck getCheck() {
        return check;
    }

    /** @return how many objects the check applied to */
    public long getLookedAt() {
        return lookedAt;
    }

    /** @return how many of them it flagged */
    public long getFlagged() {
        return flagged;
    }

    /** @return the flagged share in percent to one decimal, or empty when nothing was looked at */
    public Optional<BigDecimal> getSharePercent() {
        if (lookedAt == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(flagged).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(lookedAt), 1, RoundingMode.HALF_UP));
    }

    /** @return the first findings, in the order found */
    public List<Finding> getFindings() {
        return findings;
    }
}
