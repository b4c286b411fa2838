package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.json.stream.DocumentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entry points of {@link KichiJson} and {@link KichiReader}: a caller's stream is flushed and left open, a
 * reader's {@code with…} copies keep the other setting, each input form reads the same document, lenient mode
 * reaches every form, and malformed UTF-8 is a problem with its byte and place whichever form reads it.
 */
class EntryPointsTest {
    private static final String DOCUMENT = "{\"formatVersion\":\"1.0\",\"id\":\"d\",\"x-a\":1}";
    private static final byte[] BYTES = DOCUMENT.getBytes(StandardCharsets.UTF_8);

    /** Counts its closes and flushes. */
    private static final class Watched extends FilterOutputStream {
        int closes;
        int flushes;

        Watched(ByteArrayOutputStream out) {
            super(out);
        }

        @Override
        public void flush() throws IOException {
            flushes++;
            super.flush();
        }

        @Override
        public void close() {
            closes++;
        }
    }

    @Test
    void writingFlushesTheCallersStreamAndLeavesItOpen() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Watched out = new Watched(bytes);
        KichiJson.write(Catalogue.builder().id("d").build(), out);
        assertThat(out.closes).isZero();
        assertThat(out.flushes).isPositive();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("{\n  \"formatVersion\": \"1.0\",\n"
                + "  \"id\": \"d\"\n}\n");
        Watched streamed = new Watched(new ByteArrayOutputStream());
        KichiJson.writer(streamed).start("d", null, null).close();
        assertThat(streamed.closes).isZero();
        assertThat(streamed.flushes).isPositive();
    }

    @Test
    void readingLeavesTheCallersStreamOpen() {
        int[] closes = new int[1];
        InputStream in = new FilterInputStream(new ByteArrayInputStream(BYTES)) {
            @Override
            public void close() {
                closes[0]++;
            }
        };
        assertThat(KichiJson.read(in, Mode.LENIENT).getExtensions()).containsEntry("x-a", "1");
        InputStream streamed = new FilterInputStream(new ByteArrayInputStream(BYTES)) {
            @Override
            public void close() {
                closes[0]++;
            }
        };
        assertThat(KichiJson.reader().withMode(Mode.LENIENT).stream(streamed, new DocumentHandler() {}).getId())
                .isEqualTo("d");
        assertThat(closes[0]).isZero();
        assertThatThrownBy(() -> KichiJson.reader().read((InputStream) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("in");
    }

    @Test
    void withModeAndWithLimitsKeepTheOtherSetting() {
        ReadLimits limits = ReadLimits.defaults().withMaxProblems(3);
        KichiReader reader = KichiJson.reader().withLimits(limits).withMode(Mode.LENIENT);
        assertThat(reader.getMode()).isEqualTo(Mode.LENIENT);
        assertThat(reader.getLimits()).isSameAs(limits);
        KichiReader other = KichiJson.reader().withMode(Mode.LENIENT).withLimits(limits);
        assertThat(other.getMode()).isEqualTo(Mode.LENIENT);
        assertThat(other.getLimits()).isSameAs(limits);
        assertThat(KichiJson.reader().getMode()).isEqualTo(Mode.STRICT);
        assertThat(KichiJson.reader().getLimits()).isSameAs(ReadLimits.defaults());
        assertThatThrownBy(() -> KichiJson.reader().withMode(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("mode");
        assertThatThrownBy(() -> KichiJson.reader().withLimits(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("limits");
    }

    @Test
    void everyFormReadsTheSameDocumentInTheReadersMode(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("d.json");
        Files.write(file, BYTES);
        KichiReader lenient = KichiJson.reader().withMode(Mode.LENIENT);
        for (Catalogue read : new Catalogue[] {lenient.read(BYTES), lenient.read(DOCUMENT),
            lenient.read(new StringReader(DOCUMENT)), lenient.read(new ByteArrayInputStream(BYTES)),
            lenient.read(file), KichiJson.read(file, Mode.LENIENT), KichiJson.read(DOCUMENT, Mode.LENIENT)}) {
            assertThat(read.getId()).isEqualTo("d");
            assertThat(read.getExtensions()).containsExactly(java.util.Map.entry("x-a", "1"));
        }
        // strict, the unknown member is a problem whichever form is read
        assertThat(catchThrowableOfType(() -> KichiJson.reader().read(new StringReader(DOCUMENT)),
                InvalidDocumentException.class).getProblems()).extracting(DocumentProblem::getPointer,
                        DocumentProblem::getCode).containsExactly(tuple("/x-a", "kichi.json.unknownMember"));
        assertThat(catchThrowableOfType(() -> KichiJson.read(file, Mode.STRICT), InvalidDocumentException.class)
                .getProblems()).extracting(DocumentProblem::getCode).containsExactly("kichi.json.unknownMember");
        // a file that is not there is the file system's error, not wrapped
        assertThatThrownBy(() -> lenient.read(dir.resolve("missing.json"))).isExactlyInstanceOf(
                NoSuchFileException.class);
    }

    @Test
    void writingToAFileReplacesItAndAFailureIsTheFileSystems(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("d.json");
        Files.writeString(file, "an older and longer text than the document that replaces it".repeat(3));
        KichiJson.write(Catalogue.builder().id("d").build(), file);
        assertThat(Files.readString(file)).isEqualTo("{\n  \"formatVersion\": \"1.0\",\n  \"id\": \"d\"\n}\n");
        assertThatThrownBy(() -> KichiJson.write(Catalogue.builder().id("d").build(), dir.resolve("no/such/d.json")))
                .isExactlyInstanceOf(NoSuchFileException.class);
    }

    @Test
    void malformedUtf8IsAProblemWithItsByteWhateverTheForm() {
        // "é" in Latin-1 (0xE9) where UTF-8 is expected, on the second line, column 28 (byte 51)
        byte[] bytes = "{\"formatVersion\":\"1.0\",\n\"id\":\"d\",\"title\":{\"en\":\"caf\u00e9\"}}"
                .getBytes(StandardCharsets.ISO_8859_1);
        for (java.util.function.Supplier<Object> read : java.util.List.<java.util.function.Supplier<Object>>of(
                () -> KichiJson.reader().read(bytes),
                () -> KichiJson.reader().read(new ByteArrayInputStream(bytes)),
                () -> KichiJson.reader().stream(new ByteArrayInputStream(bytes), new DocumentHandler() {}))) {
            DocumentProblem p = catchThrowableOfType(read::get, InvalidDocumentException.class).getProblems().get(0);
            assertThat(p.getCode()).isEqualTo("kichi.json.syntax");
            assertThat(p.getArguments()).containsEntry("kind", "invalidUtf8").containsEntry("byte", "0xE9")
                    .containsEntry("offset", 51L);
            assertThat(p.getLine()).isEqualTo(2);
            assertThat(p.getColumn()).isEqualTo(28);
        }
    }
}
