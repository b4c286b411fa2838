package kg.kichi.json.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.project.Project;
import kg.kichi.core.quality.CheckResult;
import kg.kichi.core.quality.QualityAnalysis;
import kg.kichi.core.quality.QualityCheck;
import kg.kichi.core.quality.QualityOptions;
import kg.kichi.core.quality.QualityReport;
import kg.kichi.core.quality.Subject;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.json.InvalidDocumentException;
import kg.kichi.json.KichiJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class DocumentQualityTest {
    private static final OrganisationId LEAD = OrganisationId.local("lead");

    /** A call with an envelope of 100 KGS and two grants of 60 KGS: over the envelope. */
    private static String document() {
        Grant grant = Grant.builder().id("g-1").call("c").title(LocalizedText.of("en", "One"))
                .partnership(Partnership.ofLead(LEAD)).amountAwarded(Money.of("60", "KGS")).build();
        Catalogue catalogue = Catalogue.builder().id("doc")
                .addOrganisations(Organisation.builder().id(LEAD).name(LocalizedText.of("en", "Lead"))
                        .legalForm(LegalForm.PUBLIC_ASSOCIATION).build())
                .addProjects(Project.builder().id("p").title(LocalizedText.of("en", "P")).build())
                .addCalls(CallForProposals.builder().id("c").project("p").title(LocalizedText.of("en", "C"))
                        .envelope(Money.of("100", "KGS")).build())
                .addGrants(grant, grant.withId("g-2").withTitle(LocalizedText.of("en", "x".repeat(141))))
                .build();
        return KichiJson.writeString(catalogue);
    }

    private static QualityReport analyse(String... documents) {
        QualityAnalysis analysis = QualityAnalysis.start(QualityOptions.asOf(LocalDate.of(2024, 1, 1)));
        for (int i = 0; i < documents.length; i++) {
            DocumentQuality.analyse(KichiJson.reader(), new ByteArrayInputStream(
                    documents[i].getBytes(StandardCharsets.UTF_8)), "d" + i + ".json", analysis);
        }
        return analysis.finish();
    }

    @Test
    void findingsOfAStreamedDocumentCarryTheJsonPointersOfTheDocument() {
        QualityReport report = analyse(document());
        CheckResult envelope = report.result(QualityCheck.GRANTS_OVER_ENVELOPE);
        assertThat(envelope.getFlagged()).isEqualTo(1);
        Subject call = envelope.getFindings().get(0).getSubjects().get(0);
        assertThat(call.getPointer()).contains("/calls/0/envelope");
        assertThat(call.getDocument()).contains("d0.json");
        assertThat(envelope.getFindings().get(0).message(Locale.ENGLISH))
                .isEqualTo("the grants of call c add up to KGS 120, over its envelope of KGS 100"
                        + " (grants in 0 other currencies not counted)");
        Subject title = report.result(QualityCheck.TITLE_TOO_LONG).getFindings().get(0).getSubjects().get(0);
        assertThat(title.getPointer()).contains("/grants/1/title/en");
    }

    @Test
    void twoDocumentsAreOneReport() {
        QualityReport report = analyse(document(), document());
        assertThat(report.getDocuments()).containsExactly("d0.json", "d1.json");
        assertThat(report.result(QualityCheck.GRANTS_OVER_ENVELOPE).getFlagged()).isEqualTo(2);
        assertThat(report.result(QualityCheck.ID_WITH_SEVERAL_NAMES).getLookedAt()).isEqualTo(1);
        assertThat(report.result(QualityCheck.ID_WITH_SEVERAL_NAMES).getFlagged()).isZero();
    }

    @Test
    void anInvalidDocumentThrowsItsProblems() {
        String broken = document().replace("\"KGS\"", "\"QQQ\"");
        QualityAnalysis analysis = QualityAnalysis.start(QualityOptions.asOf(LocalDate.of(2024, 1, 1)));
        assertThatThrownBy(() -> DocumentQuality.analyse(KichiJson.reader(),
                new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "bad.json", analysis))
                .isInstanceOf(InvalidDocumentException.class);
    }

    @Test
    void theJsonFormHasEveryCheckWithCountsShareAndObjects() {
        ObjectNode json = QualityReportJson.toJson(analyse(document()), Locale.ENGLISH);
        assertThat(json.get("language").asString()).isEqualTo("en");
        assertThat(json.get("documents").get(0).asString()).isEqualTo("d0.json");
        assertThat(json.get("flagged").get("warning").asLong()).isEqualTo(1);
        assertThat(json.get("flagged").get("info").asLong()).isEqualTo(3); // a long title, two grants without place
        assertThat(json.get("checks").size()).isEqualTo(QualityCheck.values().length);
        JsonNode envelope = null;
        for (JsonNode c : json.get("checks")) {
            if (c.get("code").asString().equals("grants-over-envelope")) {
                envelope = c;
            }
        }
        assertThat(envelope.get("category").asString()).isEqualTo("money");
        assertThat(envelope.get("severity").asString()).isEqualTo("warning");
        assertThat(envelope.get("lookedAt").asLong()).isEqualTo(1);
        assertThat(envelope.get("flagged").asLong()).isEqualTo(1);
        assertThat(envelope.get("sharePercent").decimalValue()).isEqualByComparingTo("100.0");
        JsonNode object = envelope.get("findings").get(0).get("objects").get(0);
        assertThat(object.get("kind").asString()).isEqualTo("call");
        assertThat(object.get("id").asString()).isEqualTo("c");
        assertThat(object.get("property").asString()).isEqualTo("envelope");
        assertThat(object.get("document").asString()).isEqualTo("d0.json");
        assertThat(object.get("pointer").asString()).isEqualTo("/calls/0/envelope");
        assertThat(envelope.get("findings").get(0).get("arguments").get("total").asString()).isEqualTo("KGS 120");
        JsonNode idNames = json.get("checks").get(QualityCheck.ID_WITH_SEVERAL_NAMES.ordinal());
        assertThat(idNames.get("sharePercent").isNull()).isTrue();
        assertThat(List.of(idNames.get("findings").size())).containsExactly(0);
    }
}
