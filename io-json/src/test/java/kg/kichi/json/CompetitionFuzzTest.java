package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.json.internal.codec.CodecTesting;
import kg.kichi.json.stream.DocumentSummary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Coverage-guided fuzz tests (Jazzer) of the readers of a call's eligibility rule set, its evaluation grid and the
 * reviews. A random document seldom gets past the envelope to these members, so each target splices its input, as
 * raw bytes, into one place of a valid competition ({@code competition-base.json}: example 901 cut down to the
 * reviewed applications) and reads the whole document, strict and lenient, whole and streaming.
 *
 * <p>In the test command they replay their regression corpus
 * ({@code src/test/resources/kg/kichi/json/CompetitionFuzzTestInputs/<method>/}: the members of examples 900 and 901,
 * and broken variants of them) only; a campaign runs with {@code JAZZER_FUZZ=1} (see docs/reliability.md).
 *
 * <p>The oracle, as {@link DocumentFuzzTest}'s: a catalogue or an {@link InvalidDocumentException} whose problems
 * each have a pointer, a {@code kichi.} code and a message in en, ru and ky without an unfilled placeholder; what is
 * accepted is written, reads back equal, and {@code write} and {@code writeString} agree; streaming accepts what a
 * whole read accepts, with the same counts.
 */
class CompetitionFuzzTest {
    private static final String HOLE = "@@fuzz-input@@";

    private static final Splice RULES = splice(base -> ((ObjectNode) base.at("/calls/0")).put("eligibilityRules", HOLE));
    private static final Splice GRID = splice(base -> ((ObjectNode) base.at("/calls/0")).put("evaluationGrid", HOLE));
    private static final Splice REVIEWS = splice(base -> base.put("reviews", HOLE));

    /** The input is the value of {@code /calls/0/eligibilityRules}. */
    @FuzzTest(maxDuration = "10s")
    void eligibilityRules(byte[] data) {
        check(RULES.document(data));
    }

    /** The input is the value of {@code /calls/0/evaluationGrid}; the base's reviews score against it. */
    @FuzzTest(maxDuration = "10s")
    void evaluationGrid(byte[] data) {
        check(GRID.document(data));
    }

    /** The input is the value of {@code /reviews}, against the base's grid, reviewers and applications. */
    @FuzzTest(maxDuration = "10s")
    void reviews(byte[] data) {
        check(REVIEWS.document(data));
    }

    private static void check(byte[] document) {
        for (Mode mode : Mode.values()) {
            Catalogue whole = FuzzOracle.read(document, mode);
            if (whole != null) {
                FuzzOracle.writesBack(whole, mode);
            }
            DocumentSummary summary = FuzzOracle.stream(document, mode);
            if (whole != null) {
                assertThat(summary).as("streaming rejected what a whole read accepted").isNotNull();
                Map<String, Long> counts = summary.getCounts();
                assertThat(counts.getOrDefault("applications", 0L)).isEqualTo(whole.getApplications().size());
                assertThat(counts.getOrDefault("reviews", 0L)).isEqualTo(whole.getReviews().size());
            }
        }
    }

    /** The base document's bytes before and after the place the input goes. */
    record Splice(byte[] before, byte[] after) {
        byte[] document(byte[] data) {
            byte[] document = new byte[before.length + data.length + after.length];
            System.arraycopy(before, 0, document, 0, before.length);
            System.arraycopy(data, 0, document, before.length, data.length);
            System.arraycopy(after, 0, document, before.length + data.length, after.length);
            return document;
        }
    }

    static Splice splice(java.util.function.Consumer<ObjectNode> punch) {
        ObjectNode base = (ObjectNode) baseTree();
        punch.accept(base);
        String text = base.toString();
        int at = text.indexOf('"' + HOLE + '"');
        assertThat(at).as("the hole in the base").isNotNegative();
        return new Splice(text.substring(0, at).getBytes(StandardCharsets.UTF_8),
                text.substring(at + HOLE.length() + 2).getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode baseTree() {
        try (InputStream in = CompetitionFuzzTest.class.getResourceAsStream("competition-base.json")) {
            return CodecTesting.tree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
