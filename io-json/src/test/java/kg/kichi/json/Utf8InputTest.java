package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kg.kichi.json.stream.DocumentHandler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The format is UTF-8 and only UTF-8: malformed sequences that Jackson let through (the overlong {@code C0 AF},
 * read as '/'; {@code F5 80 80 80}, beyond U+10FFFF; encoded surrogates) and UTF-16 or UTF-32 documents, which
 * Jackson detected and decoded, are a {@code kichi.json.syntax} problem of kind {@code invalidUtf8} that gives
 * the offending byte and its offset, through every byte input (bytes, stream, streaming read).
 */
class Utf8InputTest {
    private static final String PREFIX = "{\"formatVersion\":\"1.0\",\"id\":\"d";
    private static final String SUFFIX = "\"}";

    @ParameterizedTest
    @CsvSource({"C0 AF, 0xC0", "E0 80 AF, 0xE0", "F5 80 80 80, 0xF5", "ED A0 80, 0xED", "F4 90 80 80, 0xF4",
        "80, 0x80", "C3, 0xC3", "FF, 0xFF"})
    void malformedUtf8IsATypedProblemWithItsByteOffset(String hex, String shown) {
        byte[] bad = hex(hex);
        byte[] document = concat(PREFIX.getBytes(StandardCharsets.UTF_8), bad, SUFFIX.getBytes(StandardCharsets.UTF_8));
        int offset = PREFIX.length();
        for (List<DocumentProblem> problems : List.of(
                catchThrowableOfType(InvalidDocumentException.class, () -> KichiJson.reader().read(document)).getProblems(),
                catchThrowableOfType(InvalidDocumentException.class,
                        () -> KichiJson.reader().read(new ByteArrayInputStream(document))).getProblems(),
                catchThrowableOfType(InvalidDocumentException.class, () -> KichiJson.reader().withMode(Mode.LENIENT)
                        .stream(new ByteArrayInputStream(document), new DocumentHandler() {})).getProblems())) {
            assertThat(problems).hasSize(1);
            DocumentProblem p = problems.get(0);
            assertThat(SyntaxKind.of(p)).isEqualTo(SyntaxKind.INVALID_UTF8);
            assertThat(p.getArguments()).containsEntry("byte", shown).containsEntry("offset", (long) offset);
            assertThat(p.getLine()).isEqualTo(1);
            assertThat(p.getMessage(java.util.Locale.ENGLISH)).contains(shown).doesNotContain("?");
        }
    }

