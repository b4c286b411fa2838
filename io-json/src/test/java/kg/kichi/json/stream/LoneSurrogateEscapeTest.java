package kg.kichi.json.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.json.KichiJson;
import org.junit.jupiter.api.Test;

/**
 * What {@link SurrogateSafeGenerator} writes for a text with a lone surrogate: the surrogate as an escape, and
 * in a string or a member name also the quote, the backslash and the controls, as JSON requires; a raw value
 * keeps its own quoting and only its lone surrogates are escaped; a well-formed pair stays the character.
 */
class LoneSurrogateEscapeTest {
    /** A name with a lone high surrogate, a quote, a backslash, a control, a well-formed pair and a lone low one. */
    private static final String NAME = "x-\uD800\"\\\u0001\uD83D\uDE00\uDC00";
    /** The name as JSON text, written by hand. */
    private static final String NAME_JSON = "\"x-\\uD800\\\"\\\\\\u0001\uD83D\uDE00\\uDC00\"";
    /** A raw value: a JSON string holding a lone low surrogate, a quote already escaped, and a pair. */
    private static final String RAW = "[\"a\uDC00\\\"\", \"\uD83D\uDE00\"]";
    private static final String RAW_JSON = "[\"a\\uDC00\\\"\", \"\uD83D\uDE00\"]";

    private static final String EXPECTED = "{\n"
            + "  \"formatVersion\": \"1.0\",\n"
            + "  \"id\": \"d\",\n"
            + "  \"title\": {\n"
            + "    \"en\": \"a\\uDBFF\\\"\\\\\\u001F\"\n"
            + "  },\n"
            + "  " + NAME_JSON + ": " + RAW_JSON + "\n"
            + "}\n";

    @Test
    void theStreamWriterEscapesNamesStringsAndRawValues() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DocumentWriter out = KichiJson.writer(bytes)
                .start("d", LocalizedText.of("en", "a\uDBFF\"\\\u001F"), null)) {
            out.extensions(Map.of(NAME, RAW));
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(EXPECTED);
    }

    @Test
    void theTextWriterEscapesTheSame() {
        Catalogue catalogue = Catalogue.builder().id("d").title(LocalizedText.of("en", "a\uDBFF\"\\\u001F"))
                .putExtension(NAME, RAW).build();
        assertThat(KichiJson.writeString(catalogue)).isEqualTo(EXPECTED);
    }

    @Test
    void findsTheFirstLoneSurrogateFromAPlace() {
        assertThat(SurrogateSafeGenerator.loneSurrogateAt("ab\uD83D\uDE00c", 0)).isEqualTo(-1);
        assertThat(SurrogateSafeGenerator.loneSurrogateAt("a\uD800", 0)).isEqualTo(1);
        assertThat(SurrogateSafeGenerator.loneSurrogateAt("\uDC00a\uDC00", 1)).isEqualTo(2);
        // a high surrogate at the end has no partner; a low one before a high one is not a pair
        assertThat(SurrogateSafeGenerator.loneSurrogateAt("\uD83D\uDE00\uD83D", 0)).isEqualTo(2);
        assertThat(SurrogateSafeGenerator.loneSurrogateAt("\uDE00\uD83D", 0)).isEqualTo(0);
        assertThat(SurrogateSafeGenerator.escape("\uD83D\uD83D\uDE00", false)).isEqualTo("\\uD83D\uD83D\uDE00");
        assertThat(SurrogateSafeGenerator.escape("\"\\\n\uDE00", false)).isEqualTo("\"\\\n\\uDE00");
        assertThat(SurrogateSafeGenerator.escape(" \u007F\uDE00", true)).isEqualTo(" \u007F\\uDE00");
    }

    /**
     * A text longer than the generators' buffers (8,000 bytes or 4,000 characters) does not fit where it is
     * copied: it is written whole all the same, by both writers.
     */
    @Test
    void aLongTextWithALoneSurrogateIsWrittenWhole() {
        String longText = "ы".repeat(9_000) + "\uD800";
        String name = "x-" + "n".repeat(9_000) + "\uDC00";
        String expected = "{\n"
                + "  \"formatVersion\": \"1.0\",\n"
                + "  \"id\": \"d\",\n"
                + "  \"title\": {\n"
                + "    \"en\": \"" + "ы".repeat(9_000) + "\\uD800\"\n"
                + "  },\n"
                + "  \"x-" + "n".repeat(9_000) + "\\uDC00\": 1\n"
                + "}\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DocumentWriter out = KichiJson.writer(bytes).start("d", LocalizedText.of("en", longText), null)) {
            out.extensions(Map.of(name, "1"));
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(KichiJson.writeString(Catalogue.builder().id("d").title(LocalizedText.of("en", longText))
                .putExtension(name, "1").build())).isEqualTo(expected);
    }

    @Test
    void theGeneratorReturnsItselfForChaining() {
        java.io.StringWriter text = new java.io.StringWriter();
        try (tools.jackson.core.JsonGenerator plain = KichiJson.mapper().createGenerator(text);
                SurrogateSafeGenerator out = new SurrogateSafeGenerator(plain)) {
            out.writeStartObject();
            assertThat(out.writeName("a")).isSameAs(out);
            assertThat(out.writeString("b")).isSameAs(out);
            assertThat(out.writeName("\uD800")).isSameAs(out);
            assertThat(out.writeString("\uDC00")).isSameAs(out);
            assertThat(out.writeName("c")).isSameAs(out);
            assertThat(out.writeRawValue("[\"\uDC00\"]")).isSameAs(out);
            assertThat(out.writeName("d")).isSameAs(out);
            assertThat(out.writeRawValue("2")).isSameAs(out);
            out.writeEndObject();
        }
        assertThat(text.toString()).isEqualTo("{\"a\":\"b\",\"\\uD800\":\"\\uDC00\",\"c\":[\"\\uDC00\"],\"d\":2}");
    }
}
