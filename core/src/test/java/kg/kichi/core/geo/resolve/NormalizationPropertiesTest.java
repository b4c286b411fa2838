package kg.kichi.core.geo.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Properties of name folding over seeded random text (seed = 20240917 + repetition). */
class NormalizationPropertiesTest {
    private static final String ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяңөүѳАБВГҢӨҮЁ"
            + "abcdefghijklmnopqrstuvwxyzöüšžčéABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -–.'’«»\"(),/";

    private static String randomText(Random random) {
        int n = random.nextInt(24);
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    @RepeatedTest(500)
    void foldIsIdempotentAndPlain(RepetitionInfo info) {
        Random random = new Random(20240917L + info.getCurrentRepetition());
        String text = randomText(random);
        String key = NameNormalizer.fold(text);
        assertThat(NameNormalizer.fold(key)).as(text).isEqualTo(key);
        assertThat(key).as(text).matches("[a-z0-9]*");
        assertThat(NameNormalizer.stem(NameNormalizer.stem(key))).isEqualTo(NameNormalizer.stem(key));
        assertThat(NameNormalizer.fold(text.toUpperCase(java.util.Locale.ROOT))).isEqualTo(key);
    }

    @Test
    void foldsScriptsAndVariantsAlike() {
        assertThat(NameNormalizer.fold("Өзгөн")).isEqualTo(NameNormalizer.fold("Озгон")).isEqualTo("ozgon")
                .isEqualTo(NameNormalizer.fold("Özgön"));
        assertThat(NameNormalizer.fold("Кочкор")).isEqualTo(NameNormalizer.fold("Kochkor"));
        assertThat(NameNormalizer.fold("Жаңы-Жол")).isEqualTo(NameNormalizer.fold("Джаны-Джол"))
                .isEqualTo(NameNormalizer.fold("Jany-Jol")).isEqualTo(NameNormalizer.fold("Dzhany Dzhol"));
        assertThat(NameNormalizer.fold("Тюп")).isEqualTo(NameNormalizer.fold("Түп")).isEqualTo(NameNormalizer.fold("Tyup"))
                .isEqualTo(NameNormalizer.fold("Tüp"));
        assertThat(NameNormalizer.fold("Чуй")).isEqualTo(NameNormalizer.fold("Chuy")).isEqualTo(NameNormalizer.fold("Chui"))
                .isEqualTo(NameNormalizer.fold("Chüy"));
        assertThat(NameNormalizer.fold("Иссык-Куль")).isEqualTo(NameNormalizer.fold("Issyk Kul"));
        assertThat(NameNormalizer.fold("Ёлка")).isEqualTo(NameNormalizer.fold("Елка"));
        assertThat(NameNormalizer.fold(null)).isEmpty();
    }

    @Test
    void stemsRussianAdjectives() {
        String stem = NameNormalizer.stem(NameNormalizer.fold("Нарынская"));
        for (String form : new String[] {"Нарынской", "Нарынского", "Нарынский", "Нарынскому", "Нарынском",
            "Narynskaya"}) {
            assertThat(NameNormalizer.stem(NameNormalizer.fold(form))).as(form).isEqualTo(stem);
        }
        assertThat(NameNormalizer.base(NameNormalizer.fold("Кызыл-Адырского"))).isEqualTo(NameNormalizer.fold("Кызыл-Адыр"));
        assertThat(NameNormalizer.stem("bishkek")).isEqualTo("bishkek");
        assertThat(NameNormalizer.skeleton(NameNormalizer.fold("Малы-Суу")))
                .isEqualTo(NameNormalizer.skeleton(NameNormalizer.fold("Майлуу-Суу")));
    }
}
