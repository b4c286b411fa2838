package kg.kichi.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Tokens} against the range tests and regular expressions it stands for. */
class TokensTest {
    @Test
    void letterOrDigitOnEveryCharacter() {
        for (int c = 0; c <= 0xFFFF; c++) {
            boolean expected = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            assertThat(Tokens.isAsciiLetterOrDigit((char) c)).as("U+%04X", c).isEqualTo(expected);
        }
    }

    @Test
    void tokensOnRandomTexts() {
        Pattern identifier = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,19}");
        String alphabet = "aZ09._:/-@ \u0430\u00e9\u0660\uff10AzZz";
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(23); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Tokens.isToken(text, 20, "._:/-")).as(text.toString())
                    .isEqualTo(identifier.matcher(text).matches());
        }
    }
}
