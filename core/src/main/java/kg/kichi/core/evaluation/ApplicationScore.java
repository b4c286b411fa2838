package kg.kichi.core.evaluation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One application's aggregated scores at one stage, with every figure the audit trail needs.
 *
 * <p>Criterion scores are the aggregated scores on the criterion's scale, before the weight, kept with six
 * decimals (rounded half-even); section totals and the total are the sums of criterion score × weight, exact.
 * An {@linkplain ScoreStatus#INCOMPLETE incomplete} application has no total; the criteria it could score are
 * still reported. Maps iterate in grid order; collections are immutable and never null.
 */
public final class ApplicationScore {
    private final String application;
    private final ScoreStatus status;
    private final List<String> countedReviews;
    private final List<ExcludedReview> excludedReviews;
    private final Map<String, BigDecimal> criterionScores;
    private final Map<String, BigDecimal> sectionTotals;
    private final BigDecimal total;
    private final Map<String, BigDecimal> reviewerTotals;
    private final BigDecimal spread;
    private final boolean divergent;
    private final BigDecimal normalised;
    private final BigDecimal deviation;
    private final List<Finding> reasons;

    @SuppressWarnings("checkstyle:ParameterNumber")
    ApplicationScore(String application, ScoreStatus status, List<String> countedReviews,
            List<ExcludedReview> excludedReviews, Map<String, BigDecimal> criterionScores,
            Map<String, BigDecimal> sectionTotals, BigDecimal total, Map<String, BigDecimal> reviewerTotals,
            BigDecimal spread, boolean divergent, BigDecimal normalised, BigDecimal deviation, List<Finding> reasons) {
        this.application = application;
        this.status = status;
        this.countedReviews = List.copyOf(countedReviews);
        this.excludedReviews = List.copyOf(excludedReviews);
        this.criterionScores = Collections.unmodifiableMap(new LinkedHashMap<>(criterionScores));
        this.sectionTotals = Collections.unmodifiableMap(new LinkedHashMap<>(sectionTotals));
        this.total = total;
        this.reviewerTotals = Collections.unmodifiableMap(new LinkedHashMap<>(reviewerTotals));
        this.spread = spread;
        this.divergent = divergent;
        this.normalised = normalised;
        this.deviation = deviation;
        this.reasons = List.copyOf(reasons);
    }

    /** @return the application's identifier */
    public String getApplication() {
        return application;
    }

    /** @return passed, below threshold or incomplete */
    public ScoreStatus getStatus() {
        return status;
    }

    /** @return the identifiers of the reviews counted, sorted */
    public List<String> getCountedReviews() {
        return countedReviews;
    }

    /** @return the reviews kept but not counted, each with its reason, sorted by review identifier */
    public List<ExcludedReview> getExcludedReviews() {
        return excludedReviews;
    }

    /** @return the aggregated score of each criterion that could be scored, by criterion identifier */
    public Map<String, BigDecimal> getCriterionScores() {
        return criterionScores;
    }

    /** @return the weighted total of each section, by section identifier; empty when incomplete */
    public Map<String, BigDecimal> getSectionTotals() {
        return sectionTotals;
    }

    /** @return the total; empty when incomplete */
    public Optional<BigDecimal> getTotal() {
        return Optional.ofNullable(total);
    }

    /**
     * @return each counted review's own weighted total, by review identifier; a criterion the reviewer found not
     *     applicable counts at the application's aggregated score for it
     */
    public Map<String, BigDecimal> getReviewerTotals() {
        return reviewerTotals;
    }

    /** @return the highest minus the lowest reviewer total; empty when fewer than one review is counted */
    public Optional<BigDecimal> getSpread() {
        return Optional.ofNullable(spread);
    }

    /** @return whether the spread exceeds the grid's divergence threshold ("needs another reviewer") */
    public boolean isDivergent() {
        return divergent;
    }

    /**
     * @return the mean of the counted reviews' z-scores, each review's total measured against the same reviewer's
     *     other totals at this stage (0 for a reviewer whose totals do not vary); empty when incomplete
     */
    public Optional<BigDecimal> getNormalised() {
        return Optional.ofNullable(normalised);
    }

    /** @return the total minus the mean total of every scored application at the stage; empty when incomplete */
    public Optional<BigDecimal> getDeviation() {
        return Optional.ofNullable(deviation);
    }

    /** @return why it is below threshold or incomplete; empty when it passed */
    public List<Finding> getReasons() {
        return reasons;
    }

    @Override
    public String toString() {
        return application + " " + status.getCode() + (total == null ? "" : " " + total.toPlainString());
    }
}
