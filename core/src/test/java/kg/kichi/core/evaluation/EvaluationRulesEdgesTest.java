package kg.kichi.core.evaluation;

import static kg.kichi.core.evaluation.EvaluationTesting.criterion;
import static kg.kichi.core.evaluation.EvaluationTesting.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the evaluation types' rules ({@link ValidEvaluation}, {@link Scale}): each bound a rule states
 * is on the allowed side or not as its words say; a rule broken alone is reported alone, and one broken beside a
 * rule that holds is still reported.
 */
class EvaluationRulesEdgesTest {
    static final Criterion TEN = criterion("a", "0", "10", "1", "1"); // max 10

    static void rejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable build, String path, String code) {
        assertThatThrownBy(build).isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(
                e.getViolations()).extracting(Violation::getPath, Violation::getCode).containsExactly(tuple(path, code)));
    }

    @Test
    void aScaleNeedsItsMaximumAboveItsMinimum() {
        // 3–3 has no room: "above" excludes equal
        rejected(() -> Scale.of("3", "3", "1"), "max", "kichi.evaluation.scale.order");
        assertThat(Scale.of("3", "4", "1").getMax()).isEqualByComparingTo("4");
    }

    @Test
    void aCriterionsMinimumMayBeEitherEndOfItsScale() {
        Criterion low = Criterion.builder().from(criterion("c", "1", "5", "1", "1")).minimum(BigDecimal.ONE).build();
        Criterion high = Criterion.builder().from(criterion("c", "1", "5", "1", "1")).minimum(new BigDecimal("5"))
                .build();
        assertThat(low.getMinimum()).contains(BigDecimal.ONE);
        assertThat(high.getMinimum()).contains(new BigDecimal("5"));
        rejected(() -> Criterion.builder().from(criterion("c", "1", "5", "1", "1")).minimum(new BigDecimal("0.9"))
                .build(), "minimum", "kichi.evaluation.minimumOffScale");
    }

    @Test
    void aCriterionWithoutAScaleReportsTheScaleAndItsOtherRules() {
        rejected(() -> Criterion.builder().id("c").title(en("C")).build(), "scale", "kichi.required");
        assertThatThrownBy(() -> Criterion.builder().id("c").title(en("C")).weight(BigDecimal.ZERO).build())
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getPath, Violation::getCode).containsExactlyInAnyOrder(
                                tuple("scale", "kichi.required"), tuple("weight", "kichi.evaluation.weight")));
    }

    @Test
    void sectionAndStageMinimaFromZeroToTheMaximumAreReachable() {
        assertThat(Section.builder().id("s").title(en("S")).addCriterion(TEN).minimum(BigDecimal.ZERO).build()
                .getMinimum()).contains(BigDecimal.ZERO);
        assertThat(Section.builder().id("s").title(en("S")).addCriterion(TEN).minimum(BigDecimal.TEN).build()
                .getMinimum()).contains(BigDecimal.TEN);
        Section s = Section.builder().id("s").title(en("S")).addCriterion(TEN).build();
        assertThat(Stage.builder().id("st").title(en("St")).addSection(s).minimum(BigDecimal.TEN).build()
                .getMinimum()).contains(BigDecimal.TEN);
        rejected(() -> Section.builder().id("s").title(en("S")).addCriterion(TEN).minimum(new BigDecimal("10.5"))
                .build(), "minimum", "kichi.evaluation.unreachable");
        rejected(() -> Section.builder().id("s").title(en("S")).addCriterion(TEN).minimum(new BigDecimal("-1"))
                .build(), "minimum", "kichi.evaluation.unreachable");
        rejected(() -> Stage.builder().id("st").title(en("St")).addSection(s).minimum(new BigDecimal("11")).build(),
                "minimum", "kichi.evaluation.unreachable");
    }

    @Test
    void aRepeatedIdIsReportedBesideAReachableMinimum() {
        rejected(() -> Section.builder().id("s").title(en("S")).addCriteria(TEN, TEN).minimum(BigDecimal.ONE).build(),
                "criteria[1].id", "kichi.evaluation.duplicateId");
        Section one = Section.builder().id("s").title(en("S")).addCriterion(TEN).build();
        Section again = Section.builder().id("s").title(en("S")).addCriterion(criterion("b", "0", "10", "1", "1"))
                .build();
        rejected(() -> Stage.builder().id("st").title(en("St")).addSections(one, again).minimum(BigDecimal.ONE).build(),
                "sections[1].id", "kichi.evaluation.duplicateId");
    }

    @Test
    void aQuotasMaximumMayEqualItsMinimumButNotBeZero() {
        assertThat(RegionalQuota.builder().unit(UnitRef.iso("KG-N")).min(2).max(2).build().getMax()).contains(2);
        rejected(() -> RegionalQuota.builder().unit(UnitRef.iso("KG-N")).max(0).build(), "max",
                "kichi.evaluation.quotaOrder");
    }

    @Test
    void thePartialFundingFloorLiesAboveZeroUpToAHundred() {
        assertThat(SelectionPolicy.builder().partialFundingFloor(new BigDecimal("100")).build()
                .getPartialFundingFloor()).contains(new BigDecimal("100"));
        assertThat(SelectionPolicy.builder().partialFundingFloor(new BigDecimal("0.5")).build()
                .getPartialFundingFloor()).contains(new BigDecimal("0.5"));
        rejected(() -> SelectionPolicy.builder().partialFundingFloor(BigDecimal.ZERO).build(), "partialFundingFloor",
                "kichi.evaluation.floor");
        rejected(() -> SelectionPolicy.builder().partialFundingFloor(new BigDecimal("100.01")).build(),
                "partialFundingFloor", "kichi.evaluation.floor");
    }

    @Test
    void nullIsValidAsBeanValidationAsksOfEveryConstraint() {
        // a null object is @NotNull's business, not this constraint's
        assertThat(new ValidEvaluation.Validator().isValid(null, null)).isTrue();
    }
}
