package kg.kichi.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import kg.kichi.core.validation.InvalidModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link LocalizedText.Builder} builds what {@link LocalizedText#of(Map)} builds from a map of the same entries,
 * and rejects what it rejects with the same violations, on 1,000 seeded random sequences of puts (valid and invalid
 * languages and texts, repeats, sorted and unsorted, up to a few dozen languages).
 */
class LocalizedTextBuilderTest {
    private static final List<String> LANGUAGES =
            List.of("en", "ru", "ky", "de", "uz", "kk", "fr", "tg", "zh", "tr", "ar", "fa", "es", "it", "ja", "ko");
    private static final List<String> BAD_LANGUAGES = List.of("", "e", "EN", "eng1", "en-GB", " en", "русский");
    private static final List<String> BAD_TEXTS = List.of("", " ", "\t\n", "\u2003");

    static Stream<Long> seeds() {
        // -Dkichi.property.seeds=N runs N seeds instead (the mutation profile runs fewer: docs/reliability.md)
        return LongStream.range(0, Long.getLong("kichi.property.seeds", 1000)).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void agreesWithOfAMap(long seed) {
        Random random = new Random(seed);
        boolean valid = random.nextInt(3) > 0;
        int puts = random.nextInt(seed % 20 == 0 ? 40 : 5);
        List<String> pool = new ArrayList<>(LANGUAGES.subList(0, 1 + random.nextInt(LANGUAGES.size())));
        if (random.nextBoolean()) {
            pool.sort(null); // as a writer orders them
        }
        LocalizedText.Builder builder = LocalizedText.builder();
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < puts; i++) {
            String language = !valid && random.nextInt(4) == 0
                    ? random.nextInt(8) == 0 ? null : BAD_LANGUAGES.get(random.nextInt(BAD_LANGUAGES.size()))
                    : random.nextBoolean() ? pool.get(i % pool.size()) : pool.get(random.nextInt(pool.size()));
            String text = !valid && random.nextInt(4) == 0
                    ? random.nextInt(8) == 0 ? null : BAD_TEXTS.get(random.nextInt(BAD_TEXTS.size()))
                    : "text " + random.nextInt(100);
            assertThat(builder.contains(language)).isEqualTo(map.containsKey(language));
            builder.put(language == null ? null : new String(language), text); // equal, not the same instance
            // null means "not given": a put with a null language or text puts nothing (of(map) leaves such an
            // entry out, so the map need not hold it either)
            if (language != null && text != null) {
                map.put(language, text);
            }
            assertThat(builder.contains(language)).isEqualTo(map.containsKey(language));
        }
        assertSameOutcome(builder, map);
    }

    private static void assertSameOutcome(LocalizedText.Builder builder, Map<String, String> map) {
        LocalizedText expected;
        try {
            expected = LocalizedText.of(map);
        } catch (InvalidModelException e) {
            assertThatThrownBy(builder::build).isInstanceOfSatisfying(InvalidModelException.class, thrown -> {
                assertThat(thrown.getType()).isEqualTo(e.getType());
                assertThat(thrown.getViolations()).containsExactlyElementsOf(e.getViolations());
                assertThat(thrown.getMessage()).isEqualTo(e.getMessage());
            });
            return;
        }
        LocalizedText built = builder.build();
        assertThat(built).isEqualTo(expected);
        assertThat(built.asMap()).containsExactlyEntriesOf(expected.asMap()); // sorted by language
        assertThat(built.toString()).isEqualTo(expected.toString());
        Map<String, String> sorted = new java.util.TreeMap<>(map);
        assertThat(built.asMap()).isEqualTo(sorted);
        assertThat(built.hashCode()).isEqualTo(expected.hashCode()).isEqualTo(sorted.hashCode());
        assertThat(built.getLanguages()).containsExactlyElementsOf(sorted.keySet());
        assertThat(built.resolve("xx")).isEqualTo(sorted.getOrDefault("en",
                sorted.getOrDefault("ru", sorted.getOrDefault("ky", sorted.values().iterator().next()))));
        for (String language : LANGUAGES) {
            assertThat(built.get(language)).isEqualTo(expected.get(language));
        }
    }

    @Test
    void goesOnAfterBuildWithoutChangingWhatItBuilt() {
        LocalizedText.Builder builder = LocalizedText.builder().put("en", "Naryn").put("ru", "Нарын");
        LocalizedText first = builder.build();
        LocalizedText second = builder.put("en", "Naryn city").put("ky", "Нарын").build();
        LocalizedText third = builder.put("ru", "Нарын шаары").build();

        assertThat(first.asMap()).containsExactly(Map.entry("en", "Naryn"), Map.entry("ru", "Нарын"));
        assertThat(second.asMap()).containsExactly(Map.entry("en", "Naryn city"), Map.entry("ky", "Нарын"),
                Map.entry("ru", "Нарын"));
        assertThat(third.asMap()).containsExactly(Map.entry("en", "Naryn city"), Map.entry("ky", "Нарын"),
                Map.entry("ru", "Нарын шаары"));
    }

    @Test
    void goesOnAfterBuildingATextThatFillsItsRoomExactly() {
        LocalizedText.Builder builder = LocalizedText.builder().put("en", "Naryn").put("ky", "Нарын")
                .put("ru", "Нарын");
        LocalizedText three = builder.build();
        LocalizedText four = builder.put("kk", "Нарын").put("en", "Naryn city").build();
        LocalizedText five = builder.put("uz", "Norin").build();

        assertThat(three.asMap()).containsExactly(Map.entry("en", "Naryn"), Map.entry("ky", "Нарын"),
                Map.entry("ru", "Нарын"));
        assertThat(four.asMap()).containsExactly(Map.entry("en", "Naryn city"), Map.entry("kk", "Нарын"),
                Map.entry("ky", "Нарын"), Map.entry("ru", "Нарын"));
        assertThat(five.getLanguages()).containsExactly("en", "kk", "ky", "ru", "uz");
    }

    @Test
    void anEmptyBuilderIsRejectedAsAnEmptyMapIs() {
        assertThatThrownBy(() -> LocalizedText.builder().build()).isInstanceOfSatisfying(InvalidModelException.class,
                e -> assertThat(e.getViolations()).extracting(v -> v.getCode()).containsExactly("kichi.text.empty"));
    }

    @Test
    void aRepeatedLanguageReplacesItsText() {
        LocalizedText.Builder builder = LocalizedText.builder().put("ru", "Нарын").put("en", " ");
        assertThat(builder.contains("en")).isTrue();
        assertThat(builder.contains("ky")).isFalse();
        assertThat(builder.put("en", "Naryn").build()).isEqualTo(LocalizedText.of("en", "Naryn").with("ru", "Нарын"));
    }
}
