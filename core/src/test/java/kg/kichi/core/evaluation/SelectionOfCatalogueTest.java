package kg.kichi.core.evaluation;

import static kg.kichi.core.evaluation.EvaluationTesting.kgs;
import static kg.kichi.core.evaluation.EvaluationTesting.review;
import static kg.kichi.core.evaluation.EvaluationTesting.reviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.kichi.core.Samples;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.Lot;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.money.Money;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * Which applications a selection from a catalogue takes: a whole call takes every lot's, a lot only its own; the
 * applications not evaluated are listed in identifier order whatever the catalogue's order; errors name the lot
 * or the call whose envelope is missing.
 */
class SelectionOfCatalogueTest {
    static Application in(String id, String lot, String requested, ApplicationStatus... history) {
        List<StatusChange> changes = java.util.Arrays.stream(history).map(s -> StatusChange.of(s, null)).toList();
        return Samples.application().id(id).lot(lot).requestedAmount(Money.of(requested, "KGS"))
                .statusHistory(changes).build();
    }

    static Catalogue catalogue(CallForProposals call) {
        // in catalogue order: z1 not evaluated (lot-a), a1 awarded (lot-a), e1 (lot-a), f1 (lot-b), f2 not evaluated
        return Samples.catalogue().calls(List.of(call))
                .applications(List.of(in("z1", "lot-a", "100", ApplicationStatus.SUBMITTED),
                        Samples.application().build(),
                        in("e1", "lot-a", "400", ApplicationStatus.SUBMITTED, ApplicationStatus.ELIGIBLE),
                        in("f1", "lot-b", "200", ApplicationStatus.SUBMITTED, ApplicationStatus.ELIGIBLE),
                        in("f2", "lot-b", "100", ApplicationStatus.SUBMITTED)))
                .addReviewer(reviewer("rev-1"))
                .addReviews(review("v1", "e1", "rev-1", "80"), review("w1", "f1", "rev-1", "70"))
                .build();
    }

    static CallForProposals call() {
        return Samples.call().lots(List.of(
                        Lot.builder().id("lot-a").title(Samples.en("CSOs")).envelope(kgs("1000")).build(),
                        Lot.builder().id("lot-b").title(Samples.en("LSGs")).build()))
                .evaluationGrid(EvaluationTesting.pointsGrid(1)).build();
    }

    static Finding notEvaluated(String id, String status) {
        return Finding.of("kichi.selection.notEvaluated", "application", id, "status", status);
    }

    @Test
    void aWholeCallTakesEveryLotsApplicationsAndItsOwnEnvelope() {
        SelectionResult r = Selection.of(catalogue(call()), "c1", null, null).run();
        assertThat(r.getLot()).isEmpty();
        assertThat(r.getEnvelope()).isEqualTo(Money.of("3000000", "KGS"));
        assertThat(r.withOutcome(Outcome.SELECTED)).containsExactly("e1", "f1");
        assertThat(r.getNotEvaluated()).containsExactly(notEvaluated("a1", "awarded"),
                notEvaluated("f2", "submitted"), notEvaluated("z1", "submitted"));
    }

    @Test
    void aLotTakesOnlyItsOwnApplications() {
        SelectionResult r = Selection.of(catalogue(call()), "c1", "lot-a", null).run();
        assertThat(r.getLot()).contains("lot-a");
        assertThat(r.getEnvelope()).isEqualTo(kgs("1000"));
        assertThat(r.getDecisions()).extracting(Decision::getApplication).containsExactly("e1");
        assertThat(r.getNotEvaluated()).containsExactly(notEvaluated("a1", "awarded"),
                notEvaluated("z1", "submitted"));
    }

    @Test
    void anUnknownLotIsNamedWithItsCall() {
        assertThatThrownBy(() -> Selection.of(catalogue(call()), "c1", "lot-z", null))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> {
                    assertThat(e.getViolations()).extracting(Violation::getPath, Violation::getCode)
                            .containsExactly(tuple("lot", "kichi.selection.unknownLot"));
                    assertThat(e.getViolations().get(0).getArguments())
                            .isEqualTo(Map.of("value", "lot-z", "call", "c1"));
                });
    }

    @Test
    void aMissingEnvelopeIsTheLotsForALotAndTheCallsForACall() {
        assertThatThrownBy(() -> Selection.of(catalogue(call()), "c1", "lot-b", null))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> {
                    assertThat(e.getViolations()).extracting(Violation::getPath, Violation::getCode)
                            .containsExactly(tuple("lot.envelope", "kichi.selection.noEnvelope"));
                    assertThat(e.getViolations().get(0).getArguments()).isEqualTo(Map.of("value", "c1/lot-b"));
                });
        CallForProposals noEnvelope = CallForProposals.builder().from(call()).envelope(Optional.empty()).build();
        assertThatThrownBy(() -> Selection.of(catalogue(noEnvelope), "c1", null, null))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> {
                    assertThat(e.getViolations()).extracting(Violation::getPath, Violation::getCode)
                            .containsExactly(tuple("call.envelope", "kichi.selection.noEnvelope"));
                    assertThat(e.getViolations().get(0).getArguments()).isEqualTo(Map.of("value", "c1"));
                });
    }
}
