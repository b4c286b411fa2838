package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kg.kichi.core.validation.Messages;
import kg.kichi.json.stream.DocumentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Syntax problems keep the code {@code kichi.json.syntax}, say their {@link SyntaxKind} in {@code kind} and have a
 * message of their own in en, ru and ky that never shows Jackson's English text.
 */
class SyntaxMessagesTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale KY = Locale.forLanguageTag("ky");
    /** Latin words a Russian or Kyrgyz message may hold: names of the format and JSON's own literals. */
    private static final Pattern ALLOWED_LATIN = Pattern.compile("\\b(JSON|UTF-8|true|false|null)\\b");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");

    /** Broken document, kind, line, column, the kind's own argument (name=value) or "". */
    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                Arguments.of("{\n  \"id\": \"a\",\n}", SyntaxKind.UNEXPECTED_CHARACTER, 3, 1, "character=}"),
                Arguments.of("{\"id\": \"a\" \"title\": {}}", SyntaxKind.UNEXPECTED_CHARACTER, 1, 12, "character=\""),
                Arguments.of("{'id': 'a'}", SyntaxKind.UNEXPECTED_CHARACTER, 1, 2, "character='"),
                Arguments.of("{\"id\": \"a\",\n \"x\": [1 }", SyntaxKind.UNEXPECTED_CHARACTER, 2, 10, "character=}"),
                Arguments.of("{\"id\" \"a\"}", SyntaxKind.UNEXPECTED_CHARACTER, 1, 7, "character=\""),
                Arguments.of("{\"id\": \u0001}", SyntaxKind.UNEXPECTED_CHARACTER, 1, 8, "character=U+0001"),
                Arguments.of("{\"id\": \"a\"]", SyntaxKind.UNEXPECTED_CHARACTER, 1, 11, "character=]"),
                Arguments.of("{\"id\": // note\n\"a\"}", SyntaxKind.UNEXPECTED_CHARACTER, 1, 8, "character=/"),
                Arguments.of("{\n\"id\": \"abc", SyntaxKind.UNEXPECTED_END, 2, 11, ""),
                Arguments.of("{\"id\": \"a\",\n\"title\": {\"en\": \"t\"", SyntaxKind.UNEXPECTED_END, 2, 20, ""),
                Arguments.of("{\"id\":", SyntaxKind.UNEXPECTED_END, 1, 7, ""),
                Arguments.of("{\"organisations\": [{\"id\": \"o\",\n  ", SyntaxKind.UNEXPECTED_END, 2, 3, ""),
                Arguments.of("{\"x\":\n01}", SyntaxKind.INVALID_NUMBER, 2, 2, ""),
                Arguments.of("{\"x\": -}", SyntaxKind.INVALID_NUMBER, 1, 8, ""),
                Arguments.of("{\"x\": +1}", SyntaxKind.INVALID_NUMBER, 1, 8, ""),
                Arguments.of("{\"id\": \"a\\xb\"}", SyntaxKind.INVALID_ESCAPE, 1, 11, "character=x"),
                Arguments.of("{\"id\": \"\\u12g4\"}", SyntaxKind.INVALID_ESCAPE, 1, 13, "character=g"),
                Arguments.of("{\"id\": \"a\tb\"}", SyntaxKind.CONTROL_CHARACTER, 1, 10, "character=U+0009"),
                Arguments.of("{\"id\": \"a\nb\"}", SyntaxKind.CONTROL_CHARACTER, 1, 10, "character=U+000A"),
                Arguments.of("{\"x\": tru}", SyntaxKind.INVALID_TOKEN, 1, 7, "token=tru"),
                Arguments.of("{\"x\":\n  True}", SyntaxKind.INVALID_TOKEN, 2, 3, "token=True"),
                Arguments.of("{\"x\": NaN}", SyntaxKind.INVALID_TOKEN, 1, 10, "token=NaN"),
                Arguments.of("", SyntaxKind.EMPTY_DOCUMENT, 1, 1, ""),
                Arguments.of(" \n\t ", SyntaxKind.EMPTY_DOCUMENT, 1, 1, ""),
                Arguments.of("{\"id\": \"a\"}\n}", SyntaxKind.CONTENT_AFTER_DOCUMENT, 2, 1, ""),
                Arguments.of("{\"id\": \"a\"} x", SyntaxKind.CONTENT_AFTER_DOCUMENT, 1, 13, ""),
                Arguments.of("{\"id\": \"a\"}\n\n  {}", SyntaxKind.CONTENT_AFTER_DOCUMENT, 3, 3, ""));
    }

    @ParameterizedTest(name = "{1} at {2}:{3} in {0}")
    @MethodSource("brokenDocuments")
    void eachSyntaxErrorHasItsKindPositionAndLocalizedMessage(String json, SyntaxKind kind, int line, int column,
            String argument) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        List<List<DocumentProblem>> reads = List.of(problems(() -> KichiJson.read(json, Mode.STRICT)),
                problems(() -> KichiJson.reader().read(bytes)),
                problems(() -> KichiJson.read(new ByteArrayInputStream(bytes), Mode.LENIENT)),
                problems(() -> KichiJson.reader().stream(new ByteArrayInputStream(bytes), new DocumentHandler() {})));
        for (List<DocumentProblem> problems : reads) {
            DocumentProblem p = syntaxProblem(problems);
            assertThat(SyntaxKind.of(p)).as(json).isEqualTo(kind);
            assertThat(p.getArguments()).containsEntry("kind", kind.argument()).containsKey("detail");
            assertThat(p.getLine()).as("line of %s", json).isEqualTo(line);
            assertThat(p.getColumn()).as("column of %s", json).isEqualTo(column);
            if (!argument.isEmpty()) {
                String[] nameValue = argument.split("=", 2);
                assertThat(p.getArguments()).containsEntry(nameValue[0], nameValue[1]);
            }
            assertLocalized(p);
        }
    }

    @Test
    void invalidUtf8SaysTheByte() {
        byte[] middle = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        byte[] start = "{\n\"id\": \"a?\"}".getBytes(StandardCharsets.US_ASCII);
        start[10] = (byte) 0x80;
        for (byte[] bytes : new byte[][] {middle, start}) {
            for (List<DocumentProblem> problems : List.of(problems(() -> KichiJson.reader().read(bytes)),
                    problems(() -> KichiJson.read(new ByteArrayInputStream(bytes), Mode.STRICT)))) {
                DocumentProblem p = syntaxProblem(problems);
                assertThat(SyntaxKind.of(p)).isEqualTo(SyntaxKind.INVALID_UTF8);
                // the first byte of the malformed sequence (C3 needs a continuation byte, 28 is none) and its place
                assertThat(p.getArguments()).containsEntry("byte", bytes == middle ? "0xC3" : "0x80")
                        .containsEntry("offset", bytes == middle ? 7L : 10L);
                assertThat(p.getLine()).isEqualTo(bytes == middle ? 1 : 2);
                assertThat(p.getColumn()).isEqualTo(bytes == middle ? 8 : 9);
                assertThat(p.getMessage()).isEqualTo("the JSON is malformed: byte "
                        + p.getArguments().get("byte") + " is not valid UTF-8");
                assertLocalized(p);
            }
        }
    }

    @Test
    void thePointerIsKept() {
        String json = "{\"formatVersion\": \"1.0\", \"id\": \"d\", \"organisations\": [{\"id\": \"o\", \"name\": tru}]}";
        DocumentProblem p = syntaxProblem(problems(() -> KichiJson.read(json, Mode.STRICT)));
        assertThat(p.getPointer()).isEqualTo("/organisations/0/name");
        assertThat(SyntaxKind.of(p)).isEqualTo(SyntaxKind.INVALID_TOKEN);
    }

    @Test
    void messagesInTheThreeLanguages() {
        DocumentProblem p = syntaxProblem(problems(() -> KichiJson.read("{\"id\": \"a\",}", Mode.STRICT)));
        assertThat(p.getMessage()).isEqualTo("the JSON is malformed: unexpected character '}'");
        assertThat(p.getMessage(RU)).isEqualTo("ошибка синтаксиса JSON: неожиданный символ «}»");
        assertThat(p.getMessage(KY)).isEqualTo("JSON синтаксисинде ката бар: күтүлбөгөн «}» белгиси");
        assertThat(p.getArguments().get("detail")).asString().startsWith("Unexpected character ('}'");
        assertThat(p.toString()).contains("(line 1, column 12)", "kichi.json.syntax", "unexpected character '}'");
    }

    @Test
    void aSyntaxProblemWithoutAKnownKindHasTheGenericMessage() {
        for (Map<String, String> arguments : List.<Map<String, String>>of(Map.of(), Map.of("kind", "notAKind"),
                Map.of("detail", "x"))) {
            DocumentProblem p = DocumentProblem.at("", "kichi.json.syntax", arguments, 1, 1);
            assertThat(p.getMessage()).isEqualTo("the JSON is malformed");
            assertThat(p.getMessage(RU)).isEqualTo("ошибка синтаксиса JSON");
            assertThat(p.getMessage(KY)).isEqualTo("JSON синтаксисинде ката бар");
            assertThat(SyntaxKind.of(p)).isEqualTo(SyntaxKind.OTHER);
        }
        assertThat(SyntaxKind.of(DocumentProblem.of("", "kichi.json.type", Map.of("kind", "other")))).isNull();
        assertThat(DocumentProblem.of("", "kichi.json.null", Map.of("kind", "unexpectedEnd")).getMessage())
                .isEqualTo(Messages.format("kichi.json.null", Map.of(), Locale.ENGLISH));
    }

    @ParameterizedTest
    @EnumSource(SyntaxKind.class)
    void everyKindHasItsMessageInTheThreeLanguages(SyntaxKind kind) {
        for (String language : new String[] {"en", "ru", "ky"}) {
            assertThat(Messages.has(kind.messageKey(), language)).as("%s in %s", kind, language).isTrue();
        }
        assertThat(kind.messageKey()).isEqualTo("kichi.json.syntax." + kind.argument());
    }

    private static void assertLocalized(DocumentProblem p) {
        String detail = String.valueOf(p.getArguments().get("detail"));
        for (Locale locale : new Locale[] {Locale.ENGLISH, RU, KY}) {
            String message = p.getMessage(locale);
            assertThat(message).as("%s in %s", p, locale).doesNotContain(detail).doesNotContain("{")
                    .doesNotContain("kichi.");
        }
        for (Locale locale : new Locale[] {RU, KY}) {
            String message = ALLOWED_LATIN.matcher(p.getMessage(locale)).replaceAll("");
            for (String name : new String[] {"character", "token", "byte"}) {
                Object value = p.getArguments().get(name);
                if (value != null) {
                    message = message.replace(value.toString(), "");
                }
            }
            assertThat(LATIN.matcher(message).find()).as("Latin text in %s message: %s", locale, p.getMessage(locale))
                    .isFalse();
        }
    }

    private static DocumentProblem syntaxProblem(List<DocumentProblem> problems) {
        List<DocumentProblem> syntax = problems.stream().filter(p -> p.getCode().equals("kichi.json.syntax")).toList();
        assertThat(syntax).as("%s", problems).hasSize(1);
        return syntax.get(0);
    }

    private static List<DocumentProblem> problems(Runnable read) {
        InvalidDocumentException e = catchThrowableOfType(read::run, InvalidDocumentException.class);
        assertThat(e).as("the document is rejected").isNotNull();
        return e.getProblems();
    }
}
