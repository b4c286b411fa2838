package kg.kichi.core.geo.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a mention is cut into the parts of an address, with and without separators. */
class MentionTest {
    private static List<String> parts(String text) {
        Mention[] all = Mention.analyse(text, LevelWords.standard());
        return all.length == 1 ? List.of(all[0].text)
                : Arrays.stream(all).skip(1).map(m -> m.text).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Кочкорский р-н                                  # Кочкорский р-н
            Нарынская обл., Кочкорский р-н                  # Нарынская обл.|Кочкорский р-н
            Нарынская обл.; Кочкорский р-н                  # Нарынская обл.|Кочкорский р-н
            Нарынская обл./Кочкорский р-н                   # Нарынская обл.|Кочкорский р-н
            Кара-Таш а/а (Ноокатский р-н)                   # Кара-Таш а/а|Ноокатский р-н
            Чуйская обл. г. Токмок                          # Чуйская обл.|г. Токмок
            Ош облусу Ноокат району Кара-Таш а/а            # Ош облусу|Ноокат району|Кара-Таш а/а
            Баткен облусунун Лейлек районунун               # Баткен облусунун|Лейлек районунун
            Кара-Суу р-н с. Нариман                         # Кара-Суу р-н|с. Нариман
            Naryn (city)                                    # Naryn (city)
            А. Сүйөркулов айыл аймагы                       # А. Сүйөркулов айыл аймагы
            Кочкор айыл аймагы                              # Кочкор айыл аймагы
            г. Бишкек                                       # г. Бишкек
            Бишкек ш.                                       # Бишкек ш.
            Kochkor a/a                                     # Kochkor a/a
            Osh oblast, Nookat district, Kara-Tash a/a      # Osh oblast|Nookat district|Kara-Tash a/a
            """)
    void cutsAnAddressIntoItsParts(String text, String expected) {
        assertThat(parts(text)).containsExactly(expected.split("\\|"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Кочкорский р-н      # kochkorski
            Кочкорский р/н      # kochkorski
            Кара-Таш а/а        # karatash
            Покровский а.о.     # pokrovski
            Сумбула ӨАА         # sumbula
            г.Ош                # osh
            Kochkor dist.       # kochkor
            """)
    void abbreviatedLevelWordsAreNotPartOfTheName(String text, String key) {
        assertThat(Mention.parse(text, LevelWords.standard()).key).isEqualTo(key);
    }
}
