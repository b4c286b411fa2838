package kg.kichi.core.text;

import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import kg.kichi.core.validation.InvalidModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalizedTextTest {
    private static final LocalizedText NAME = LocalizedText.of("ru", "ОО «Тынчтык»").with("en", "PA \"Tynchtyk\"")
            .with("ky", "«Тынчтык» КБ");

    @Test
    void keepsTextExactlyAndLanguagesInOrder() {
        assertThat(NAME.get("ru")).contains("ОО «Тынчтык»");
        assertThat(NAME.get("de")).isEmpty();
        assertThat(NAME.getLanguages()).containsExactly("en", "ky", "ru");
        assertThat(LocalizedText.of("en", "  padded ").get("en")).contains("  padded ");
        assertThat(NAME.with("en", "Peace").get("en")).contains("Peace");
        assertThat(NAME.get("en")).as("with() returns a copy").contains("PA \"Tynchtyk\"");
    }

    @Test
    void resolvesThePreferredLanguageThenTheFallbackChainThenAny() {
        assertThat(NAME.resolve("ky", "ru")).isEqualTo("«Тынчтык» КБ");
        assertThat(NAME.resolve("de", "ru")).isEqualTo("ОО «Тынчтык»");
        assertThat(NAME.resolve()).as("English first in the fallback").isEqualTo("PA \"Tynchtyk\"");
        assertThat(LocalizedText.of("ky", "Ынтымак").with("ru", "Согласие").resolve("de"))
                .as("ru before ky in the fallback").isEqualTo("Согласие");
        assertThat(LocalizedText.of("ky", "Ынтымак").resolve("en", "ru")).isEqualTo("Ынтымак");
        assertThat(LocalizedText.of("uz", "Birlik").with("de", "Einheit").resolve("fr"))
                .as("alphabetically first when no fallback language is present").isEqualTo("Einheit");
    }

    @Test
    void reportsEveryBadLanguageAndBlankTextTogether() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("RU", "Текст");
        texts.put("en", "   ");
        texts.put("k", "");
        texts.put("ky", null);
        texts.put("ru", "ok");
        assertRejected(() -> LocalizedText.of(texts)).containsExactlyInAnyOrder(
                violation("RU", "kichi.text.language"),
                violation("en", "kichi.text.blank"),
                violation("k", "kichi.text.language"),
                violation("k", "kichi.text.blank"));
        // "ky" -> null is "not given" (the null rule), left out rather than reported
    }

    @Test
    void rejectsNoLanguageAtAllAndLeavesOutANullLanguage() {
        assertRejected(() -> LocalizedText.of(Map.of())).containsExactly(violation("", "kichi.text.empty"));
        Map<String, String> nullKey = new HashMap<>();
        nullKey.put(null, "text");
        // a null language is "not given" (the null rule): the entry is left out, so there is no text at all
        assertRejected(() -> LocalizedText.of(nullKey)).containsExactly(violation("", "kichi.text.empty"));
        assertRejected(() -> LocalizedText.of("english", "x")).containsExactly(
                violation("english", "kichi.text.language"));
        assertRejected(() -> NAME.with("en", " ")).containsExactly(violation("en", "kichi.text.blank"));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void acceptsExactlyTheLanguageCodesOfTheDocumentedPattern(long seed) {
        Pattern documented = Pattern.compile("[a-z]{2,3}");
        String alphabet = "abyz`{AZ@[0ыé-";
        Random random = new Random(seed);
        int accepted = 0;
        for (int i = 0; i < 2_000; i++) {
            StringBuilder code = new StringBuilder();
            for (int n = random.nextInt(5); n > 0; n--) {
                code.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            boolean valid = documented.matcher(code).matches();
            accepted += valid ? 1 : 0;
            boolean built;
            try {
                built = LocalizedText.of(code.toString(), "text").get(code.toString()).isPresent();
            } catch (InvalidModelException e) {
                built = false;
            }
            assertThat(built).as("language %s", code).isEqualTo(valid);
        }
        assertThat(accepted).isPositive().isLessThan(2_000);
    }

    @Test
    void isImmutableAndCopiesItsInput() {
        Map<String, String> texts = new HashMap<>(Map.of("en", "Peace"));
        LocalizedText text = LocalizedText.of(texts);
        texts.put("ru", "Мир");
        texts.put("en", "War");
        assertThat(text.asMap()).containsExactly(Map.entry("en", "Peace"));
        assertThatThrownBy(() -> text.asMap().put("ky", "Тынчтык")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> text.getLanguages().remove("en")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalityIsByTexts() {
        LocalizedText a = LocalizedText.of("en", "Peace").with("ru", "Мир");
        LocalizedText b = LocalizedText.of(Map.of("ru", "Мир", "en", "Peace"));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(LocalizedText.of("en", "Peace"))
                .isNotEqualTo(LocalizedText.of("en", "peace").with("ru", "Мир"));
        assertThat(a.toString()).contains("en=Peace").contains("ru=Мир");
    }
}
