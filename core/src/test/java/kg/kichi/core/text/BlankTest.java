package kg.kichi.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link LocalizedText#isBlank} answers as {@link String#isBlank()}. */
class BlankTest {
    @Test
    void noCharacterOfTheFastRangeIsWhiteSpace() {
        for (char c = '\u0021'; c < '\u1680'; c++) {
            assertThat(Character.isWhitespace(c)).as("U+%04X", (int) c).isFalse();
        }
    }

    @Test
    void agreesWithStringIsBlankOnEveryFirstCharacter() {
        Random random = new Random(7);
        String[] tails = {"", " ", "a", "\u2003", "\u00a0", "Нарын", "\ud83d\ude00", "\t\n"};
        for (int c = 0; c <= 0xFFFF; c++) {
            String text = (char) c + tails[random.nextInt(tails.length)];
            assertThat(LocalizedText.isBlank(text)).as("U+%04X", c).isEqualTo(text.isBlank());
        }
        for (String text : new String[] {"", " ", "\u2003\u3000", "\ud83d\ude00", " Нарын", "Нарын", "\u1680"}) {
            assertThat(LocalizedText.isBlank(text)).as(text).isEqualTo(text.isBlank());
        }
    }
}
