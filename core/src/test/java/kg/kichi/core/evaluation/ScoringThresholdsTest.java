package kg.kichi.core.evaluation;

import static kg.kichi.core.evaluation.EvaluationTesting.application;
import static kg.kichi.core.evaluation.EvaluationTesting.criterion;
import static kg.kichi.core.evaluation.EvaluationTesting.en;
import static kg.kichi.core.evaluation.EvaluationTesting.reviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * The edges of the thresholds: a minimum is "below it fails", so a score exactly at a criterion's, a section's or
 * the stage's minimum passes; a spread exactly at the divergence threshold is not divergent ("above it").
 *
 * <p>Grid: section A = a1 (0–10, ×2, minimum 3), minimum 6; section B = b1 (0–10, ×1); stage minimum 10;
 * divergence threshold 4; one counted review needed.
 */
class ScoringThresholdsTest {
    static final EvaluationGrid GRID = EvaluationGrid.builder().minimumReviews(1)
            .divergenceThreshold(new BigDecimal("4"))
            .addStage(Stage.builder().id("s").title(en("S")).minimum(BigDecimal.TEN)
                    .addSection(Section.builder().id("A").title(en("A")).minimum(new BigDecimal("6"))
                            .addCriterion(Criterion.builder().from(criterion("a1", "0", "10", "1", "2"))
                                    .minimum(new BigDecimal("3")).build())
                            .build())
                    .addSection(Section.builder().id("B").title(en("B"))
                            .addCriterion(criterion("b1", "0", "10", "1", "1")).build())
                    .build())
            .build();

    static Review review(String id, String app, String reviewer, String a1, String b1) {
        return Review.builder().id(id).application(app).reviewer(reviewer).stage("s")
                .addScore(Score.of("a1", a1)).addScore(Score.of("b1", b1)).build();
    }

    static Map<String, ApplicationScore> score(List<Review> reviews, String... ids) {
        Map<String, ApplicationScore> out = new java.util.HashMap<>();
        List<kg.kichi.core.application.Application> apps = java.util.Arrays.stream(ids)
                .map(id -> application(id, "100", null)).toList();
        Scoring.score(GRID, "s", apps, reviews, List.of(reviewer("r1"), reviewer("r2")))
                .forEach(s -> out.put(s.getApplication(), s));
        return out;
    }

    @Test
    void exactlyAtEveryMinimumPasses() {
        // a1 3 (its minimum 3) ×2 = 6 (section A's minimum 6); b1 4; total 10 (the stage's minimum 10)
        ApplicationScore x = score(List.of(review("x1", "x", "r1", "3", "4")), "x").get("x");
        assertThat(x.getStatus()).isEqualTo(ScoreStatus.PASSED);
        assertThat(x.getReasons()).isEmpty();
        assertThat(x.getSectionTotals().get("A")).isEqualByComparingTo("6");
        assertThat(x.getTotal()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("10"));
    }

    @Test
    void oneStepBelowEachMinimumFailsWithItsReason() {
        // a1 2 < 3; A 4 < 6; total 4 + 5 = 9 < 10 (b1 5)
        ApplicationScore y = score(List.of(review("y1", "y", "r1", "2", "5")), "y").get("y");
        assertThat(y.getStatus()).isEqualTo(ScoreStatus.BELOW_THRESHOLD);
        assertThat(y.getReasons()).containsExactly(
                Finding.of("kichi.evaluation.belowCriterion", "criterion", "a1", "value", "2.000000", "minimum", "3"),
                Finding.of("kichi.evaluation.belowSection", "section", "A", "value", "4.000000", "minimum", "6"),
                Finding.of("kichi.evaluation.belowTotal", "value", "9.000000", "minimum", "10"));
    }

    @Test
    void aSpreadExactlyAtTheThresholdIsNotDivergent() {
        // z: r1 a1 4, b1 2 → own 10; r2 a1 6, b1 2 → own 14; spread 4, the threshold: not divergent.
        // w: r1 a1 4, b1 2 → 10; r2 a1 6, b1 3 → 15; spread 5 > 4: divergent.
        Map<String, ApplicationScore> s = score(List.of(review("z1", "z", "r1", "4", "2"),
                review("z2", "z", "r2", "6", "2"), review("w1", "w", "r1", "4", "2"), review("w2", "w", "r2", "6", "3")),
                "z", "w");
        assertThat(s.get("z").getSpread()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4"));
        assertThat(s.get("z").isDivergent()).isFalse();
        assertThat(s.get("w").getSpread()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5"));
        assertThat(s.get("w").isDivergent()).isTrue();
    }

    @Test
    void anUnknownStageIsATypedErrorNamingIt() {
        assertThatThrownBy(() -> Scoring.score(GRID, "full", List.of(application("x", "100", null)), List.of(),
                List.of()))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getPath, Violation::getCode)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("stage", "kichi.catalogue.unknownStage")));
    }
}
