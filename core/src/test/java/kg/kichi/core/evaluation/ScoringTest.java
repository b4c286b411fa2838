package kg.kichi.core.evaluation;

import static kg.kichi.core.evaluation.EvaluationTesting.applicationBy;
import static kg.kichi.core.evaluation.EvaluationTesting.criterion;
import static kg.kichi.core.evaluation.EvaluationTesting.en;
import static kg.kichi.core.evaluation.EvaluationTesting.reviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.Partner;
import kg.kichi.core.application.PartnerRole;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * Aggregation on a small grid, every figure worked out by hand.
 *
 * <p>Grid: section A = a1 (1–5, ×2) + a2 (1–5, ×1, 5 when not applicable), minimum 6; section B = b1 (0–5 in
 * halves, ×1, minimum 2); stage minimum 10; divergence threshold 4; two counted reviews needed.
 */
class ScoringTest {
    static final OrganisationId PARTNER = OrganisationId.local("partner-4");

    static EvaluationGrid grid(Aggregation aggregation) {
        Criterion a2 = Criterion.builder().from(criterion("a2", "1", "5", "1", "1"))
                .notApplicableScore(new BigDecimal("5")).build();
        Criterion b1 = Criterion.builder().from(criterion("b1", "0", "5", "0.5", "1"))
                .minimum(new BigDecimal("2")).build();
        return EvaluationGrid.builder().aggregation(aggregation).divergenceThreshold(new BigDecimal("4"))
                .addStage(Stage.builder().id("s").title(en("Stage")).minimum(BigDecimal.TEN)
                        .addSection(Section.builder().id("A").title(en("A")).minimum(new BigDecimal("6"))
                                .addCriteria(criterion("a1", "1", "5", "1", "2"), a2).build())
                        .addSection(Section.builder().id("B").title(en("B")).addCriterion(b1).build())
                        .build())
                .build();
    }

    static Review review(String id, String app, String reviewer, String a1, String a2, String b1) {
        Review.Builder b = Review.builder().id(id).application(app).reviewer(reviewer).stage("s");
        for (String[] s : new String[][] {{"a1", a1}, {"a2", a2}, {"b1", b1}}) {
            if (s[1] == null) {
                continue;
            }
            b.addScore(s[1].equals("n/a") ? Score.notApplicable(s[0]) : Score.of(s[0], s[1]));
        }
        return b.build();
    }

    static List<Application> applications() {
        List<Application> apps = new ArrayList<>();
        for (String id : List.of("app-1", "app-2", "app-3", "app-5")) {
            apps.add(applicationBy(id, "100", null, OrganisationId.local("lead-" + id)));
        }
        apps.add(Application.builder().from(applicationBy("app-4", "100", null, OrganisationId.local("lead-4")))
                .partnership(Partnership.builder().addMember(Partner.of(OrganisationId.local("lead-4"), PartnerRole.LEAD))
                        .addMember(Partner.of(PARTNER, PartnerRole.PARTNER)).build())
                .build());
        return apps;
    }

    static List<Review> reviews() {
        return List.of(
                review("1-r1", "app-1", "r1", "4", "3", "4.5"),
                review("1-r2", "app-1", "r2", "5", "4", "4"),
                review("1-r3", "app-1", "r3", "3", "n/a", "3.5"),
                review("2-r1", "app-2", "r1", "2", "2", "1.5"),
                review("2-r2", "app-2", "r2", "3", "2", "2"),
                Review.builder().from(review("3-r1", "app-3", "r1", "5", "5", "5")).conflictOfInterest(true).build(),
                review("3-r2", "app-3", "r2", "4", "4", "4"),
                review("3-r3", "app-3", "r3", "4", null, "4"),
                review("4-r1", "app-4", "r1", "4", "n/a", "5"),
                review("4-r2", "app-4", "r2", "4", "n/a", "4"),
                review("4-r4", "app-4", "r4", "1", "1", "0"),
                review("5-r1", "app-5", "r1", "4", "5", "3"),
                review("5-r2", "app-5", "r2", "4", "4", "3"),
                review("5-r3", "app-5", "r3", "5", "4", "2.5"));
    }

    static List<Reviewer> reviewers() {
        return List.of(reviewer("r1"), reviewer("r2"), reviewer("r3"), reviewer("r4", PARTNER));
    }

    static Map<String, ApplicationScore> byId(List<ApplicationScore> scores) {
        Map<String, ApplicationScore> map = new java.util.HashMap<>();
        scores.forEach(s -> map.put(s.getApplication(), s));
        return map;
    }

