package kg.kichi.core.evaluation;

import static kg.kichi.core.evaluation.EvaluationTesting.application;
import static kg.kichi.core.evaluation.EvaluationTesting.criterion;
import static kg.kichi.core.evaluation.EvaluationTesting.en;
import static kg.kichi.core.evaluation.EvaluationTesting.kgs;
import static kg.kichi.core.evaluation.EvaluationTesting.review;
import static kg.kichi.core.evaluation.EvaluationTesting.reviewer;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import kg.kichi.core.geo.UnitRef;
import org.junit.jupiter.api.Test;

/**
 * The evaluation's result values as values: what makes two equal, their accessors, and the short texts they give
 * in logs and debuggers; and Kichi's null rule on the grid's defaults (null is "not given", so the default).
 */
class EvaluationValuesTest {
    @Test
    void findingsAreEqualByCodeAndArgumentsAsText() {
        Finding f = Finding.of("kichi.selection.cap", "rank", 3, "planned", 2);
        assertThat(f).isEqualTo(Finding.of("kichi.selection.cap", "rank", "3", "planned", "2"));
        assertThat(f).hasSameHashCodeAs(Finding.of("kichi.selection.cap", "rank", "3", "planned", "2"));
        assertThat(f).isNotEqualTo(Finding.of("kichi.selection.noMoney", "rank", 3, "planned", 2));
        assertThat(f).isNotEqualTo(Finding.of("kichi.selection.cap", "rank", 3, "planned", 1));
        assertThat(f).isNotEqualTo("kichi.selection.cap");
        assertThat(f).hasToString("kichi.selection.cap{rank=3, planned=2}");
        assertThat(Finding.of("kichi.selection.cap", "total", new BigDecimal("1E+1")).getArguments())
                .containsEntry("total", "10");
    }

    @Test
    void anExcludedReviewIsEqualByReviewReasonAndFinding() {
        // x is reviewed twice by r1: the later identifier, b, is not counted
        ApplicationScore x = Scoring.score(EvaluationTesting.pointsGrid(1), "s", List.of(application("x", "1", null)),
                List.of(review("b", "x", "r1", "90"), review("a", "x", "r1", "10")), List.of(reviewer("r1"))).get(0);
        ExcludedReview b = x.getExcludedReviews().get(0);
        assertThat(b.getReview()).isEqualTo("b");
        assertThat(b.getReviewer()).isEqualTo("r1");
        assertThat(b.getFinding()).isEqualTo(Finding.of("kichi.evaluation.excluded.repeated", "review", "b",
                "reviewer", "r1", "first", "a"));
        assertThat(b).hasToString("b repeated-reviewer");
        ExcludedReview same = new ExcludedReview("b", "r1", Exclusion.REPEATED_REVIEWER, b.getFinding());
        assertThat(b).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(b).isNotEqualTo(new ExcludedReview("c", "r1", Exclusion.REPEATED_REVIEWER, b.getFinding()));
        assertThat(b).isNotEqualTo(new ExcludedReview("b", "r1", Exclusion.DECLARED_CONFLICT, b.getFinding()));
        assertThat(b).isNotEqualTo(new ExcludedReview("b", "r1", Exclusion.REPEATED_REVIEWER,
                Finding.of("kichi.evaluation.excluded.declared", "review", "b", "reviewer", "r1")));
        assertThat(b).isNotEqualTo("b");
    }

    @Test
    void aScaleIsEqualByItsNumbersWhateverTheirScale() {
        Scale halves = Scale.of("0", "5", "0.5");
        assertThat(halves.getMin()).isEqualByComparingTo("0");
        assertThat(halves.getStep()).isEqualByComparingTo("0.5");
        assertThat(halves).hasToString("0–5 step 0.5");
        assertThat(Scale.of("1", "5", "1")).hasSameHashCodeAs(Scale.of("1.0", "5.00", "1.000"));
        assertThat(halves).isNotEqualTo(Scale.of("0", "5", "1"));
        assertThat(halves).isNotEqualTo(Scale.of("0", "10", "0.5"));
        assertThat(halves).isNotEqualTo(Scale.of("0.5", "5", "0.5"));
        assertThat(halves).isNotEqualTo("0–5 step 0.5");
    }

    @Test
    void theResultsTextsNameTheApplicationAndItsFigures() {
        // a 90 selected; b 80 over the money, on the reserve list; c never reviewed, pending
        SelectionResult r = Selection.builder().grid(EvaluationTesting.pointsGrid(1)).envelope(kgs("100"))
                .applications(List.of(application("a", "60", "KG-C"), application("b", "50", "KG-C"),
                        application("c", "10", "KG-C")))
                .reviews(List.of(review("ra", "a", "r1", "90"), review("rb", "b", "r1", "80")))
                .reviewers(List.of(reviewer("r1"))).gazetteer(kg.kichi.core.geo.gazetteer.Gazetteers.kyrgyzstan())
                .policy(SelectionPolicy.builder().addQuota(RegionalQuota.builder().unit(UnitRef.iso("KG-C")).max(3)
                        .build()).build())
                .run();
        assertThat(r.getDecisions()).extracting(Decision::toString)
                .containsExactly("a selected #1", "b reserve #2", "c pending");
        assertThat(r.decision("a").orElseThrow().getTotal())
                .hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("90"));
        assertThat(r.decision("c").orElseThrow().getTotal()).isEmpty();
        assertThat(r.getRanking()).extracting(RankedApplication::toString)
                .containsExactly("1. a 90.000000", "2. b 80.000000");
        assertThat(r.getScores()).extracting(ApplicationScore::toString)
                .containsExactly("a passed 90.000000", "b passed 80.000000", "c incomplete");
        assertThat(r.getRegions()).singleElement().satisfies(c -> {
            assertThat(c.getMax()).contains(3);
            assertThat(c.getSelected()).isEqualTo(1);
            assertThat(c.getPassing()).isEqualTo(2);
            assertThat(c).hasToString("iso3166-2:KG-C 1 [0, 3]");
        });
        assertThat(new RegionCount(UnitRef.iso("KG-N"), 2, null, 1, 4)).hasToString("iso3166-2:KG-N 1 [2, ]");
    }

    @Test
    void aNullWeightOrAggregationIsNotGivenSoTheDefault() {
        Criterion c = Criterion.builder().id("c").title(en("C")).scale(Scale.of("1", "5", "1")).weight(null).build();
        assertThat(c.getWeight()).isEqualByComparingTo("1");
        EvaluationGrid g = EvaluationGrid.builder().aggregation(null).addStage(Stage.builder().id("s").title(en("S"))
                .addSection(Section.builder().id("m").title(en("M")).addCriterion(criterion("p", "0", "1", "1", "1"))
                        .build()).build()).build();
        assertThat(g.getAggregation()).isEqualTo(Aggregation.MEAN);
    }
}
