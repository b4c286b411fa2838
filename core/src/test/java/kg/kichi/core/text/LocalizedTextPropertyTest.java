package kg.kichi.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the fallback chain over 200 seeded random texts and readers. */
class LocalizedTextPropertyTest {
    private static final List<String> LANGUAGES = List.of("en", "ru", "ky", "de", "uz", "kk", "fr", "tg");

    static Stream<Long> seeds() {
        // -Dkichi.property.seeds=N runs N seeds instead (the mutation profile runs fewer: docs/reliability.md)
        return LongStream.range(0, Long.getLong("kichi.property.seeds", 200)).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void resolveAlwaysReturnsAPresentTextAndHonoursThePreferredOrder(long seed) {
        Random random = new Random(seed);
        Map<String, String> texts = new LinkedHashMap<>();
        int size = 1 + random.nextInt(LANGUAGES.size());
        while (texts.size() < size) {
            String language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
            texts.put(language, "text-" + language + "-" + random.nextInt(1000));
        }
        LocalizedText text = LocalizedText.of(texts);
        List<String> preferred = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            preferred.add(LANGUAGES.get(random.nextInt(LANGUAGES.size())));
        }

        String resolved = text.resolve(preferred.toArray(String[]::new));

        assertThat(texts.values()).contains(resolved);
        preferred.stream().filter(texts::containsKey).findFirst()
                .or(() -> LocalizedText.DEFAULT_FALLBACK.stream().filter(texts::containsKey).findFirst())
                .ifPresentOrElse(expected -> assertThat(resolved).isEqualTo(texts.get(expected)),
                        () -> assertThat(resolved).isEqualTo(text.asMap().values().iterator().next()));
    }
}
