package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import kg.kichi.core.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * Whatever the reader accepts, the writer writes: a lone surrogate (written {@code \ud800} in JSON) in an unknown
 * member's value, or in a text of the model, made {@code KichiJson.write} throw
 * {@code Incomplete surrogate pair} after part of the output was written, and {@code writeString} put the bare
 * code unit in its text. Both now write the escape, and the document reads back equal.
 */
class LoneSurrogateWritingTest {
    private static final String DOCUMENT = "{\"formatVersion\":\"1.0\",\"id\":\"d\","
            + "\"title\":{\"en\":\"T \\ud800 x \\udc00\\ud83d\\ude00\"},"
            + "\"x-lone\":{\"a\":[\"\\ud800\",\"ok \\ud83d\\ude00\"]},"
            + "\"organisations\":[{\"id\":\"XI-KICHI-a\",\"name\":{\"en\":\"A\\udbff\"},\"legalForm\":\"other\","
            + "\"x\":\"\\udc01\"}]}";

    @Test
    void aLenientlyReadDocumentWithLoneSurrogatesIsWrittenAndReadBack() {
        Catalogue read = KichiJson.read(DOCUMENT, Mode.LENIENT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        KichiJson.write(read, bytes);
        String utf8 = bytes.toString(StandardCharsets.UTF_8);
        assertThat(utf8).contains("\\uD800", "\\uDC00", "\\uDC01", "\\uDBFF").doesNotContain("\uFFFD");
        assertThat(KichiJson.read(utf8, Mode.LENIENT)).isEqualTo(read);

        String text = KichiJson.writeString(read);
        assertThat(text).isEqualTo(utf8);
        assertThat(text.codePoints().filter(c -> Character.isSurrogate((char) c) && c <= 0xFFFF)).isEmpty();
        // a well-formed pair (😀) is written as the character, not escaped
        assertThat(text).contains("\uD83D\uDE00");
    }

    @Test
    void aLoneSurrogateInAMemberNameIsASyntaxProblem() {
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(InvalidDocumentException.class,
                () -> KichiJson.read("{\"formatVersion\":\"1.0\",\"id\":\"d\",\"x\\udfff\":1}", Mode.LENIENT))
                .getProblems()).extracting(DocumentProblem::getCode).containsExactly("kichi.json.syntax");
    }
}
