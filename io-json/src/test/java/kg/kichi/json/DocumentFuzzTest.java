package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.json.stream.DocumentHandler;
import kg.kichi.json.stream.DocumentSummary;

/**
 * Coverage-guided fuzz tests (Jazzer) of the document reader and writer. In the test command they replay their
 * regression corpus ({@code src/test/resources/kg/kichi/json/DocumentFuzzTestInputs/<method>/}) only; a campaign
 * runs with {@code JAZZER_FUZZ=1} (see docs/reliability.md).
 *
 * <p>The oracle: whatever the bytes, a read either returns a catalogue or throws {@link InvalidDocumentException}
 * with at least one problem, each with a pointer, a code and a message in en, ru and ky; no other exception, no
 * stack overflow, no hang. A catalogue the reader accepted is written, and the written text reads back equal.
 */
class DocumentFuzzTest {
    private static final Locale[] LOCALES = {Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("ky")};
    private static final ReadLimits SMALL = ReadLimits.defaults().withMaxNestingDepth(20).withMaxProblems(50);

    /** Whole reads, strict and lenient; what is accepted is written and read back equal. */
    @FuzzTest(maxDuration = "10s")
    void readAndWriteBack(byte[] data) {
        for (Mode mode : Mode.values()) {
            Catalogue catalogue = read(data, mode);
            if (catalogue != null) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                KichiJson.write(catalogue, out);
                assertThat(KichiJson.reader().withMode(mode).read(out.toByteArray())).isEqualTo(catalogue);
                assertThat(KichiJson.writeString(catalogue)).isEqualTo(out.toString(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    /** Streaming reads, strict and lenient: the same verdict as a whole read, the same counts. */
    @FuzzTest(maxDuration = "10s")
    void stream(byte[] data) {
        for (Mode mode : Mode.values()) {
            Catalogue whole = read(data, mode);
            DocumentSummary summary = null;
            try {
                summary = KichiJson.reader().withMode(mode).withLimits(SMALL)
                        .stream(new ByteArrayInputStream(data), new DocumentHandler() {});
            } catch (InvalidDocumentException e) {
                checkProblems(e);
            }
            if (whole != null) {
                assertThat(summary).as("streaming rejected what a whole read accepted").isNotNull();
                Map<String, Long> counts = summary.getCounts();
                assertThat(counts.getOrDefault("grants", 0L)).isEqualTo(whole.getGrants().size());
                assertThat(counts.getOrDefault("organisations", 0L)).isEqualTo(whole.getOrganisations().size());
            }
        }
    }

    private static Catalogue read(byte[] data, Mode mode) {
        try {
            return KichiJson.reader().withMode(mode).withLimits(SMALL).read(data);
        } catch (InvalidDocumentException e) {
            checkProblems(e);
            return null;
        }
    }

    private static void checkProblems(InvalidDocumentException e) {
        assertThat(e.getProblems()).isNotEmpty();
        for (DocumentProblem p : e.getProblems()) {
            assertThat(p.getPointer()).isNotNull();
            assertThat(p.getCode()).startsWith("kichi.");
            for (Locale locale : LOCALES) {
                assertThat(p.getMessage(locale)).isNotBlank().doesNotContainPattern("\\{[a-zA-Z]+\\}");
            }
        }
    }
}