    @ParameterizedTest
    @CsvSource({"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
    void utf16AndUtf32AreNotDetectedButRejected(String charset) {
        byte[] document = (PREFIX + SUFFIX).getBytes(java.nio.charset.Charset.forName(charset));
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> KichiJson.reader().read(document));
        assertThat(e).isNotNull();
        assertThat(e.getProblems()).extracting(SyntaxKind::of).containsExactly(SyntaxKind.INVALID_UTF8);
    }

    @ParameterizedTest
    @CsvSource({"'{\"formatVersion\":\"1.0\",\"id\":\"Ыссык-Көл 😀\"}'"})
    void wellFormedUtf8WithABomIsRead(String json) {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] document = concat(bom, json.getBytes(StandardCharsets.UTF_8), new byte[0]);
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> KichiJson.reader().read(document));
        // the id is not a valid identifier, which shows that the text was decoded and read to the end
        assertThat(e.getProblems()).extracting(DocumentProblem::getPointer).containsExactly("/id");
        assertThat(e.getProblems().get(0).getArguments().toString()).contains("Ыссык-Көл 😀");
    }

    private static byte[] hex(String hex) {
        String[] parts = hex.trim().split(" ");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b, byte[] c) {
        byte[] all = new byte[a.length + b.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        System.arraycopy(c, 0, all, a.length + b.length, c.length);
        return all;
    }

    /**
     * Seeded random byte strings, mostly well-formed (ASCII, Cyrillic, three- and four-byte characters, newlines)
     * with malformed bytes sprinkled in, are judged as the JDK's strict UTF-8 decoder judges them, at the same first
     * offending offset; and a stream cut into random chunks gives the same answer, with the same line and column,
     * as the whole array: a sequence a chunk's end cuts is neither lost nor wrongly blamed.
     */
    @org.junit.jupiter.api.Test
    void agreesWithTheJdksStrictDecoderWholeAndInRandomChunks() throws Exception {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261205L);
        String[] pieces = {"a", "{\"k\":", " ", "\n", "Ы", "ө", "€", "😀", "Issyk-Kul "};
        int malformedSeen = 0;
        for (int round = 0; round < 3_000; round++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            out.write('x'); // no NUL among the first four bytes: that is a rule of its own, tested above
            int length = random.nextInt(1, 120);
            for (int k = 0; k < length; k++) {
                if (random.nextInt(40) == 0) {
                    out.write(random.nextInt(0x80, 0x100));
                } else {
                    out.writeBytes(pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8));
                }
            }
            byte[] bytes = out.toByteArray();
            long expected = jdkFirstMalformed(bytes);
            Utf8Input.MalformedUtf8Exception whole = catchThrowableOfType(Utf8Input.MalformedUtf8Exception.class,
                    () -> Utf8Input.check(bytes));
            if (expected < 0) {
                assertThat(whole).as("round %d", round).isNull();
            } else {
                malformedSeen++;
                assertThat(whole).as("round %d", round).isNotNull();
                assertThat(whole.problem().getArguments()).as("round %d", round).containsEntry("offset", expected);
            }
            java.io.InputStream chunked = Utf8Input.checking(new java.io.InputStream() {
                private int next;

                @Override
                public int read() {
                    return next < bytes.length ? bytes[next++] & 0xFF : -1;
                }

                @Override
                public int read(byte[] buffer, int from, int max) {
                    if (next >= bytes.length) {
                        return -1;
                    }
                    // short chunks cut sequences often; longer ones let the eight-byte step run up to a chunk's end
                    int n = Math.min(Math.min(max, bytes.length - next), random.nextInt(1, random.nextBoolean() ? 6 : 40));
                    System.arraycopy(bytes, next, buffer, from, n);
                    next += n;
                    return n;
                }
            });
            Utf8Input.MalformedUtf8Exception streamed = catchThrowableOfType(Utf8Input.MalformedUtf8Exception.class,
                    () -> chunked.readAllBytes());
            if (whole == null) {
                assertThat(streamed).as("round %d", round).isNull();
            } else {
                assertThat(streamed).as("round %d", round).isNotNull();
                DocumentProblem a = whole.problem();
                DocumentProblem b = streamed.problem();
                assertThat(b.getArguments()).as("round %d", round).isEqualTo(a.getArguments());
                assertThat(b.getLine()).as("round %d", round).isEqualTo(a.getLine());
                assertThat(b.getColumn()).as("round %d", round).isEqualTo(a.getColumn());
            }
        }
        assertThat(malformedSeen).as("the generator makes malformed input often enough").isGreaterThan(500);
    }

    /**
     * Runs of two-byte sequences are checked eight bytes at a time: every byte value put at every position of such
     * a run, at every alignment, is judged as the JDK's strict decoder judges it, at the same offset. This covers
     * the overlong leads C0 and C1, leads of longer sequences, stray continuations and a lead cut by the next lead.
     */
    @org.junit.jupiter.api.Test
    void everyByteAtEveryPlaceOfACyrillicRunIsJudgedAsTheJdkJudgesIt() {
        byte[] run = "xКара-Көл ЫссыкКөл Ош".getBytes(StandardCharsets.UTF_8);
        int checked = 0;
        for (int prefix = 0; prefix < 8; prefix++) {
            for (int at = 1; at < run.length; at++) {
                for (int value = 0x80; value <= 0xFF; value++) {
                    byte[] bytes = new byte[prefix + run.length];
                    java.util.Arrays.fill(bytes, 0, prefix, (byte) 'a');
                    System.arraycopy(run, 0, bytes, prefix, run.length);
                    bytes[prefix + at] = (byte) value;
                    long expected = jdkFirstMalformed(bytes);
                    Utf8Input.MalformedUtf8Exception e = catchThrowableOfType(Utf8Input.MalformedUtf8Exception.class,
                            () -> Utf8Input.check(bytes));
                    String where = String.format("prefix %d, byte 0x%02X at %d", prefix, value, at);
                    if (expected < 0) {
                        assertThat(e).as(where).isNull();
                    } else {
                        assertThat(e).as(where).isNotNull();
                        assertThat(e.problem().getArguments()).as(where).containsEntry("offset", expected);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).as("most replacements are malformed").isGreaterThan(10_000);
    }

    /** @return the offset of the first malformed sequence the JDK's decoder reports, or -1 */
    private static long jdkFirstMalformed(byte[] bytes) {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length * 2 + 4);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : -1;
    }
}
