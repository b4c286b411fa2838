package kg.kichi.json.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.Lot;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.evaluation.Aggregation;
import kg.kichi.core.evaluation.Criterion;
import kg.kichi.core.evaluation.EvaluationGrid;
import kg.kichi.core.evaluation.Recommendation;
import kg.kichi.core.evaluation.RegionalQuota;
import kg.kichi.core.evaluation.Review;
import kg.kichi.core.evaluation.Reviewer;
import kg.kichi.core.evaluation.Scale;
import kg.kichi.core.evaluation.Score;
import kg.kichi.core.evaluation.Section;
import kg.kichi.core.evaluation.SelectionMode;
import kg.kichi.core.evaluation.SelectionPolicy;
import kg.kichi.core.evaluation.SelectionRule;
import kg.kichi.core.evaluation.Stage;
import kg.kichi.core.evaluation.TieBreak;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.money.Money;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.InvalidDocumentException;
import kg.kichi.json.KichiJson;
import kg.kichi.json.Mode;
import kg.kichi.json.stream.DocumentHandler;
import kg.kichi.json.stream.DocumentWriter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Grids and policies inside calls, reviewers and reviews as collections: both readers, the writer, the problems. */
class EvaluationCodecsTest {
    /** The core tests' sample catalogue, rebuilt here (their package cannot be shared on the module path). */
    static final class Samples {
        static final kg.kichi.core.organisation.OrganisationId EU = kg.kichi.core.organisation.OrganisationId.local("eu");
        static final kg.kichi.core.organisation.OrganisationId LEAD = kg.kichi.core.organisation.OrganisationId.local("lead");

        static LocalizedText en(String text) {
            return LocalizedText.of("en", text);
        }

        static CallForProposals.Builder call() {
            return CallForProposals.builder().id("c1").project("p1").title(en("Small grants"))
                    .envelope(Money.of("3000000", "KGS"));
        }

        static Catalogue.Builder catalogue() {
            return Catalogue.builder().id("sample")
                    .addOrganisation(kg.kichi.core.organisation.Organisation.builder().id(EU).name(en("EU")).legalForm(kg.kichi.core.organisation.LegalForm.DONOR_AGENCY).build())
                    .addOrganisation(kg.kichi.core.organisation.Organisation.builder().id(LEAD).name(en("Lead")).legalForm(kg.kichi.core.organisation.LegalForm.PUBLIC_ASSOCIATION).build())
                    .addProject(kg.kichi.core.project.Project.builder().id("p1").title(en("Project")).build())
                    .addCall(call().build())
                    .addApplication(kg.kichi.core.application.Application.builder().id("a1").call("c1")
                            .partnership(kg.kichi.core.application.Partnership.ofLead(LEAD)).title(en("Application"))
                            .addStatusHistory(kg.kichi.core.application.StatusChange.of(
                                    kg.kichi.core.application.ApplicationStatus.SUBMITTED, null))
                            .build());
        }
    }

    static final EvaluationGrid GRID = EvaluationGrid.builder().aggregation(Aggregation.TRIMMED_MEAN)
            .divergenceThreshold(new BigDecimal("7.5"))
            .addStage(Stage.builder().id("cn").title(LocalizedText.of("en", "Concept note").with("ky", "Концепция"))
                    .minimum(new BigDecimal("12"))
                    .addSection(Section.builder().id("rel").title(Samples.en("Relevance")).minimum(new BigDecimal("4"))
                            .addCriterion(Criterion.builder().id("rel-1").title(Samples.en("Objectives"))
                                    .scale(Scale.of("1", "5", "1")).weight(new BigDecimal("2"))
                                    .minimum(new BigDecimal("2")).build())
                            .addCriterion(Criterion.builder().id("rel-2").title(Samples.en("Partners"))
                                    .scale(Scale.of("0", "5", "0.5")).notApplicableScore(new BigDecimal("5")).build())
                            .build())
                    .build())
            .build();

