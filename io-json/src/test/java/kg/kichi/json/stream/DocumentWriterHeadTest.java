package kg.kichi.json.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;
import kg.kichi.json.KichiJson;
import kg.kichi.json.Mode;
import org.junit.jupiter.api.Test;

/** The envelope's head as the streaming writer writes it and the streaming reader sums it up. */
class DocumentWriterHeadTest {
    static final LocalizedText TITLE = LocalizedText.of("en", "Living in peace");
    static final LocalizedText PUBLISHER = LocalizedText.of("ky", "Кичи");
    static final DatePeriod PERIOD = DatePeriod.of(PartialDate.of(2021, 12), PartialDate.ofYear(2022));

    static final String HEAD = "{\n"
            + "  \"formatVersion\": \"1.0\",\n"
            + "  \"id\": \"seed-002\",\n"
            + "  \"title\": {\n"
            + "    \"en\": \"Living in peace\"\n"
            + "  },\n"
            + "  \"reportingPeriod\": {\n"
            + "    \"start\": \"2021-12\",\n"
            + "    \"end\": \"2022\"\n"
            + "  },\n"
            + "  \"publisher\": {\n"
            + "    \"ky\": \"Кичи\"\n"
            + "  },\n"
            + "  \"x-source\": \"newsletter\"\n"
            + "}\n";

    @Test
    void theHeadIsTheSameFromValuesAndFromACatalogue() {
        ByteArrayOutputStream fromValues = new ByteArrayOutputStream();
        try (DocumentWriter out = KichiJson.writer(fromValues).start("seed-002", TITLE, PERIOD, PUBLISHER)) {
            out.extensions(Map.of("x-source", "\"newsletter\""));
        }
        Catalogue catalogue = Catalogue.builder().id("seed-002").title(TITLE).reportingPeriod(PERIOD)
                .publisher(PUBLISHER).putExtension("x-source", "\"newsletter\"").build();
        ByteArrayOutputStream fromCatalogue = new ByteArrayOutputStream();
        try (DocumentWriter out = KichiJson.writer(fromCatalogue).start(catalogue)) {
            out.objects(catalogue);
        }
        assertThat(fromValues.toString(StandardCharsets.UTF_8)).isEqualTo(HEAD);
        assertThat(fromCatalogue.toString(StandardCharsets.UTF_8)).isEqualTo(HEAD);
        assertThat(KichiJson.writeString(catalogue)).isEqualTo(HEAD);
    }

    @Test
    void theShortStartWritesNoReportingPeriod() {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        KichiJson.writer(written).start("d", null, PUBLISHER).close();
        assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo("{\n  \"formatVersion\": \"1.0\",\n"
                + "  \"id\": \"d\",\n  \"publisher\": {\n    \"ky\": \"Кичи\"\n  }\n}\n");
    }

    @Test
    void aDocumentIsStartedOnce() {
        DocumentWriter out = KichiJson.writer(new ByteArrayOutputStream()).start("d", null, null);
        assertThatThrownBy(() -> out.start(Catalogue.builder().id("e").build()))
                .isInstanceOf(IllegalStateException.class).hasMessage("the document was already started");
        assertThatThrownBy(() -> KichiJson.writer(new ByteArrayOutputStream()).start((Catalogue) null))
                .isInstanceOf(NullPointerException.class).hasMessage("catalogue");
    }

    @Test
    void theSummaryGivesTheEnvelopesMembers() {
        DocumentSummary summary = KichiJson.reader().withMode(Mode.LENIENT).stream(
                new ByteArrayInputStream(HEAD.getBytes(StandardCharsets.UTF_8)), new DocumentHandler() {});
        assertThat(summary.getId()).isEqualTo("seed-002");
        assertThat(summary.getTitle()).contains(TITLE);
        assertThat(summary.getReportingPeriod()).contains(PERIOD);
        assertThat(summary.getPublisher()).contains(PUBLISHER);
        assertThat(summary.getExtensions()).containsExactly(Map.entry("x-source", "\"newsletter\""));
    }

    @Test
    void aSummaryOfADocumentWithoutAReportingPeriodSaysNoneIsStated() {
        String head = "{\"formatVersion\": \"1.0\", \"id\": \"seed-003\"}";
        DocumentSummary summary = KichiJson.reader().stream(
                new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), new DocumentHandler() {});
        assertThat(summary.getId()).isEqualTo("seed-003");
        assertThat(summary.getReportingPeriod()).isEmpty();
        assertThat(summary.getTitle()).isEmpty();
        assertThat(DocumentSummary.of("x", null, null, Map.of(), Map.of()).getReportingPeriod()).isEmpty();
    }
}
