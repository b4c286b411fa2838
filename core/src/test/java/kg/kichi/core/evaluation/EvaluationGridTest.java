package kg.kichi.core.evaluation;

import static kg.kichi.core.evaluation.EvaluationTesting.criterion;
import static kg.kichi.core.evaluation.EvaluationTesting.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import org.junit.jupiter.api.Test;

class EvaluationGridTest {
    @Test
    void scaleAndScoreTextsThatAreNotDecimalsAreViolationsNamingEachOne() {
        assertThatThrownBy(() -> Scale.of("zero", "5", "1e9999999999"))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> {
                    assertThat(e.getViolations()).extracting(Violation::getPath, Violation::getCode).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("min", "kichi.decimal.format"),
                            org.assertj.core.groups.Tuple.tuple("step", "kichi.decimal.format"));
                    assertThat(e.getViolations().get(0).getMessage(Locale.ENGLISH))
                            .isEqualTo("'zero' is not a decimal number");
                    assertThat(e.getViolations().get(0).getMessage(Locale.forLanguageTag("ru")))
                            .isEqualTo("«zero» — не десятичное число");
                });
        assertThatThrownBy(() -> Score.of("c1", "4,5"))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getPath, Violation::getCode)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("points", "kichi.decimal.format")));
        String huge = "1".repeat(100_000);
        assertThatThrownBy(() -> Score.of("c1", huge))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(
                        e.getViolations().get(0).getMessage(Locale.ENGLISH)).hasSizeLessThan(80));
    }

    @Test
    void scaleChecksEveryRuleAtOnce() {
        assertThat(Scale.of("0", "5", "0.5").contains(new BigDecimal("3.5"))).isTrue();
        assertThat(Scale.of("0", "5", "0.5").contains(new BigDecimal("3.25"))).isFalse();
        assertThat(Scale.of("1", "5", "1").contains(new BigDecimal("0"))).isFalse();
        assertThat(Scale.of("1", "5", "1").contains(new BigDecimal("5.0"))).isTrue();
        assertThat(Scale.of("1", "5", "1")).isEqualTo(Scale.of("1.0", "5.00", "1"));
        assertThatThrownBy(() -> Scale.of("-1", "5", "4"))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getCode)
                        .containsExactlyInAnyOrder("kichi.evaluation.scale.negative", "kichi.evaluation.scale.divides"));
        assertThatThrownBy(() -> Scale.of("5", "1", "0"))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getCode)
                        .containsExactlyInAnyOrder("kichi.evaluation.scale.order", "kichi.evaluation.scale.step"));
    }

    @Test
    void criterionRejectsZeroWeightMinimumOffScaleAndNotApplicableScoreOffStep() {
        assertThatThrownBy(() -> Criterion.builder().id("c").title(en("C")).scale(Scale.of("1", "5", "1"))
                .weight(BigDecimal.ZERO).minimum(new BigDecimal("6")).notApplicableScore(new BigDecimal("2.5"))
                .build())
                .isInstanceOfSatisfying(InvalidModelException.class, e -> {
                    assertThat(e.getViolations()).extracting(Violation::getPath, Violation::getCode)
                            .containsExactlyInAnyOrder(
                                    org.assertj.core.groups.Tuple.tuple("weight", "kichi.evaluation.weight"),
                                    org.assertj.core.groups.Tuple.tuple("minimum", "kichi.evaluation.minimumOffScale"),
                                    org.assertj.core.groups.Tuple.tuple("notApplicableScore", "kichi.evaluation.offScale"));
                    assertThat(e.getViolations().get(0).getMessage(Locale.forLanguageTag("ru"))).isNotBlank();
                });
    }

    @Test
    void sectionAndStageMinimaMustBeReachableAndIdsUnique() {
        Criterion twice = criterion("a", "1", "5", "1", "2"); // max 10
        assertThatThrownBy(() -> Section.builder().id("s").title(en("S")).addCriteria(twice, twice)
                .minimum(new BigDecimal("21")).build())
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getPath)
                        .containsExactlyInAnyOrder("criteria[1].id", "minimum"));
        Section one = Section.builder().id("s").title(en("S")).addCriterion(twice).build();
        Section other = Section.builder().id("t").title(en("T")).addCriterion(twice).build();
        assertThatThrownBy(() -> Stage.builder().id("st").title(en("St")).addSections(one, other)
                .minimum(new BigDecimal("20.5")).build())
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getPath)
                        .containsExactlyInAnyOrder("sections[1].criteria[0].id", "minimum"));
        assertThat(Stage.builder().id("st").title(en("St")).addSection(one).minimum(BigDecimal.TEN).build()
                .getMaxPoints()).isEqualByComparingTo("10");
        assertThatThrownBy(() -> Stage.builder().id("st").title(en("St")).build())
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getCode).containsExactly("kichi.evaluation.noSections"));
    }

    @Test
    void aStageWithManyCriteriaFindsTheRepeatedOne() {
        // 2 sections × 10 criteria: more ids than a small scan holds, the last one repeating the first
        Stage.Builder stage = Stage.builder().id("big").title(en("Big"));
        for (int s = 0; s < 2; s++) {
            Section.Builder section = Section.builder().id("s" + s).title(en("S"));
            for (int c = 0; c < 10; c++) {
                section.addCriterion(criterion(s == 1 && c == 9 ? "c0-0" : "c" + s + "-" + c, "1", "5", "1", "1"));
            }
            stage.addSection(section.build());
        }
        assertThatThrownBy(stage::build).isInstanceOfSatisfying(InvalidModelException.class,
                e -> assertThat(e.getViolations()).extracting(Violation::getPath)
                        .containsExactly("sections[1].criteria[9].id"));
    }

    @Test
    void gridDefaultsAndItsOwnRules() {
        Stage stage = Stage.builder().id("cn").title(en("Concept note")).addSection(Section.builder().id("r")
                .title(en("R")).addCriterion(criterion("a", "1", "5", "1", "1")).build()).build();
        EvaluationGrid grid = EvaluationGrid.builder().addStage(stage).build();
        assertThat(grid.getMinimumReviews()).isEqualTo(2);
        assertThat(grid.getAggregation()).isEqualTo(Aggregation.MEAN);
        assertThat(grid.getDivergenceThreshold()).isEmpty();
        assertThatThrownBy(() -> EvaluationGrid.builder().addStages(stage, stage).minimumReviews(0)
                .divergenceThreshold(BigDecimal.ZERO).build())
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getPath)
                        .containsExactlyInAnyOrder("stages[1].id", "minimumReviews", "divergenceThreshold"));
    }

    @Test
    void scoreIsPointsOrNotApplicableAndReviewScoresEachCriterionOnce() {
        assertThatThrownBy(() -> Score.builder().criterion("a").build())
                .isInstanceOf(InvalidModelException.class);
        assertThatThrownBy(() -> Score.builder().criterion("a").points(BigDecimal.ONE).notApplicable(true).build())
                .isInstanceOf(InvalidModelException.class);
        assertThat(Score.notApplicable("a").getPoints()).isEmpty();
        assertThatThrownBy(() -> Review.builder().id("r").application("x").reviewer("y").stage("s")
                .addScores(Score.of("a", "1"), Score.of("a", "2")).build())
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getPath).containsExactly("scores[1].criterion"));
    }

    @Test
    void policyDefaultsAndRules() {
        SelectionPolicy defaults = SelectionPolicy.builder().build();
        assertThat(defaults.getRule()).isEqualTo(SelectionRule.SKIP);
        assertThat(defaults.getMode()).isEqualTo(SelectionMode.SELECT);
        assertThat(defaults.getTieBreaks()).containsExactly(TieBreak.SECTION_TOTALS, TieBreak.REQUESTED_AMOUNT,
                TieBreak.SUBMISSION_TIME, TieBreak.APPLICATION_ID);
        assertThat(defaults.getShortlistFactor()).isEqualByComparingTo("2");
        assertThat(defaults.getReserveLength()).isEmpty();
        assertThat(defaults.getPartialFundingFloor()).isEmpty();
        RegionalQuota naryn = RegionalQuota.builder().unit(kg.kichi.core.geo.UnitRef.iso("KG-N")).min(2).build();
        assertThatThrownBy(() -> SelectionPolicy.builder().addTieBreaks(TieBreak.LOTTERY, TieBreak.LOTTERY)
                .addQuotas(naryn, naryn).partialFundingFloor(new BigDecimal("120"))
                .shortlistFactor(BigDecimal.ZERO).build())
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getCode).containsExactlyInAnyOrder(
                                "kichi.evaluation.duplicateTieBreak", "kichi.evaluation.lotterySeed",
                                "kichi.evaluation.duplicateQuota", "kichi.evaluation.floor",
                                "kichi.evaluation.shortlistFactor"));
        assertThatThrownBy(() -> RegionalQuota.builder().unit(kg.kichi.core.geo.UnitRef.iso("KG-N")).min(3).max(2)
                .build()).isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getCode).containsExactly("kichi.evaluation.quotaOrder"));
    }
}