    static Catalogue catalogue() {
        CallForProposals call = Samples.call()
                .lots(List.of(Lot.builder().id("lot-a").title(Samples.en("A")).envelope(Money.of("1000000", "KGS"))
                                .selectionPolicy(SelectionPolicy.builder().mode(SelectionMode.SHORTLIST)
                                        .shortlistFactor(new BigDecimal("1.5")).build()).build(),
                        Lot.builder().id("lot-b").title(Samples.en("B")).build()))
                .evaluationGrid(GRID)
                .selectionPolicy(SelectionPolicy.builder().stage("cn").rule(SelectionRule.STOP)
                        .tieBreaks(List.of(TieBreak.SECTION_TOTALS, TieBreak.LOTTERY)).lotterySeed("draw-1")
                        .addQuota(RegionalQuota.builder().unit(UnitRef.iso("KG-N")).min(1).max(2).build())
                        .reserveLength(3).partialFundingFloor(new BigDecimal("75")).build())
                .build();
        return Samples.catalogue().calls(List.of(call))
                .addReviewer(Reviewer.builder().id("rev-1").name("Aigul").addAffiliation(Samples.EU).build())
                .addReviewer(Reviewer.builder().id("rev-2").build())
                .addReview(Review.builder().id("rv-1").application("a1").reviewer("rev-1").stage("cn")
                        .addScore(Score.builder().criterion("rel-1").points(new BigDecimal("4"))
                                .comment(Samples.en("Clear")).build())
                        .addScore(Score.notApplicable("rel-2")).comments(Samples.en("Good"))
                        .recommendation(Recommendation.FUND_WITH_CHANGES).build())
                .addReview(Review.builder().id("rv-2").application("a1").reviewer("rev-2").stage("cn")
                        .addScore(Score.of("rel-1", "3")).addScore(Score.of("rel-2", "4.5")).conflictOfInterest(true)
                        .build())
                .build();
    }

    static JsonNode tree(String json) {
        return KichiJson.mapper().readTree(json);
    }

    @Test
    void aCatalogueWithGridsPoliciesReviewersAndReviewsRoundTrips() {
        Catalogue catalogue = catalogue();
        String json = KichiJson.writeString(catalogue);
        assertThat(KichiJson.read(json, Mode.STRICT)).isEqualTo(catalogue);
        JsonNode root = tree(json);
        // defaults are not written: weight 1, two reviews, skip, total, shortlist factor 2; false flags neither
        JsonNode criterion2 = root.at("/calls/0/evaluationGrid/stages/0/sections/0/criteria/1");
        assertThat(criterion2.has("weight")).isFalse();
        assertThat(root.at("/calls/0/evaluationGrid").has("minimumReviews")).isFalse();
        assertThat(root.at("/calls/0/evaluationGrid/aggregation").asString()).isEqualTo("trimmed-mean");
        assertThat(root.at("/calls/0/selectionPolicy/rule").asString()).isEqualTo("stop");
        assertThat(root.at("/calls/0/selectionPolicy").has("mode")).isFalse();
        assertThat(root.at("/calls/0/lots/0/selectionPolicy/mode").asString()).isEqualTo("shortlist");
        assertThat(root.at("/calls/0/lots/0/selectionPolicy/shortlistFactor").decimalValue())
                .isEqualByComparingTo("1.5");
        assertThat(root.at("/reviews/0/scores/1/notApplicable").asBoolean()).isTrue();
        assertThat(root.at("/reviews/0").has("conflictOfInterest")).isFalse();
        assertThat(root.at("/reviews/1/conflictOfInterest").asBoolean()).isTrue();
        assertThat(root.at("/reviewers/0/affiliations/0").asString()).isEqualTo("XI-KICHI-eu");
        assertThat(root.at("/calls/0/evaluationGrid/stages/0/sections/0/criteria/0/scale").toString())
                .isEqualTo("{\"min\":1,\"max\":5,\"step\":1}");
    }

    @Test
    void anEmptyTieBreakChainIsWrittenSoThatItIsNotReadAsTheDefault() {
        CallForProposals call = Samples.call().evaluationGrid(GRID)
                .selectionPolicy(SelectionPolicy.builder().tieBreaks(List.of()).build()).build();
        Catalogue catalogue = Samples.catalogue().calls(List.of(call)).build();
        String json = KichiJson.writeString(catalogue);
        assertThat(tree(json).at("/calls/0/selectionPolicy").toString()).isEqualTo("{\"tieBreaks\":[]}");
        assertThat(KichiJson.read(json, Mode.STRICT)).isEqualTo(catalogue);
    }

    static List<DocumentProblem> problems(ObjectNode document) {
        try {
            KichiJson.read(document.toString(), Mode.STRICT);
            return List.of();
        } catch (InvalidDocumentException e) {
            return e.getProblems();
        }
    }

