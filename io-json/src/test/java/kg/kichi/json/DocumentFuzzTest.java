package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import kg.kichi.core.catalogue.Catalogue;
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

    /** Whole reads, strict and lenient; what is accepted is written and read back equal. */
    @FuzzTest(maxDuration = "10s")
    void readAndWriteBack(byte[] data) {
        for (Mode mode : Mode.values()) {
            Catalogue catalogue = FuzzOracle.read(data, mode);
            if (catalogue != null) {
                FuzzOracle.writesBack(catalogue, mode);
            }
        }
    }

    /** Streaming reads, strict and lenient: the same verdict as a whole read, the same counts. */
    @FuzzTest(maxDuration = "10s")
    void stream(byte[] data) {
        for (Mode mode : Mode.values()) {
            Catalogue whole = FuzzOracle.read(data, mode);
            DocumentSummary summary = FuzzOracle.stream(data, mode);
            if (whole != null) {
                assertThat(summary).as("streaming rejected what a whole read accepted").isNotNull();
                Map<String, Long> counts = summary.getCounts();
                assertThat(counts.getOrDefault("grants", 0L)).isEqualTo(whole.getGrants().size());
                assertThat(counts.getOrDefault("organisations", 0L)).isEqualTo(whole.getOrganisations().size());
            }
        }
    }
}
