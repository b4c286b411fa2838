package kg.kichi.core.internal;

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

    /**
     * Every punctuation set the model uses, and some it does not (non-ASCII marks, characters whose bit would be a
     * letter's or digit's in the other half of the set), on strings and other texts made of every ASCII character
     * and a few beyond.
     */
    @Test
    void tokensOnRandomTextsForManyPunctuationSets() {
        StringBuilder ascii = new StringBuilder();
        for (char c = 0; c < 128; c++) {
            ascii.append(c);
        }
        String alphabet = ascii + "\u00c1\u00e1\u0130\u2010\uff0d\u0660\u00a0é";
        Random random = new Random(12);
        for (String punctuation : new String[] {"._-", "._:-", "._:/-", "", "!`{@\u007f", "\u2010é", "0a"}) {
            for (int maxLength : new int[] {1, 3, 40}) {
                Pattern token = Pattern.compile("[A-Za-z0-9][A-Za-z0-9" + escaped(punctuation) + "]{0," + (maxLength - 1)
                        + "}");
                for (int i = 0; i < 5_000; i++) {
                    StringBuilder text = new StringBuilder();
                    for (int n = random.nextInt(maxLength + 3); n > 0; n--) {
                        text.append(random.nextBoolean()
                                ? alphabet.charAt(random.nextInt(alphabet.length()))
                                : "aZ09._:/-".charAt(random.nextInt(9)));
                    }
                    boolean expected = token.matcher(text).matches();
                    assertThat(Tokens.isToken(text.toString(), maxLength, punctuation))
                            .as("'%s' %s %d", text, punctuation, maxLength).isEqualTo(expected);
                    assertThat(Tokens.isToken(text, maxLength, punctuation))
                            .as("'%s' %s %d", text, punctuation, maxLength).isEqualTo(expected);
                }
            }
        }
        assertThat(Tokens.isToken(null, 10, "-")).isFalse();
    }

    private static String escaped(String characters) {
        StringBuilder escaped = new StringBuilder();
        characters.chars().forEach(c -> escaped.append(String.format("\\u%04x", c)));
        return escaped.toString();
    }
}