    @Test
    void meanAggregationWorkedByHand() {
        List<ApplicationScore> scores = Scoring.score(grid(Aggregation.MEAN), "s", applications(), reviews(),
                reviewers());
        assertThat(scores).extracting(ApplicationScore::getApplication)
                .containsExactly("app-1", "app-2", "app-3", "app-4", "app-5");
        Map<String, ApplicationScore> s = byId(scores);

        // app-1: a1 (4+5+3)/3 = 4; a2 (3+4)/2 = 3.5 (r3 not applicable); b1 (4.5+4+3.5)/3 = 4
        ApplicationScore one = s.get("app-1");
        assertThat(one.getStatus()).isEqualTo(ScoreStatus.PASSED);
        assertThat(one.getCriterionScores()).containsExactly(Map.entry("a1", new BigDecimal("4.000000")),
                Map.entry("a2", new BigDecimal("3.500000")), Map.entry("b1", new BigDecimal("4.000000")));
        assertThat(one.getSectionTotals().get("A")).isEqualByComparingTo("11.5");
        assertThat(one.getSectionTotals().get("B")).isEqualByComparingTo("4");
        assertThat(one.getTotal()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("15.5"));
        // own totals: r1 8+3+4.5 = 15.5; r2 10+4+4 = 18; r3 6+3.5 (its n/a at the mean)+3.5 = 13; spread 5 > 4
        assertThat(one.getReviewerTotals().get("1-r1")).isEqualByComparingTo("15.5");
        assertThat(one.getReviewerTotals().get("1-r2")).isEqualByComparingTo("18");
        assertThat(one.getReviewerTotals().get("1-r3")).isEqualByComparingTo("13");
        assertThat(one.getSpread()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5"));
        assertThat(one.isDivergent()).isTrue();

        // app-2: a1 2.5 ×2 = 5, a2 2 → A 7; b1 1.75 < 2; total 8.75 < 10
        ApplicationScore two = s.get("app-2");
        assertThat(two.getStatus()).isEqualTo(ScoreStatus.BELOW_THRESHOLD);
        assertThat(two.getTotal()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("8.75"));
        assertThat(two.getReasons()).containsExactly(
                Finding.of("kichi.evaluation.belowCriterion", "criterion", "b1", "value", "1.750000", "minimum", "2"),
                Finding.of("kichi.evaluation.belowTotal", "value", "8.750000", "minimum", "10"));
        assertThat(two.isDivergent()).isFalse();

        // app-3: r1 declared a conflict, r3 left a2 unscored: one counted review of two needed
        ApplicationScore three = s.get("app-3");
        assertThat(three.getStatus()).isEqualTo(ScoreStatus.INCOMPLETE);
        assertThat(three.getTotal()).isEmpty();
        assertThat(three.getCountedReviews()).containsExactly("3-r2");
        assertThat(three.getExcludedReviews()).extracting(ExcludedReview::getReview, ExcludedReview::getReason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3-r1", Exclusion.DECLARED_CONFLICT),
                        org.assertj.core.groups.Tuple.tuple("3-r3", Exclusion.INCOMPLETE_REVIEW));
        assertThat(three.getReasons()).containsExactly(
                Finding.of("kichi.evaluation.tooFewReviews", "counted", "1", "minimum", "2"));

        // app-4: r4 works for the partner (undeclared conflict, not counted); a2 all n/a → 5; b1 4.5
        ApplicationScore four = s.get("app-4");
        assertThat(four.getStatus()).isEqualTo(ScoreStatus.PASSED);
        assertThat(four.getExcludedReviews()).singleElement().satisfies(e -> {
            assertThat(e.getReason()).isEqualTo(Exclusion.UNDECLARED_CONFLICT);
            assertThat(e.getFinding().getArguments()).containsEntry("organisation", PARTNER.toString());
            assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("review 4-r4 by r4 is not counted: the reviewer is "
                    + "affiliated with " + PARTNER + ", a member of the application's partnership (a conflict of "
                    + "interest, not declared)");
        });
        assertThat(four.getCriterionScores().get("a2")).isEqualByComparingTo("5");
        assertThat(four.getTotal()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("17.5"));

        // app-5: a1 13/3 = 4.333333 (six decimals, half-even) ×2 = 8.666666; a2 13/3 = 4.333333; b1 8.5/3 = 2.833333
        ApplicationScore five = s.get("app-5");
        assertThat(five.getCriterionScores().get("a1")).isEqualTo(new BigDecimal("4.333333"));
        assertThat(five.getCriterionScores().get("b1")).isEqualTo(new BigDecimal("2.833333"));
        assertThat(five.getSectionTotals().get("A")).isEqualByComparingTo("12.999999");
        assertThat(five.getTotal()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("15.833332"));

        // deviation: mean of the four totals (15.5 + 8.75 + 17.5 + 15.833332) / 4 = 14.395833
        assertThat(one.getDeviation()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("1.104167"));
        assertThat(three.getDeviation()).isEmpty();
    }

    @Test
    void medianAndTrimmedMean() {
        List<BigDecimal> points = List.of(new BigDecimal("1"), new BigDecimal("5"), new BigDecimal("2"),
                new BigDecimal("4"));
        // sorted 1 2 4 5: median (2+4)/2 = 3; trimmed mean of 2 and 4 = 3; mean 12/4 = 3
        assertThat(Scoring.aggregate(Aggregation.MEDIAN, points)).isEqualTo(new BigDecimal("3.000000"));
        List<BigDecimal> skewed = List.of(new BigDecimal("1"), new BigDecimal("1"), new BigDecimal("5"));
        assertThat(Scoring.aggregate(Aggregation.MEDIAN, skewed)).isEqualTo(new BigDecimal("1.000000"));
        assertThat(Scoring.aggregate(Aggregation.TRIMMED_MEAN, skewed)).isEqualTo(new BigDecimal("1.000000"));
        assertThat(Scoring.aggregate(Aggregation.MEAN, skewed)).isEqualTo(new BigDecimal("2.333333"));
        assertThat(Scoring.aggregate(Aggregation.TRIMMED_MEAN, List.of(new BigDecimal("2"), new BigDecimal("5"))))
                .isEqualTo(new BigDecimal("3.500000"));
        // half-even on the sixth decimal: 2/3 = 0.6666666… → 0.666667; 0.0000005 exactly → 0.000000
        assertThat(Scoring.aggregate(Aggregation.MEAN, List.of(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE)))
                .isEqualTo(new BigDecimal("0.666667"));
        assertThat(Scoring.aggregate(Aggregation.MEAN, List.of(new BigDecimal("0.000001"), BigDecimal.ZERO)))
                .isEqualTo(new BigDecimal("0.000000"));
        assertThat(Scoring.aggregate(Aggregation.MEAN, List.of(new BigDecimal("0.000003"), BigDecimal.ZERO)))
                .isEqualTo(new BigDecimal("0.000002"));
    }

    @Test
    void medianGridChangesTheDivergentApplication() {
        Map<String, ApplicationScore> s = byId(Scoring.score(grid(Aggregation.MEDIAN), "s", applications(),
                reviews(), reviewers()));
        // app-1 medians: a1 of 3,4,5 = 4; a2 of 3,4 = 3.5; b1 of 3.5,4,4.5 = 4 → the same 15.5
        assertThat(s.get("app-1").getTotal()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("15.5"));
        // app-5 medians: a1 4 ×2, a2 4, b1 3 → 15
        assertThat(s.get("app-5").getTotal()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("15"));
    }

    @Test
    void normalisedScoresAreZScoresPerReviewer() {
        // one criterion 0–100; r1 scores x:60 y:80, r2 scores x:10 y:20. r1: mean 70, sd 10 → x -1, y +1;
        // r2: mean 15, sd 5 → x -1, y +1. So x: -1, y: +1, whatever the raw levels.
        EvaluationGrid grid = EvaluationTesting.pointsGrid(2);
        List<Application> apps = List.of(EvaluationTesting.application("x", "1", null),
                EvaluationTesting.application("y", "1", null));
        List<Review> reviews = List.of(EvaluationTesting.review("x1", "x", "r1", "60"),
                EvaluationTesting.review("y1", "y", "r1", "80"), EvaluationTesting.review("x2", "x", "r2", "10"),
                EvaluationTesting.review("y2", "y", "r2", "20"));
        Map<String, ApplicationScore> s = byId(Scoring.score(grid, "s", apps, reviews,
                List.of(reviewer("r1"), reviewer("r2"))));
        assertThat(s.get("x").getNormalised()).contains(new BigDecimal("-1.000000"));
        assertThat(s.get("y").getNormalised()).contains(new BigDecimal("1.000000"));
        assertThat(s.get("x").getTotal()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("35"));
    }

    @Test
    void aReviewerTwiceCountsOnceAndOffScalePointsAreRejected() {
        EvaluationGrid grid = EvaluationTesting.pointsGrid(1);
        List<Application> apps = List.of(EvaluationTesting.application("x", "1", null));
        ApplicationScore x = Scoring.score(grid, "s", apps, List.of(EvaluationTesting.review("b", "x", "r1", "90"),
                EvaluationTesting.review("a", "x", "r1", "10")), List.of(reviewer("r1"))).get(0);
        assertThat(x.getCountedReviews()).containsExactly("a");
        assertThat(x.getExcludedReviews()).extracting(ExcludedReview::getReason)
                .containsExactly(Exclusion.REPEATED_REVIEWER);
        assertThat(x.getTotal()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("10"));
        assertThatThrownBy(() -> Scoring.score(grid, "s", apps, List.of(Review.builder().id("q").application("x")
                .reviewer("nobody").stage("s").addScore(Score.of("points", "100.5")).addScore(Score.of("other", "1"))
                .build()), List.of(reviewer("r1"))))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getCode).containsExactlyInAnyOrder("kichi.catalogue.unknownReference",
                                "kichi.catalogue.scoreOffScale", "kichi.catalogue.unknownCriterion"));
    }
}
