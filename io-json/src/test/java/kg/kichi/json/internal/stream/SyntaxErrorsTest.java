package kg.kichi.json.internal.stream;

import static org.assertj.core.api.Assertions.assertThat;

import kg.kichi.json.SyntaxKind;
import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.StreamReadException;

class SyntaxErrorsTest {
    @Test
    void anUnknownMessageIsOtherAndKeepsItsDetail() {
        StreamReadException e = new StreamReadException(null, "Some future complaint of Jackson's");
        assertThat(SyntaxErrors.arguments(e)).containsExactly(
                java.util.Map.entry("kind", SyntaxKind.OTHER.argument()),
                java.util.Map.entry("detail", "Some future complaint of Jackson's"));
    }

    @Test
    void aKnownStartWithoutTheCharacterIsOtherNotAGuess() {
        assertThat(SyntaxErrors.arguments(new StreamReadException(null, "Unexpected character: who knows")))
                .containsEntry("kind", "other");
        assertThat(SyntaxErrors.arguments(new StreamReadException(null, "Unrecognized character escape")))
                .containsEntry("kind", "other");
        assertThat(SyntaxErrors.arguments(new StreamReadException(null, "Invalid UTF-8")))
                .containsEntry("kind", "invalidUtf8").containsEntry("byte", "?");
    }

    @Test
    void theEndOfInputIsKnownByItsClassOrItsText() {
        assertThat(SyntaxErrors.arguments(new StreamReadException(null,
                "Unexpected end-of-input within/between Object entries"))).containsEntry("kind", "unexpectedEnd");
        assertThat(SyntaxErrors.arguments(new tools.jackson.core.exc.UnexpectedEndOfInputException(null, null,
                "whatever"))).containsEntry("kind", "unexpectedEnd");
    }

    @Test
    void longDetailsAndTokensAreShortened() {
        String token = "x".repeat(300);
        var arguments = SyntaxErrors.arguments(new StreamReadException(null, "Unrecognized token '" + token
                + "': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"));
        assertThat(arguments).containsEntry("kind", "invalidToken").containsEntry("token", "x".repeat(40) + "…");
        assertThat(arguments.get("detail").toString()).hasSize(201).endsWith("…");
    }

    @Test
    void invisibleCharactersAreShownByTheirCode() {
        assertThat(SyntaxErrors.display('}')).isEqualTo("}");
        assertThat(SyntaxErrors.display('é')).isEqualTo("é");
        assertThat(SyntaxErrors.display('ж')).isEqualTo("ж");
        assertThat(SyntaxErrors.display(0x1F600)).isEqualTo("\uD83D\uDE00");
        assertThat(SyntaxErrors.display(0)).isEqualTo("U+0000");
        assertThat(SyntaxErrors.display('\n')).isEqualTo("U+000A");
        assertThat(SyntaxErrors.display(' ')).isEqualTo("U+0020");
        assertThat(SyntaxErrors.display(0xA0)).isEqualTo("U+00A0");
        assertThat(SyntaxErrors.display(0xFEFF)).isEqualTo("U+FEFF");
        assertThat(SyntaxErrors.display(0xD800)).isEqualTo("U+D800");
        assertThat(SyntaxErrors.display(0x7F)).isEqualTo("U+007F");
    }
}
