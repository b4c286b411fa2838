package kg.kichi.core.evaluation;

import static kg.kichi.core.evaluation.EvaluationTesting.application;
import static kg.kichi.core.evaluation.EvaluationTesting.reviewer;
import static kg.kichi.core.evaluation.EvaluationTesting.submittedAt;
import static kg.kichi.core.evaluation.RankingTest.GRID;
import static kg.kichi.core.evaluation.RankingTest.rank;
import static kg.kichi.core.evaluation.RankingTest.review;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import kg.kichi.core.application.Application;
import org.junit.jupiter.api.Test;

/**
 * Ties the default chain's worked example does not reach: what is not stated comes after what is, the identifier
 * decides where the chain names it, and decides last where the chain does not, whatever the input order. Every
 * application here has the same total (50 + 50).
 */
class RankingTiesTest {
    static List<Review> evenReviews(String... ids) {
        List<Review> out = new ArrayList<>();
        for (String id : ids) {
            out.add(review(id, "50", "50"));
        }
        return out;
    }

    @Test
    void anApplicationWithoutARequestComesAfterOneWithIt() {
        // a states no request, b asks 100: the request decides, against identifier order
        List<Application> apps = List.of(application("a", null, null), application("b", "100", null));
        List<RankedApplication> ranking = rank(apps, evenReviews("a", "b"), SelectionPolicy.builder().build());
        assertThat(ranking).extracting(r -> r.getApplication().getId()).containsExactly("b", "a");
        assertThat(ranking.get(1).getDecidedBy()).contains(TieBreak.REQUESTED_AMOUNT);
    }

    @Test
    void anApplicationWithoutASubmissionTimeComesAfterOneWithIt() {
        // same request; a has no submission time, b has one: the time decides, against identifier order
        List<Application> apps = List.of(application("a", "100", null),
                submittedAt(application("b", "100", null), "2026-03-01T10:00:00+06:00"));
        List<RankedApplication> ranking = rank(apps, evenReviews("a", "b"), SelectionPolicy.builder().build());
        assertThat(ranking).extracting(r -> r.getApplication().getId()).containsExactly("b", "a");
        assertThat(ranking.get(1).getDecidedBy()).contains(TieBreak.SUBMISSION_TIME);
    }

    @Test
    void theIdentifierDecidesWhereTheChainPutsIt() {
        // chain: identifier, then request. a asks 100, b 50: the identifier puts a first; the request is not reached
        List<Application> apps = List.of(application("a", "100", null), application("b", "50", null));
        SelectionPolicy policy = SelectionPolicy.builder()
                .tieBreaks(List.of(TieBreak.APPLICATION_ID, TieBreak.REQUESTED_AMOUNT)).build();
        List<RankedApplication> ranking = rank(apps, evenReviews("a", "b"), policy);
        assertThat(ranking).extracting(r -> r.getApplication().getId()).containsExactly("a", "b");
        assertThat(ranking.get(1).getDecidedBy()).contains(TieBreak.APPLICATION_ID);
    }

    @Test
    void theIdentifierDecidesLastWhenTheChainTiesWhateverTheInputOrder() {
        // chain: request only, and both ask 100: the identifier decides, even with the scores given b first
        List<Application> apps = List.of(application("a", "100", null), application("b", "100", null));
        List<ApplicationScore> scores = new ArrayList<>(Scoring.score(GRID, "s", apps, evenReviews("a", "b"),
                List.of(reviewer("r1"))));
        Collections.reverse(scores);
        SelectionPolicy policy = SelectionPolicy.builder().tieBreaks(List.of(TieBreak.REQUESTED_AMOUNT)).build();
        List<RankedApplication> ranking = Ranking.rank(scores, apps, GRID.getStages().get(0), policy);
        assertThat(ranking).extracting(r -> r.getApplication().getId()).containsExactly("a", "b");
        assertThat(ranking).extracting(RankedApplication::getDecidedBy)
                .containsExactly(Optional.empty(), Optional.of(TieBreak.APPLICATION_ID));
    }

    @Test
    void aLongerIdentifierWithTheSamePrefixComesAfter() {
        assertThat(Ids.compare("ab", "a")).isPositive();
        assertThat(Ids.compare("a\uD83D\uDE00", "a")).isPositive();
    }
}
