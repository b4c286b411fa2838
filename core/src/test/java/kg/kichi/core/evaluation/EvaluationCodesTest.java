package kg.kichi.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The stable codes of the evaluation enums, written out by hand: they are the words of the JSON format and of the
 * audit trail, so renaming a constant must not change them. Each code finds its constant again; a code that is
 * not one (another case, a constant's Java name) finds nothing.
 */
class EvaluationCodesTest {
    @Test
    void aggregationCodes() {
        assertThat(Aggregation.MEAN.getCode()).isEqualTo("mean");
        assertThat(Aggregation.MEDIAN.getCode()).isEqualTo("median");
        assertThat(Aggregation.TRIMMED_MEAN.getCode()).isEqualTo("trimmed-mean");
        assertThat(Aggregation.fromCode("trimmed-mean")).contains(Aggregation.TRIMMED_MEAN);
        assertThat(Aggregation.fromCode("median")).contains(Aggregation.MEDIAN);
        assertThat(Aggregation.fromCode("TRIMMED_MEAN")).isEmpty();
    }

    @Test
    void exclusionCodes() {
        assertThat(Exclusion.DECLARED_CONFLICT.getCode()).isEqualTo("declared-conflict");
        assertThat(Exclusion.UNDECLARED_CONFLICT.getCode()).isEqualTo("undeclared-conflict");
        assertThat(Exclusion.INCOMPLETE_REVIEW.getCode()).isEqualTo("incomplete-review");
        assertThat(Exclusion.REPEATED_REVIEWER.getCode()).isEqualTo("repeated-reviewer");
        assertThat(Exclusion.fromCode("repeated-reviewer")).contains(Exclusion.REPEATED_REVIEWER);
        assertThat(Exclusion.fromCode("conflict")).isEmpty();
    }

    @Test
    void outcomeCodes() {
        assertThat(Outcome.fromCode("selected")).contains(Outcome.SELECTED);
        assertThat(Outcome.fromCode("reserve")).contains(Outcome.RESERVE);
        assertThat(Outcome.fromCode("rejected")).contains(Outcome.REJECTED);
        assertThat(Outcome.fromCode("shortlisted")).contains(Outcome.SHORTLISTED);
        assertThat(Outcome.fromCode("pending")).contains(Outcome.PENDING);
        assertThat(Outcome.fromCode("Selected")).isEmpty();
    }

    @Test
    void rankBasisCodes() {
        assertThat(RankBasis.TOTAL.getCode()).isEqualTo("total");
        assertThat(RankBasis.NORMALISED.getCode()).isEqualTo("normalised");
        assertThat(RankBasis.fromCode("normalised")).contains(RankBasis.NORMALISED);
        assertThat(RankBasis.fromCode("normalized")).isEmpty();
    }

    @Test
    void recommendationCodes() {
        assertThat(Recommendation.FUND.getCode()).isEqualTo("fund");
        assertThat(Recommendation.FUND_WITH_CHANGES.getCode()).isEqualTo("fund-with-changes");
        assertThat(Recommendation.DO_NOT_FUND.getCode()).isEqualTo("do-not-fund");
        assertThat(Recommendation.fromCode("fund-with-changes")).contains(Recommendation.FUND_WITH_CHANGES);
        assertThat(Recommendation.fromCode("reject")).isEmpty();
    }

    @Test
    void scoreStatusCodes() {
        assertThat(ScoreStatus.PASSED.getCode()).isEqualTo("passed");
        assertThat(ScoreStatus.BELOW_THRESHOLD.getCode()).isEqualTo("below-threshold");
        assertThat(ScoreStatus.INCOMPLETE.getCode()).isEqualTo("incomplete");
        assertThat(ScoreStatus.fromCode("below-threshold")).contains(ScoreStatus.BELOW_THRESHOLD);
        assertThat(ScoreStatus.fromCode("failed")).isEmpty();
    }

    @Test
    void selectionModeAndRuleCodes() {
        assertThat(SelectionMode.SELECT.getCode()).isEqualTo("select");
        assertThat(SelectionMode.SHORTLIST.getCode()).isEqualTo("shortlist");
        assertThat(SelectionMode.fromCode("shortlist")).contains(SelectionMode.SHORTLIST);
        assertThat(SelectionMode.fromCode("grants")).isEmpty();
        assertThat(SelectionRule.SKIP.getCode()).isEqualTo("skip");
        assertThat(SelectionRule.STOP.getCode()).isEqualTo("stop");
        assertThat(SelectionRule.fromCode("stop")).contains(SelectionRule.STOP);
        assertThat(SelectionRule.fromCode("halt")).isEmpty();
    }

    @Test
    void tieBreakCodes() {
        assertThat(TieBreak.SECTION_TOTALS.getCode()).isEqualTo("section-totals");
        assertThat(TieBreak.REQUESTED_AMOUNT.getCode()).isEqualTo("requested-amount");
        assertThat(TieBreak.SUBMISSION_TIME.getCode()).isEqualTo("submission-time");
        assertThat(TieBreak.APPLICATION_ID.getCode()).isEqualTo("application-id");
        assertThat(TieBreak.LOTTERY.getCode()).isEqualTo("lottery");
        assertThat(TieBreak.fromCode("submission-time")).contains(TieBreak.SUBMISSION_TIME);
        assertThat(TieBreak.fromCode("lottery")).contains(TieBreak.LOTTERY);
        assertThat(TieBreak.fromCode("random")).isEmpty();
    }
}
