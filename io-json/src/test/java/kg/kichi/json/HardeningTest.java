package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.json.stream.DocumentHandler;
import org.junit.jupiter.api.Test;

/** Hostile input ends in the typed error: no stack overflow, no number explosion, no escaping exception. */
class HardeningTest {
    @Test
    void hundredThousandNestedArraysAreALimitNotAStackOverflow() {
        String json = "{\"formatVersion\":\"1.0\",\"id\":\"d\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        for (ReadLimits limits : new ReadLimits[] {ReadLimits.defaults(),
            ReadLimits.defaults().withMaxNestingDepth(ReadLimits.MAX_NESTING_DEPTH)}) {
            assertThatThrownBy(() -> KichiJson.reader().withLimits(limits).withMode(Mode.LENIENT).read(json))
                    .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblems())
                            .extracting(DocumentProblem::getCode).containsExactly("kichi.json.limit"));
        }
        assertThatThrownBy(() -> ReadLimits.defaults().withMaxNestingDepth(ReadLimits.MAX_NESTING_DEPTH + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Objects with tens of thousands of members: repeats are found with hashing, so these read in linear time (a
     * quadratic scan took seconds for 20,000 names), and a repeat at the very end is still found.
     */
    @Test
    void objectsWithManyMembersAreReadAndTheirRepeatsFound() {
        StringBuilder unknown = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            unknown.append(",\"x").append(i).append("\":").append(i);
        }
        String organisation = "{\"id\":\"XI-KICHI-o\",\"name\":{\"en\":\"O\"},\"legalForm\":\"public-association\"" + unknown;
        String document = "{\"formatVersion\":\"1.0\",\"id\":\"d\",\"organisations\":[" + organisation + "}]}";
        Catalogue read = KichiJson.read(document, Mode.LENIENT);
        assertThat(read.getOrganisations().get(0).getExtensions()).hasSize(100_000).containsEntry("x99999", "99999");
        String repeated = "{\"formatVersion\":\"1.0\",\"id\":\"d\",\"organisations\":[" + organisation + ",\"x7\":1}]}";
        assertThatThrownBy(() -> KichiJson.read(repeated, Mode.LENIENT))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblems())
                        .extracting(DocumentProblem::getCode).containsExactly("kichi.json.duplicateKey"));

        StringBuilder languages = new StringBuilder();
        int count = 0;
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'z'; b++) {
                for (char c = 'a'; c <= 'z'; c++) {
                    languages.append(count++ == 0 ? "" : ",").append('"').append(a).append(b).append(c)
                            .append("\":\"t\"");
                }
            }
        }
        String title = "{" + languages + "}";
        Catalogue titled = KichiJson.read("{\"formatVersion\":\"1.0\",\"id\":\"d\",\"title\":" + title + "}",
                Mode.STRICT);
        assertThat(titled.getTitle().orElseThrow().getLanguages()).hasSize(26 * 26 * 26);
        assertThat(titled.getTitle().orElseThrow().get("kgz")).contains("t");
        assertThat(KichiJson.read(KichiJson.writeString(titled), Mode.STRICT)).isEqualTo(titled);
        assertThatThrownBy(() -> KichiJson.read("{\"formatVersion\":\"1.0\",\"id\":\"d\",\"title\":{" + languages
                + ",\"kgz\":\"u\"}}", Mode.STRICT))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblems())
                        .extracting(DocumentProblem::getCode).containsExactly("kichi.json.duplicateKey"));
    }

    @Test
    void deeplyNestedExtensionsWithinTheLimitRoundTrip() {
        String nested = "[".repeat(490) + "1" + "]".repeat(490);
        String json = "{\"formatVersion\":\"1.0\",\"id\":\"d\",\"x\":" + nested + "}";
        Catalogue catalogue = KichiJson.reader().withLimits(ReadLimits.defaults().withMaxNestingDepth(ReadLimits.MAX_NESTING_DEPTH))
                .withMode(Mode.LENIENT).read(json);
        assertThat(catalogue.getExtensions()).containsEntry("x", nested);
    }

    @Test
    void hugeExponentsAreRejectedWithoutExpanding() {
        String json = "{\"formatVersion\":\"1.0\",\"id\":\"d\",\"calls\":[{\"id\":\"c\",\"project\":\"p\",\"title\":{\"en\":\"c\"},"
                + "\"envelope\":{\"amount\":1e999999999,\"currency\":\"KGS\"},\"plannedGrants\":1e3}]}";
        assertThatThrownBy(() -> KichiJson.read(json, Mode.STRICT))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblems())
                        .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                        .contains(tuple("/calls/0/envelope/amount", "kichi.json.number"),
                                tuple("/calls/0/plannedGrants", "kichi.json.type")));
    }

    @Test
    void oddLanguageKeysGetExactPointers() {
        String json = "{\"formatVersion\":\"1.0\",\"id\":\"d\",\"title\":{\"e.n/x\":\"t\"}}";
        assertThatThrownBy(() -> KichiJson.read(json, Mode.STRICT))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblems())
                        .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                        .containsExactly(tuple("/title/e.n~1x", "kichi.text.language")));
    }

    @Test
    void invalidUtf8AndControlCharactersAreSyntaxErrors() {
        byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThatThrownBy(() -> KichiJson.read(new ByteArrayInputStream(bad), Mode.STRICT))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblems())
                        .extracting(DocumentProblem::getCode, SyntaxKind::of)
                        .containsExactly(tuple("kichi.json.syntax", SyntaxKind.INVALID_UTF8)));
        assertThatThrownBy(() -> KichiJson.reader().stream(new ByteArrayInputStream(
                "{\"id\":\"a\u0001\"}".getBytes(StandardCharsets.UTF_8)), new DocumentHandler() {}))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblems())
                        .extracting(DocumentProblem::getCode, SyntaxKind::of)
                        .containsExactly(tuple("kichi.json.syntax", SyntaxKind.CONTROL_CHARACTER)));
    }

    @Test
    void limitsAndEncodingAreCheckedInsideValuesThatAreSkipped() {
        ReadLimits limits = ReadLimits.defaults().withMaxStringLength(100).withMaxNumberLength(50);
        String[] skipped = {"{\"formatVersion\":\"1.0\",\"id\":\"d\",\"x\":{\"y\":[%s]}}",
            "{\"formatVersion\":\"1.0\",\"id\":\"d\",\"organisations\":[{\"legalForm\":{\"y\":[%s]}}]}",
            "{\"formatVersion\":\"1.0\",\"id\":\"d\",\"organisations\":[{\"x\":{\"y\":[%s]}}]}"};
        for (String template : skipped) {
            for (String value : new String[] {"\"" + "s".repeat(200) + "\"", "1".repeat(80), "1." + "1".repeat(80)}) {
                String json = String.format(template, value);
                assertThatThrownBy(() -> KichiJson.reader().withLimits(limits).read(json)).as(json)
                        .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblems())
                                .extracting(DocumentProblem::getCode).contains("kichi.json.limit"));
            }
            byte[] bad = String.format(template, "\"\u00e9\"").getBytes(StandardCharsets.UTF_8);
            int at = indexOf(bad, (byte) 0xC3);
            bad[at + 1] = (byte) 0x28;
            assertThatThrownBy(() -> KichiJson.read(new ByteArrayInputStream(bad), Mode.STRICT)).as(template)
                    .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblems())
                            .extracting(DocumentProblem::getCode).contains("kichi.json.syntax"));
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new AssertionError();
    }

    @Test
    void extensionsThatAreNotJsonAreRefusedOnWriting() {
        Catalogue catalogue = Catalogue.builder().id("d").putExtension("x", "{not json").build();
        assertThatThrownBy(() -> KichiJson.writeString(catalogue)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"x\"");
        Catalogue twoValues = Catalogue.builder().id("d").putExtension("x", "1 2").build();
        assertThatThrownBy(() -> KichiJson.writeString(twoValues)).isInstanceOf(IllegalArgumentException.class);
    }
}
