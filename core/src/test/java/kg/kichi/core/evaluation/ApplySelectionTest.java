package kg.kichi.core.evaluation;

import static kg.kichi.core.Samples.NARYN_EDC;
import static kg.kichi.core.Samples.TYNCHTYK;
import static kg.kichi.core.evaluation.EvaluationTesting.kgs;
import static kg.kichi.core.evaluation.EvaluationTesting.review;
import static kg.kichi.core.evaluation.EvaluationTesting.reviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kg.kichi.core.Samples;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.Lot;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.grant.GrantStatus;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** A selection made on a catalogue's call and lot, and applied back to it. */
class ApplySelectionTest {
    static Application eligible(String id, String requested) {
        return Samples.application().id(id).requestedAmount(kg.kichi.core.money.Money.of(requested, "KGS"))
                .statusHistory(List.of(StatusChange.of(ApplicationStatus.SUBMITTED, null),
                        StatusChange.of(ApplicationStatus.ELIGIBLE, null)))
                .build();
    }

    static Catalogue catalogue() {
        CallForProposals call = Samples.call().lots(List.of(
                        Lot.builder().id("lot-a").title(Samples.en("CSOs")).envelope(kgs("1000")).plannedGrants(2)
                                .selectionPolicy(SelectionPolicy.builder().reserveLength(1).build()).build(),
                        Lot.builder().id("lot-b").title(Samples.en("LSGs")).build()))
                .evaluationGrid(EvaluationTesting.pointsGrid(1)).build();
        return Samples.catalogue().calls(List.of(call))
                .applications(List.of(Samples.application().build(), eligible("e1", "400"), eligible("e2", "500"),
                        eligible("e3", "300"), eligible("e4", "100"),
                        Application.builder().from(eligible("e5", "100")).statusHistory(List.of(
                                StatusChange.of(ApplicationStatus.SUBMITTED, null))).build()))
                .addReviewer(reviewer("rev-1"))
                .addReviewer(Reviewer.builder().id("rev-2").addAffiliation(NARYN_EDC).build())
                .addReviews(review("v1", "e1", "rev-1", "80"), review("v2", "e2", "rev-1", "70"),
                        review("v3", "e3", "rev-1", "60"), review("v4", "e4", "rev-1", "50"),
                        review("v5", "e4", "rev-2", "100"))
                .build();
    }

    @Test
    void applyingMovesApplicationsThroughTheLifecycleAndCreatesGrants() {
        Catalogue before = catalogue();
        SelectionResult result = Selection.of(before, "c1", "lot-a", null).run();
        // e1 400 (600 left), e2 500 (100 left), planned 2 reached: e3 reserve 1, e4 rejected (reserve holds 1);
        // rev-2 works for Naryn EDC, a partner of every sample application: its 100 for e4 is not counted
        assertThat(result.withOutcome(Outcome.SELECTED)).containsExactly("e1", "e2");
        assertThat(result.withOutcome(Outcome.RESERVE)).containsExactly("e3");
        assertThat(result.withOutcome(Outcome.REJECTED)).containsExactly("e4");
        assertThat(result.getNotEvaluated()).containsExactly(
                Finding.of("kichi.selection.notEvaluated", "application", "a1", "status", "awarded"),
                Finding.of("kichi.selection.notEvaluated", "application", "e5", "status", "submitted"));
        ApplicationScore e4 = result.getScores().stream().filter(s -> s.getApplication().equals("e4")).findFirst()
                .orElseThrow();
        assertThat(e4.getExcludedReviews()).extracting(ExcludedReview::getReason)
                .containsExactly(Exclusion.UNDECLARED_CONFLICT);

        Catalogue after = result.applyTo(before, PartialDate.of(2019, 6, 1));
        assertThat(after.application("e1").orElseThrow().getStatusHistory()).extracting(StatusChange::getStatus)
                .containsExactly(ApplicationStatus.SUBMITTED, ApplicationStatus.ELIGIBLE,
                        ApplicationStatus.UNDER_EVALUATION, ApplicationStatus.AWARDED);
        assertThat(after.application("e3").orElseThrow().getStatus()).isEqualTo(ApplicationStatus.RESERVE);
        assertThat(after.application("e4").orElseThrow().getStatus()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(after.application("e5").orElseThrow().getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        Grant g = after.grant("e2").orElseThrow();
        assertThat(g.getAmountAwarded()).contains(kgs("500"));
        assertThat(g.getCall()).contains("c1");
        assertThat(g.getLot()).contains("lot-a");
        assertThat(g.getApplication()).contains("e2");
        assertThat(g.getGrantee()).isEqualTo(TYNCHTYK);
        assertThat(g.getStatus()).contains(GrantStatus.AWARDED);
        assertThat(g.getAwardDate()).contains(PartialDate.of(2019, 6, 1));
        assertThat(after.getGrants()).hasSize(before.getGrants().size() + 2);

        // applied twice: AWARDED cannot become AWARDED again through the lifecycle, and the grants exist
        assertThatThrownBy(() -> result.applyTo(after, null))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getCode).contains("kichi.selection.grantExists"));
    }

    @Test
    void selectionOfAWholeCallNeedsItsEnvelopeAndAGrid() {
        assertThatThrownBy(() -> Selection.of(Samples.catalogue().build(), "c1", "lot-b", null))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getCode)
                        .containsExactlyInAnyOrder("kichi.selection.noGrid", "kichi.selection.noEnvelope"));
        assertThatThrownBy(() -> Selection.of(Samples.catalogue().build(), "nope", null, null))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getCode).containsExactly("kichi.selection.unknownCall"));
    }

    @Test
    void theCatalogueChecksReviewsAgainstTheGrid() {
        assertThatThrownBy(() -> Catalogue.builder().from(catalogue())
                .addReviewer(Reviewer.builder().id("rev-1").addAffiliation(kg.kichi.core.organisation.OrganisationId
                        .local("ghost")).build())
                .addReviews(review("v1", "e1", "rev-9", "80"), review("v6", "nope", "rev-1", "1"),
                        Review.builder().id("v7").application("e1").reviewer("rev-1").stage("full")
                                .addScore(Score.of("points", "1")).build(),
                        Review.builder().id("v8").application("e1").reviewer("rev-1").stage("s")
                                .addScore(Score.of("points", "101")).addScore(Score.of("zz", "1")).build())
                .build())
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getPath, Violation::getCode).containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("reviewers[2].id", "kichi.catalogue.duplicateId"),
                                org.assertj.core.groups.Tuple.tuple("reviewers[2].affiliations[0]",
                                        "kichi.catalogue.unknownReference"),
                                org.assertj.core.groups.Tuple.tuple("reviews[5].id", "kichi.catalogue.duplicateId"),
                                org.assertj.core.groups.Tuple.tuple("reviews[5].reviewer",
                                        "kichi.catalogue.unknownReference"),
                                org.assertj.core.groups.Tuple.tuple("reviews[6].application",
                                        "kichi.catalogue.unknownReference"),
                                org.assertj.core.groups.Tuple.tuple("reviews[7].stage", "kichi.catalogue.unknownStage"),
                                org.assertj.core.groups.Tuple.tuple("reviews[8].scores[0].points",
                                        "kichi.catalogue.scoreOffScale"),
                                org.assertj.core.groups.Tuple.tuple("reviews[8].scores[1].criterion",
                                        "kichi.catalogue.unknownCriterion")));
    }
}
