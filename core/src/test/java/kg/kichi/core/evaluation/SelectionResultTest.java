package kg.kichi.core.evaluation;

import static kg.kichi.core.evaluation.EvaluationTesting.kgs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a selection's result reports about the selection itself: call, lot, stage, envelope, plan and ranking. */
class SelectionResultTest {
    @Test
    void aResultNamesItsCallLotStageEnvelopeAndPlan() {
        // 100: a 60 selected, b 50 skipped (40 left), c 30 selected
        SelectionResult r = SelectionTest.selection("100", "60", "50", "30").call("c1", "lot-a").plannedGrants(2)
                .run();
        assertThat(r.getCall()).isEqualTo("c1");
        assertThat(r.getLot()).contains("lot-a");
        assertThat(r.getStage()).isEqualTo("s");
        assertThat(r.getEnvelope()).isEqualTo(kgs("100"));
        assertThat(r.getPlannedGrants()).contains(2);
        assertThat(r.getRanking()).extracting(ranked -> ranked.getApplication().getId(), RankedApplication::getRank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 1), org.assertj.core.groups.Tuple.tuple("b", 2),
                        org.assertj.core.groups.Tuple.tuple("c", 3));
        assertThat(r.toString()).startsWith("SelectionResult[c1/lot-a [").endsWith("]")
                .contains(r.getDecisions().get(0).toString());
    }

    @Test
    void aResultWithoutLotOrPlanSaysSo() {
        SelectionResult r = SelectionTest.selection("100", "60").call("c2", null).run();
        assertThat(r.getCall()).isEqualTo("c2");
        assertThat(r.getLot()).isEmpty();
        assertThat(r.getPlannedGrants()).isEmpty();
        assertThat(r.toString()).startsWith("SelectionResult[c2 [").doesNotContain("c2/");
    }
}
