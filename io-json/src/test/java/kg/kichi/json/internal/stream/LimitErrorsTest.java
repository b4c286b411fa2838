package kg.kichi.json.internal.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import org.junit.jupiter.api.Test;

class LimitErrorsTest {
    private static final StreamReadConstraints SMALL = StreamReadConstraints.builder().maxNestingDepth(3)
            .maxNumberLength(4).maxStringLength(5).maxNameLength(6).maxDocumentLength(7).maxTokenCount(8).build();

    @Test
    void jacksonsOwnErrorsAreSortedWithTheirNumbers() {
        assertThat(arguments(() -> SMALL.validateNestingDepth(4))).containsEntry("limit", "nestingDepth")
                .containsEntry("value", 4L).containsEntry("maximum", 3L);
        assertThat(arguments(() -> SMALL.validateIntegerLength(9))).containsEntry("limit", "numberLength")
                .containsEntry("value", 9L).containsEntry("maximum", 4L);
        assertThat(arguments(() -> SMALL.validateFPLength(9))).containsEntry("limit", "numberLength");
        assertThat(arguments(() -> SMALL.validateStringLength(6))).containsEntry("limit", "stringLength")
                .containsEntry("maximum", 5L);
        assertThat(arguments(() -> SMALL.validateNameLength(7))).containsEntry("limit", "nameLength")
                .containsEntry("maximum", 6L);
        assertThat(arguments(() -> SMALL.validateDocumentLength(8))).containsEntry("limit", "documentLength")
                .containsEntry("value", 8L).containsEntry("maximum", 7L);
    }

    @Test
    void limitsReadLimitsDoesNotSetAreOther() {
        Map<String, Object> tokens = arguments(() -> SMALL.validateTokenCount(9));
        assertThat(tokens).containsOnlyKeys("limit", "detail").containsEntry("limit", "other");
        assertThat(tokens.get("detail")).asString().startsWith("Token count (9) exceeds");
        assertThat(arguments(() -> SMALL.validateBigIntegerScale(1_000_000))).containsEntry("limit", "other");
    }

    @Test
    void jacksonsNameTableGuardHasItsOwnKind() {
        for (String message : new String[] {"Spill-over slots in symbol table with 16384 entries, hash area of 32768"
                + " slots is now full (all 256 slots -- suspect a DoS attack based on hash collisions.",
            "Longest collision chain in symbol table (of size 4096) now exceeds maximum, 256 -- suspect a DoS attack"}) {
            Map<String, Object> arguments = LimitErrors.arguments(new StreamConstraintsException(message), SMALL);
            assertThat(arguments).containsEntry("limit", "nameTable").doesNotContainKey("maximum");
        }
    }

    @Test
    void anUnknownMessageIsOtherAndKeepsItsDetail() {
        assertThat(LimitErrors.arguments(new StreamConstraintsException("Some future limit (3) exceeded"), SMALL))
                .containsExactly(Map.entry("limit", "other"), Map.entry("detail", "Some future limit (3) exceeded"));
    }

    @Test
    void aKnownLimitWithoutItsMaximumInTheTextTakesTheParsersOrIsOther() {
        StreamConstraintsException e = new StreamConstraintsException("Document nesting depth is too much");
        assertThat(LimitErrors.arguments(e, SMALL)).containsExactly(Map.entry("limit", "nestingDepth"),
                Map.entry("maximum", 3L), Map.entry("detail", "Document nesting depth is too much"));
        assertThat(LimitErrors.arguments(e, null)).containsEntry("limit", "other").doesNotContainKey("maximum");
        assertThat(LimitErrors.arguments(new StreamConstraintsException("Document length: too long"),
                StreamReadConstraints.defaults())).containsEntry("limit", "other");
    }

    @Test
    void longDetailsAreShortened() {
        String message = "String value length (9) exceeds the maximum allowed (5, from " + "x".repeat(300) + ")";
        Map<String, Object> arguments = LimitErrors.arguments(new StreamConstraintsException(message), null);
        assertThat(arguments).containsEntry("limit", "stringLength").containsEntry("maximum", 5L);
        assertThat(arguments.get("detail").toString()).hasSize(201).endsWith("…");
    }

    private static Map<String, Object> arguments(Runnable check) {
        StreamConstraintsException e = catchThrowableOfType(check::run, StreamConstraintsException.class);
        assertThat(e).isNotNull();
        return LimitErrors.arguments(e, SMALL);
    }
}
