package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kg.kichi.core.validation.Messages;
import kg.kichi.json.stream.DocumentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Limit problems keep the code {@code kichi.json.limit}, say which limit in {@code limit} ({@link LimitKind}) with
 * its {@code maximum}, and have a message of their own in en, ru and ky that never shows Jackson's English text.
 */
class LimitMessagesTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale KY = Locale.forLanguageTag("ky");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"d\",";

    /**
     * Limits, document, limit, maximum, value, pointer, line, column: the same through every reading API. The
     * position is just after what was too much: the opening bracket too deep, the number, the closing quote of the
     * string or the name ({@code formatVersion} itself, in the last one).
     */
    static Stream<Arguments> documentsBeyondALimit() {
        return Stream.of(
                Arguments.of(ReadLimits.defaults().withMaxNestingDepth(3), HEAD + "\n\"x\": {\"y\": [[1]]}}",
                        LimitKind.NESTING_DEPTH, 3L, 4L, "/x/y/0", 2, 14),
                Arguments.of(ReadLimits.defaults().withMaxNestingDepth(5),
                        HEAD + "\"organisations\": [{\"id\": \"o\", \"x\": [[[[1]]]]}]}",
                        LimitKind.NESTING_DEPTH, 5L, 6L, "/organisations/0/x/0/0", 1, 71),
                Arguments.of(ReadLimits.defaults().withMaxNumberLength(5), HEAD + "\n\"x\": {\"y\": [1, 1234567]}}",
                        LimitKind.NUMBER_LENGTH, 5L, 7L, "/x/y/1", 2, 23),
                Arguments.of(ReadLimits.defaults().withMaxNumberLength(5), HEAD + "\n\"x\": {\"y\": [1, 1.234567]}}",
                        LimitKind.NUMBER_LENGTH, 5L, 7L, "/x/y/1", 2, 24),
                Arguments.of(ReadLimits.defaults().withMaxStringLength(10),
                        HEAD + "\n\"x\": {\"y\": [\"a\", \"" + "s".repeat(30) + "\"]}}",
                        LimitKind.STRING_LENGTH, 10L, 30L, "/x/y/1", 2, 50),
                Arguments.of(ReadLimits.defaults().withMaxStringLength(10),
                        HEAD + "\"title\": {\"en\": \"" + "t".repeat(11) + "\"}}",
                        LimitKind.STRING_LENGTH, 10L, 11L, "/title/en", 1, 62),
                Arguments.of(ReadLimits.defaults().withMaxNameLength(13), HEAD + "\n\"x\": {\"" + "n".repeat(30)
                        + "\": 1}}", LimitKind.NAME_LENGTH, 13L, 30L, "/x", 2, 39),
                Arguments.of(ReadLimits.defaults().withMaxNameLength(5), HEAD + "\"x\": {}}",
                        LimitKind.NAME_LENGTH, 5L, 13L, "", 1, 17));
    }

    @ParameterizedTest(name = "{2} in {1}")
    @MethodSource("documentsBeyondALimit")
    void eachLimitHasItsMaximumPositionAndLocalizedMessage(ReadLimits limits, String json, LimitKind limit,
            long maximum, long value, String pointer, int line, int column) {
        for (DocumentProblem p : readsThroughEveryApi(limits, json)) {
            assertThat(LimitKind.of(p)).as(json).isEqualTo(limit);
            assertThat(p.getArguments()).containsEntry("limit", limit.argument()).containsEntry("maximum", maximum)
                    .containsEntry("value", value).containsKey("detail");
            assertThat(p.getPointer()).as("pointer of %s", json).isEqualTo(pointer);
            assertThat(p.getLine()).as("line of %s", json).isEqualTo(line);
            assertThat(p.getColumn()).as("column of %s", json).isEqualTo(column);
            assertLocalized(p);
        }
    }

    /**
     * Text and bytes are known whole, so a document beyond the length limit is refused before it is read; a stream
     * is refused when the parser loads more input (here at its end, the document fitting one buffer), after the
     * problems of what was read.
     */
    @Test
    void aDocumentBeyondTheLengthLimit() {
        ReadLimits limits = ReadLimits.defaults().withMaxDocumentLength(40);
        String json = HEAD + "\n\"x\": {\"y\": [\"a\", \"" + "s".repeat(30) + "\"]}}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        KichiReader reader = KichiJson.reader().withLimits(limits);
        List<List<DocumentProblem>> reads = List.of(problems(() -> reader.read(json)),
                problems(() -> reader.read(bytes)), problems(() -> reader.read(new ByteArrayInputStream(bytes))),
                problems(() -> reader.stream(new ByteArrayInputStream(bytes), new DocumentHandler() {})));
        for (int i = 0; i < reads.size(); i++) {
            DocumentProblem p = limitProblem(reads.get(i));
            assertThat(LimitKind.of(p)).isEqualTo(LimitKind.DOCUMENT_LENGTH);
            assertThat(p.getArguments()).containsEntry("limit", "documentLength").containsEntry("maximum", 40L)
                    .containsEntry("value", (long) bytes.length);
            assertThat(p.getPointer()).isEmpty();
            if (i < 2) {
                assertThat(reads.get(i)).containsExactly(p);
                assertThat(List.of(p.getLine(), p.getColumn())).isEqualTo(List.of(1, 1));
            } else {
                assertThat(p.getLine()).isEqualTo(2);
                // Jackson checks a stream's length when it loads more input, here at its end; the column it then
                // gives (138) runs past the line's end, so only its sign is asserted
                assertThat(p.getColumn()).isPositive();
            }
            assertThat(p.getMessage()).isEqualTo("the document exceeds a reading limit: the document is too long "
                    + "(at most 40 bytes are allowed, or characters when it is read as text)");
            assertLocalized(p);
        }
    }

    @Test
    void everyLimitOfReadLimitsIsCovered() {
        Set<LimitKind> covered = documentsBeyondALimit().map(a -> (LimitKind) a.get()[2])
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LimitKind.class)));
        covered.add(LimitKind.DOCUMENT_LENGTH);
        // the bounds on what a read keeps are covered by BoundedReadTest, Jackson's name table by LimitErrorsTest
        covered.addAll(EnumSet.of(LimitKind.NAME_TABLE, LimitKind.ID_LENGTH, LimitKind.EXTENSION_LENGTH,
                LimitKind.FORWARD_REFERENCES));
        assertThat(covered).isEqualTo(EnumSet.complementOf(EnumSet.of(LimitKind.OTHER)));
    }

    @Test
    void messagesInTheThreeLanguages() {
        String json = HEAD + "\"x\": [[[[1]]]]}";
        DocumentProblem p = limitProblem(problems(() -> KichiJson.reader()
                .withLimits(ReadLimits.defaults().withMaxNestingDepth(3)).read(json)));
        assertThat(p.getMessage()).isEqualTo("the document exceeds a reading limit: arrays and objects are nested too "
                + "deeply (at most 3 levels are allowed)");
        assertThat(p.getMessage(RU)).isEqualTo("документ превышает ограничение при чтении: массивы и объекты вложены "
                + "друг в друга слишком глубоко (допустимая глубина вложенности — 3)");
        assertThat(p.getMessage(KY)).isEqualTo("документ окуу чегинен ашып кетти: массивдер менен объекттер "
                + "бири-бирине өтө терең салынган (салынуу тереңдиги 3 деңгээлден ашпашы керек)");
        assertThat(p.getArguments().get("detail")).asString().startsWith("Document nesting depth (4) exceeds");
        assertThat(p.toString()).contains("kichi.json.limit", "nested too deeply").doesNotContain("StreamReadConstraints");

        DocumentProblem number = limitProblem(problems(() -> KichiJson.reader()
                .withLimits(ReadLimits.defaults().withMaxNumberLength(4)).read(HEAD + "\"x\": 123456}")));
        assertThat(number.getMessage()).isEqualTo(
                "the document exceeds a reading limit: a number is too long (at most 4 characters are allowed)");
        assertThat(number.getMessage(RU)).isEqualTo(
                "документ превышает ограничение при чтении: число слишком длинное (допустимо не более 4 симв.)");
        assertThat(number.getMessage(KY)).isEqualTo(
                "документ окуу чегинен ашып кетти: сан өтө узун (4 белгиден ашпашы керек)");
    }

    @Test
    void theDefaultLimitsAreNamedToo() {
        String json = HEAD + "\"x\": " + "[".repeat(100) + "]".repeat(100) + "}";
        DocumentProblem p = limitProblem(problems(() -> KichiJson.read(json, Mode.LENIENT)));
        assertThat(LimitKind.of(p)).isEqualTo(LimitKind.NESTING_DEPTH);
        assertThat(p.getArguments()).containsEntry("maximum", (long) ReadLimits.defaults().getMaxNestingDepth());
        assertThat(p.getMessage(RU)).contains("— 64)");
    }

    @Test
    void aLimitProblemWithoutAKnownLimitHasTheGenericMessage() {
        for (Map<String, ?> arguments : List.<Map<String, ?>>of(Map.of(), Map.of("limit", "tokenCount"),
                Map.of("detail", "Token count (3) exceeds the maximum allowed (2)"), Map.of("limit", "other"))) {
            DocumentProblem p = DocumentProblem.at("", "kichi.json.limit", arguments, 1, 1);
            assertThat(p.getMessage()).isEqualTo("the document exceeds a reading limit");
            assertThat(p.getMessage(RU)).isEqualTo("документ превышает ограничение при чтении");
            assertThat(p.getMessage(KY)).isEqualTo("документ окуу чегинен ашып кетти");
            assertThat(LimitKind.of(p)).isEqualTo(LimitKind.OTHER);
        }
        assertThat(LimitKind.of(DocumentProblem.of("", "kichi.json.syntax", Map.of("limit", "nestingDepth"))))
                .isNull();
        assertThat(SyntaxKind.of(DocumentProblem.of("", "kichi.json.limit", Map.of("kind", "unexpectedEnd"))))
                .isNull();
        assertThat(DocumentProblem.of("", "kichi.json.syntax", Map.of("limit", "nestingDepth")).getMessage())
                .isEqualTo("the JSON is malformed");
        assertThat(DocumentProblem.of("", "kichi.json.limit", Map.of("kind", "unexpectedEnd")).getMessage())
                .isEqualTo("the document exceeds a reading limit");
    }

    @ParameterizedTest
    @EnumSource(LimitKind.class)
    void everyLimitHasItsMessageInTheThreeLanguages(LimitKind limit) {
        for (String language : new String[] {"en", "ru", "ky"}) {
            assertThat(Messages.has(limit.messageKey(), language)).as("%s in %s", limit, language).isTrue();
            String message = Messages.format(limit.messageKey(), Map.of("maximum", 1234L), Locale.forLanguageTag(
                    language));
            if (limit == LimitKind.OTHER || limit == LimitKind.NAME_TABLE) { // neither has a maximum of its own
                assertThat(message).doesNotContain("1234");
            } else {
                assertThat(message).contains("1234");
            }
        }
        assertThat(limit.messageKey()).isEqualTo("kichi.json.limit." + limit.argument());
    }

    private static List<DocumentProblem> readsThroughEveryApi(ReadLimits limits, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        KichiReader reader = KichiJson.reader().withLimits(limits);
        return Stream.of(problems(() -> reader.read(json)), problems(() -> reader.read(bytes)),
                problems(() -> reader.withMode(Mode.LENIENT).read(new ByteArrayInputStream(bytes))),
                problems(() -> reader.stream(new ByteArrayInputStream(bytes), new DocumentHandler() {})))
                .map(LimitMessagesTest::limitProblem).toList();
    }

    private static void assertLocalized(DocumentProblem p) {
        String detail = String.valueOf(p.getArguments().get("detail"));
        assertThat(detail).contains("exceeds the maximum allowed");
        for (Locale locale : new Locale[] {Locale.ENGLISH, RU, KY}) {
            String message = p.getMessage(locale);
            assertThat(message).as("%s in %s", p, locale).doesNotContain(detail).doesNotContain("{")
                    .doesNotContain("kichi.").doesNotContain("StreamReadConstraints")
                    .contains(p.getArguments().get("maximum").toString());
        }
        for (Locale locale : new Locale[] {RU, KY}) {
            assertThat(LATIN.matcher(p.getMessage(locale)).find())
                    .as("Latin text in %s message: %s", locale, p.getMessage(locale)).isFalse();
        }
    }

    private static DocumentProblem limitProblem(List<DocumentProblem> problems) {
        List<DocumentProblem> limit = problems.stream().filter(p -> p.getCode().equals("kichi.json.limit")).toList();
        assertThat(limit).as("%s", problems).hasSize(1);
        assertThat(problems.get(problems.size() - 1)).as("the limit ends the read").isEqualTo(limit.get(0));
        return limit.get(0);
    }

    private static List<DocumentProblem> problems(Runnable read) {
        InvalidDocumentException e = catchThrowableOfType(read::run, InvalidDocumentException.class);
        assertThat(e).as("the document is rejected").isNotNull();
        return e.getProblems();
    }
}
