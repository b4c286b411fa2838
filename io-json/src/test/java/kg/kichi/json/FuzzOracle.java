package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.json.stream.DocumentHandler;
import kg.kichi.json.stream.DocumentSummary;

/**
 * What every fuzz target of the reader holds, whatever its input: a read either gives a catalogue or throws
 * {@link InvalidDocumentException} with at least one problem, each with a pointer, a {@code kichi.} code and a
 * message in en, ru and ky with no unfilled placeholder; a catalogue that was accepted is written, reads back
 * equal, and {@code write} and {@code writeString} agree.
 */
final class FuzzOracle {
    private static final Locale[] LOCALES = {Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("ky")};
    /** Small limits, so that a campaign spends its time on the reader's logic, not on deep or long inputs. */
    static final ReadLimits SMALL = ReadLimits.defaults().withMaxNestingDepth(20).withMaxProblems(50);

    private FuzzOracle() {}

    /** A whole read; null when the document was rejected (its problems checked). */
    static Catalogue read(byte[] document, Mode mode) {
        try {
            return KichiJson.reader().withMode(mode).withLimits(SMALL).read(document);
        } catch (InvalidDocumentException e) {
            checkProblems(e);
            return null;
        }
    }

    /** A streaming read; null when the document was rejected (its problems checked). */
    static DocumentSummary stream(byte[] document, Mode mode) {
        try {
            return KichiJson.reader().withMode(mode).withLimits(SMALL)
                    .stream(new ByteArrayInputStream(document), new DocumentHandler() {});
        } catch (InvalidDocumentException e) {
            checkProblems(e);
            return null;
        }
    }

    /** Writes an accepted catalogue both ways and reads it back. */
    static void writesBack(Catalogue catalogue, Mode mode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KichiJson.write(catalogue, out);
        assertThat(KichiJson.reader().withMode(mode).read(out.toByteArray())).isEqualTo(catalogue);
        assertThat(KichiJson.writeString(catalogue)).isEqualTo(out.toString(StandardCharsets.UTF_8));
    }

    static void checkProblems(InvalidDocumentException e) {
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
