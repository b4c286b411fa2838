package kg.kichi.core.evaluation;

import static kg.kichi.core.evaluation.SelectionTest.outcomes;
import static kg.kichi.core.evaluation.SelectionTest.selection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Map;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * Edges of the walk the worked examples of {@link SelectionTest} do not reach: the planned number caps the
 * regional minimums too; a shortlist stops once the requests reach the limit exactly and rejects an application
 * that states no request; a policy naming a stage the grid lacks is an error. Applications a, b, c… are ranked in
 * that order.
 */
class SelectionWalkEdgesTest {
    @Test
    void thePlannedNumberCapsTheRegionalMinimums() {
        // Naryn needs two, but one grant is planned: b (Naryn's best) takes it; c, Naryn too, meets the cap
        SelectionResult r = selection("1000", "60@KG-C", "30@KG-N", "20@KG-N").plannedGrants(1)
                .policy(SelectionPolicy.builder().addQuota(RegionalQuota.builder().unit(UnitRef.iso("KG-N")).min(2)
                        .build()).build()).run();
        assertThat(outcomes(r)).containsExactly("a:reserve1", "b:selected", "c:reserve2");
        assertThat(r.decision("c").orElseThrow().getReasons()).containsExactly(Finding.of("kichi.selection.cap",
                "rank", "3", "planned", "1"));
        assertThat(r.getRegions()).singleElement().satisfies(c -> {
            assertThat(c.getSelected()).isEqualTo(1);
            assertThat(c.getMin()).isEqualTo(2);
            assertThat(c.getMax()).isEmpty();
            assertThat(c.isMinimumMet()).isFalse();
        });
    }

    @Test
    void aShortlistStopsWhenTheRequestsReachTheLimitExactly() {
        // limit 2 × 100 = 200: a 100 (sum 100), b 100 (sum 200, the limit), c out
        SelectionResult r = selection("100", "100", "100", "50")
                .policy(SelectionPolicy.builder().mode(SelectionMode.SHORTLIST).build()).run();
        assertThat(outcomes(r)).containsExactly("a:shortlisted", "b:shortlisted", "c:rejected");
        assertThat(r.decision("c").orElseThrow().getReasons()).extracting(Finding::getCode)
                .containsExactly("kichi.selection.shortlistFull");
    }

    @Test
    void aShortlistRejectsAnApplicationWithoutARequest() {
        SelectionResult r = selection("100", "80", "", "70")
                .policy(SelectionPolicy.builder().mode(SelectionMode.SHORTLIST).build()).run();
        assertThat(outcomes(r)).containsExactly("a:shortlisted", "b:rejected", "c:shortlisted");
        Decision b = r.decision("b").orElseThrow();
        assertThat(b.getReasons()).containsExactly(Finding.of("kichi.selection.noRequest", "rank", "2"));
        assertThat(b.getRequested()).isEmpty();
        assertThat(b.getTotal()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("80"));
    }

    @Test
    void aPolicyStageTheGridLacksIsNamed() {
        assertThatThrownBy(() -> selection("100", "10").policy(SelectionPolicy.builder().stage("full").build()).run())
                .isInstanceOfSatisfying(InvalidModelException.class, e -> {
                    assertThat(e.getViolations()).extracting(Violation::getPath, Violation::getCode)
                            .containsExactly(tuple("policy.stage", "kichi.catalogue.unknownStage"));
                    assertThat(e.getViolations().get(0).getArguments())
                            .isEqualTo(Map.of("value", "full", "call", "call"));
                });
    }
}
