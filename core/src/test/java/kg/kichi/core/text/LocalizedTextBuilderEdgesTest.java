package kg.kichi.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * The builder's paths that the seeded comparison with {@link LocalizedText#of(Map)} reaches only by chance (and not
 * at all with the few seeds of a mutation-testing run): more languages than it scans linearly, languages given out
 * of order, and bad ones, each with its outcome written out by hand.
 */
class LocalizedTextBuilderEdgesTest {
    private static final List<String> LANGUAGES = List.of("uz", "tr", "ru", "ky", "kk", "fr", "en", "de", "ar", "ab");

    @Test
    void manyLanguagesOutOfOrderAreSortedAndARepeatReplacesItsText() {
        LocalizedText.Builder builder = LocalizedText.builder();
        for (String language : LANGUAGES) { // ten, past the eight scanned linearly, in reverse order
            builder.put(language, "text " + language);
        }
        builder.put("ab", "replaced ab").put("uz", "replaced uz").put("kk", "replaced kk");
        assertThat(builder.contains("ab")).isTrue();
        assertThat(builder.contains("fr")).isTrue();
        assertThat(builder.contains("es")).isFalse();
        LocalizedText text = builder.build();
        assertThat(text.getLanguages()).containsExactly("ab", "ar", "de", "en", "fr", "kk", "ky", "ru", "tr", "uz");
        assertThat(text.get("ab")).contains("replaced ab");
        assertThat(text.get("uz")).contains("replaced uz");
        assertThat(text.get("kk")).contains("replaced kk");
        assertThat(text.get("fr")).contains("text fr");
        assertThat(text.asMap()).hasSize(10);
    }

    @Test
    void threeLanguagesInOrderAreKeptAsGiven() {
        LocalizedText text = LocalizedText.builder().put("en", "Water").put("ky", "Суу").put("ru", "Вода").build();
        assertThat(text.asMap()).containsExactly(Map.entry("en", "Water"), Map.entry("ky", "Суу"),
                Map.entry("ru", "Вода"));
        LocalizedText two = LocalizedText.builder().put("ru", "Вода").put("en", "Water").build();
        assertThat(two.getLanguages()).containsExactly("en", "ru");
    }

    @Test
    void badLanguagesAndBlankTextsAreAllReported() {
        LocalizedText.Builder builder = LocalizedText.builder().put("en", "Water").put("english", "Water")
                .put("ky", "  ").put("ru", "Вода");
        InvalidModelException e = catchThrowableOfType(builder::build, InvalidModelException.class);
        assertThat(e.getViolations()).extracting(Violation::getPath, Violation::getCode).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("english", "kichi.text.language"),
                org.assertj.core.groups.Tuple.tuple("ky", "kichi.text.blank"));
        // null is "not given" (KichiStyle): a builder given only a null text has no language at all
        InvalidModelException nullText = catchThrowableOfType(() -> LocalizedText.builder().put("en", null).build(),
                InvalidModelException.class);
        assertThat(nullText.getViolations()).extracting(Violation::getPath, Violation::getCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("", "kichi.text.empty"));
        InvalidModelException manyBad = catchThrowableOfType(() -> {
            LocalizedText.Builder b = LocalizedText.builder();
            LANGUAGES.forEach(language -> b.put(language, "x"));
            b.put("x1", "bad").build();
        }, InvalidModelException.class);
        assertThat(manyBad.getViolations()).extracting(Violation::getPath).containsExactly("x1");
    }
}