    static List<DocumentProblem> streamedProblems(ObjectNode document) {
        try {
            KichiJson.reader().stream(new ByteArrayInputStream(document.toString().getBytes(StandardCharsets.UTF_8)),
                    new DocumentHandler() {});
            return List.of();
        } catch (InvalidDocumentException e) {
            return e.getProblems();
        }
    }

    @Test
    void everyProblemIsReportedWhereItIs() {
        ObjectNode document = (ObjectNode) tree(KichiJson.writeString(catalogue()));
        ((ObjectNode) document.at("/reviews/0/scores/0")).put("points", 4.5); // off the 1-5 whole-point scale
        ((ObjectNode) document.at("/reviews/1/scores/1")).put("notApplicable", true); // and points too
        ((ObjectNode) document.at("/reviews/1")).put("reviewer", "nobody");
        ((ObjectNode) document.at("/calls/0/evaluationGrid/stages/0/sections/0/criteria/0")).put("weight", 0);
        ((tools.jackson.databind.node.ArrayNode) document.at("/calls/0/selectionPolicy/tieBreaks")).set(0, "coin");
        ((ObjectNode) document.at("/calls/0/selectionPolicy/quotas/0")).put("max", 0);
        assertThat(problems(document)).extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactlyInAnyOrder(
                        tuple("/calls/0/evaluationGrid/stages/0/sections/0/criteria/0/weight", "kichi.evaluation.weight"),
                        tuple("/calls/0/selectionPolicy/tieBreaks/0", "kichi.json.code"),
                        tuple("/calls/0/selectionPolicy/quotas/0/max", "kichi.evaluation.quotaOrder"),
                        tuple("/reviews/1/scores/1/points", "kichi.evaluation.scoreOrNotApplicable"));
        // with the call fixed, the reviews are checked against the grid and the reviewers
        ObjectNode calls = (ObjectNode) tree(KichiJson.writeString(catalogue()));
        document.set("calls", calls.get("calls"));
        assertThat(problems(document)).extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactlyInAnyOrder(
                        tuple("/reviews/0/scores/0/points", "kichi.catalogue.scoreOffScale"),
                        tuple("/reviews/1/scores/1/points", "kichi.evaluation.scoreOrNotApplicable"));
        ((ObjectNode) document.at("/reviews/1/scores/1")).remove("notApplicable");
        assertThat(problems(document)).extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactlyInAnyOrder(tuple("/reviews/0/scores/0/points", "kichi.catalogue.scoreOffScale"),
                        tuple("/reviews/1/reviewer", "kichi.catalogue.unknownReference"));
        // the streaming reader checks references, not scores against the grid
        assertThat(streamedProblems(document)).extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/reviews/1/reviewer", "kichi.catalogue.unknownReference"));
    }

    @Test
    void theStreamingReaderAndWriterHandleReviewersAndReviews() {
        Catalogue catalogue = catalogue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DocumentWriter writer = KichiJson.writer(out).start(catalogue)) {
            catalogue.getOrganisations().forEach(writer::organisation);
            catalogue.getProgrammes().forEach(writer::programme);
            catalogue.getProjects().forEach(writer::project);
            catalogue.getCalls().forEach(writer::call);
            catalogue.getApplications().forEach(writer::application);
            catalogue.getGrants().forEach(writer::grant);
            catalogue.getReviewers().forEach(writer::reviewer);
            catalogue.getReviews().forEach(writer::review);
        }
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).isEqualTo(KichiJson.writeString(catalogue));
        List<Object> seen = new ArrayList<>();
        var summary = KichiJson.reader().stream(new ByteArrayInputStream(out.toByteArray()), new DocumentHandler() {
            @Override
            public void reviewer(Reviewer value) {
                seen.add(value);
            }

            @Override
            public void review(Review value) {
                seen.add(value);
            }
        });
        List<Object> expected = new ArrayList<>(catalogue.getReviewers());
        expected.addAll(catalogue.getReviews());
        assertThat(seen).isEqualTo(expected);
        assertThat(summary.getCounts()).containsEntry("reviewers", 2L).containsEntry("reviews", 2L);
        assertThatThrownBy(() -> {
            try (DocumentWriter writer = KichiJson.writer(new ByteArrayOutputStream()).start(catalogue)) {
                writer.review(catalogue.getReviews().get(0)).reviewer(catalogue.getReviewers().get(0));
            }
        }).isInstanceOf(IllegalStateException.class).hasMessageContaining("reviewers must be written before reviews");
    }
}
