package kg.kichi.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The array-backed map of a localized text behaves as a sorted, unmodifiable {@link Map}. */
class SortedTextsTest {
    private static final String[] LANGUAGES = {"ky", "ru", "en", "kk", "uz", "de", "fr", "tg"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void behavesAsASortedMapOfTheSameEntries(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            Map<String, String> given = new HashMap<>();
            boolean many = random.nextInt(4) == 0; // beyond the scan limit: binary search and a full sort
            for (int i = random.nextInt(many ? 60 : LANGUAGES.length) + 1; i > 0; i--) {
                String language = many ? "" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26))
                        : LANGUAGES[random.nextInt(LANGUAGES.length)];
                given.put(language, "text " + random.nextInt(100));
            }
            TreeMap<String, String> expected = new TreeMap<>(given);
            SortedTexts texts = SortedTexts.copyOf(given);

            assertThat(texts).isEqualTo(expected).hasSameHashCodeAs(expected).hasToString(expected.toString());
            assertThat(expected).isEqualTo(texts);
            assertThat(new ArrayList<>(texts.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
            assertThat(new ArrayList<>(texts.values())).isEqualTo(new ArrayList<>(expected.values()));
            List<String> probes = new ArrayList<>(List.of(LANGUAGES));
            probes.addAll(given.keySet());
            probes.addAll(List.of("aa", "zz", "mm", "a", "zzz"));
            for (String language : probes) {
                assertThat(texts.get(language)).isEqualTo(expected.get(language));
                assertThat(texts.containsKey(language)).isEqualTo(expected.containsKey(language));
            }
            assertThat(texts.get(null)).isNull();
            assertThat(texts.get(42)).isNull();
        }
    }

    @Test
    void cannotBeModified() {
        SortedTexts texts = SortedTexts.copyOf(Map.of("ru", "а", "en", "a"));
        List<Runnable> changes = List.of(() -> texts.put("ky", "а"), () -> texts.remove("ru"), texts::clear,
                () -> texts.entrySet().iterator().next().setValue("b"),
                () -> {
                    var it = texts.entrySet().iterator();
                    it.next();
                    it.remove();
                });
        for (Runnable change : changes) {
            assertThatThrownBy(change::run).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThat(texts).containsExactly(Map.entry("en", "a"), Map.entry("ru", "а"));
    }
}
