package kg.kichi.core.evaluation;

import static kg.kichi.core.evaluation.EvaluationTesting.application;
import static kg.kichi.core.evaluation.EvaluationTesting.criterion;
import static kg.kichi.core.evaluation.EvaluationTesting.en;
import static kg.kichi.core.evaluation.EvaluationTesting.reviewer;
import static kg.kichi.core.evaluation.EvaluationTesting.submittedAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import kg.kichi.core.application.Application;
import org.junit.jupiter.api.Test;

/** Rankings worked out by hand: every tie-break of the default chain, and the lottery. */
class RankingTest {
    static final EvaluationGrid GRID = EvaluationGrid.builder().minimumReviews(1)
            .addStage(Stage.builder().id("s").title(en("S"))
                    .addSection(Section.builder().id("S1").title(en("S1")).addCriterion(criterion("p", "0", "100", "1", "1")).build())
                    .addSection(Section.builder().id("S2").title(en("S2")).addCriterion(criterion("q", "0", "100", "1", "1")).build())
                    .build())
            .build();

    static Review review(String app, String p, String q) {
        return Review.builder().id("rv-" + app).application(app).reviewer("r1").stage("s")
                .addScore(Score.of("p", p)).addScore(Score.of("q", q)).build();
    }

    static List<RankedApplication> rank(List<Application> apps, List<Review> reviews, SelectionPolicy policy) {
        Stage stage = GRID.getStages().get(0);
        return Ranking.rank(Scoring.score(GRID, "s", apps, reviews, List.of(reviewer("r1"))), apps, stage, policy);
    }

    @Test
    void theDefaultChainInOrder() {
        List<Application> apps = new ArrayList<>(List.of(
                application("t1", "100", null),
                application("t2", "100", null),
                application("t3", "100", null),
                submittedAt(application("t4", "50", null), "2026-03-02T10:00:00+06:00"),
                submittedAt(application("t5", "50", null), "2026-03-01T10:00:00+06:00"),
                submittedAt(application("t6", "50", null), "2026-03-02T04:00:00Z")));
        List<Review> reviews = new ArrayList<>(List.of(review("t1", "50", "30"), review("t2", "40", "40"),
                review("t3", "60", "30"), review("t4", "40", "40"), review("t5", "40", "40"),
                review("t6", "40", "40")));
        // t3 90; the rest 80: t1 has the higher first section; of the 40/40s, t4 t5 t6 request less than t2;
        // t5 was submitted first; t4 and t6 at the same instant (10:00+06 = 04:00Z), so the identifier
        List<RankedApplication> ranking = rank(apps, reviews, SelectionPolicy.builder().build());
        assertThat(ranking).extracting(r -> r.getApplication().getId())
                .containsExactly("t3", "t1", "t5", "t4", "t6", "t2");
        assertThat(ranking).extracting(RankedApplication::getRank).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(ranking).extracting(RankedApplication::getDecidedBy).containsExactly(Optional.empty(),
                Optional.empty(), Optional.of(TieBreak.SECTION_TOTALS), Optional.of(TieBreak.SUBMISSION_TIME),
                Optional.of(TieBreak.APPLICATION_ID), Optional.of(TieBreak.REQUESTED_AMOUNT));

        Collections.reverse(apps);
        Collections.reverse(reviews);
        assertThat(rank(apps, reviews, SelectionPolicy.builder().build())).extracting(r -> r.getApplication().getId())
                .containsExactly("t3", "t1", "t5", "t4", "t6", "t2");
    }

    @Test
    void aChainWithoutSectionTotalsGoesStraightToTheRequest() {
        List<Application> apps = List.of(application("t1", "100", null), application("t2", "90", null));
        List<Review> reviews = List.of(review("t1", "50", "30"), review("t2", "40", "40"));
        SelectionPolicy policy = SelectionPolicy.builder().tieBreaks(List.of(TieBreak.REQUESTED_AMOUNT)).build();
        assertThat(rank(apps, reviews, policy)).extracting(r -> r.getApplication().getId()).containsExactly("t2", "t1");
    }

    @Test
    void theLotteryOrdersByTheHashOfSeedAndId() {
        // printf 'kichi-2026:app-b' | sha256sum → 0653db80…; app-c 3b6f59b7…; app-a 9625af01…; app-d bf3fb7e3…
        assertThat(Ranking.lottery("kichi-2026", "app-b")).startsWith("0653db808df8f3c6").hasSize(64);
        List<Application> apps = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        for (String id : List.of("app-a", "app-b", "app-c", "app-d")) {
            apps.add(application(id, "100", null));
            reviews.add(review(id, "50", "50"));
        }
        SelectionPolicy policy = SelectionPolicy.builder()
                .tieBreaks(List.of(TieBreak.SECTION_TOTALS, TieBreak.LOTTERY)).lotterySeed("kichi-2026").build();
        List<RankedApplication> ranking = rank(apps, reviews, policy);
        assertThat(ranking).extracting(r -> r.getApplication().getId())
                .containsExactly("app-b", "app-c", "app-a", "app-d");
        assertThat(ranking.get(1).getDecidedBy()).contains(TieBreak.LOTTERY);
    }

    @Test
    void identifiersCompareByCodePoint() {
        // U+FFFF before U+1F600, though its UTF-16 unit is higher than the high surrogate D83D
        assertThat(Ids.compare("\uFFFF", "\uD83D\uDE00")).isNegative();
        assertThat("\uFFFF".compareTo("\uD83D\uDE00")).isPositive();
        assertThat(Ids.compare("a", "ab")).isNegative();
        assertThat(Ids.compare("b", "ab")).isPositive();
        assertThat(Ids.compare("ab", "ab")).isZero();
    }
}
