package kg.kichi.core.geo.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Keys of names worked out by hand from the folding rules: Latin letters and digits kept, Cyrillic and accented
 * letters transliterated, digraphs and doubled letters folded; stems and bases at the edge of their length limits.
 */
class NameKeysTest {
    @Test
    void latinLettersAndDigitsAreKeptAtBothEndsOfTheirRanges() {
        assertThat(NameNormalizer.fold("az09")).isEqualTo("az09");
        assertThat(NameNormalizer.fold("Talas")).isEqualTo("talas");
        assertThat(NameNormalizer.fold("Талас")).isEqualTo("talas");
        assertThat(NameNormalizer.fold("Z-9, A")).isEqualTo("z9a");
        assertThat(NameNormalizer.fold(null)).isEmpty();
    }

    @Test
    void accentedLettersFoldToTheirLatinBase() {
        assertThat(NameNormalizer.fold("Tàlàs")).isEqualTo("talas");
        assertThat(NameNormalizer.fold("Kèmin")).isEqualTo("kemin");
        assertThat(NameNormalizer.fold("Ìssik")).isEqualTo("isik"); // ss folds to s
        assertThat(NameNormalizer.fold("Òsh")).isEqualTo("osh");
        assertThat(NameNormalizer.fold("Ùzgen")).isEqualTo("uzgen");
        assertThat(NameNormalizer.fold("Ñarin")).isEqualTo("narin");
        assertThat(NameNormalizer.fold("Ğulcho")).isEqualTo("gulcho");
        assertThat(NameNormalizer.fold("Šopokov")).isEqualTo("shopokov");
        assertThat(NameNormalizer.fold("Čon")).isEqualTo("chon");
        assertThat(NameNormalizer.fold("Žalal")).isEqualTo("jalal"); // zh folds to j
        assertThat(NameNormalizer.fold("Ýa")).isEqualTo("a"); // ya folds to a
    }

    @Test
    void stemsAndBasesNeedMoreThanFourLettersBeforeTheEnding() {
        assertThat(NameNormalizer.stem("narinskoi")).isEqualTo("narinsk");
        assertThat(NameNormalizer.stem("absko")).isEqualTo("absko"); // four letters before the ending: kept
        assertThat(NameNormalizer.stem("abcsko")).isEqualTo("abcsk");
        assertThat(NameNormalizer.stem("abcdko")).isEqualTo("abcdko"); // no "sk" before the ending
        assertThat(NameNormalizer.stem("abcxka")).isEqualTo("abcxka");
        assertThat(NameNormalizer.base("narinskoi")).isEqualTo("narin");
        assertThat(NameNormalizer.base("abcsko")).isEqualTo("abc"); // the stem "abcsk" has five letters
        assertThat(NameNormalizer.base("absk")).isEqualTo("absk"); // a stem of four letters has no base
        assertThat(NameNormalizer.base("abcdsko")).isEqualTo("abcd");
        assertThat(NameNormalizer.base("talas")).isEqualTo("talas");
    }
}
