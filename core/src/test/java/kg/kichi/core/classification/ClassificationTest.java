package kg.kichi.core.classification;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;

import kg.kichi.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

class ClassificationTest {
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3})
    void tokenCheckAgreesWithItsRegularExpression(long seed) {
        kg.kichi.core.PatternAgreement.assertAgrees(seed, "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}", "aZ09._:-", 100,
                Classification::isToken);
    }

    @Test
    void holdsVocabularyCodeAndOptionalLabel() {
        LocalizedText label = LocalizedText.of("en", "Democratic participation and civil society");
        Classification sector = Classification.of(Classification.OECD_DAC_CRS, "15150", label);
        assertThat(sector.getVocabulary()).isEqualTo("oecd-dac-crs");
        assertThat(sector.getCode()).isEqualTo("15150");
        assertThat(sector.getLabel()).contains(label);
        assertThat(Classification.of(Classification.KICHI_THEME, "media").getLabel()).isEmpty();
        assertThat(sector.toString()).isEqualTo("oecd-dac-crs:15150");
    }

    @Test
    void reportsBothMalformedPartsTogether() {
        assertRejected(() -> Classification.of("oecd dac", "-15150")).containsExactly(
                violation("vocabulary", "kichi.token"), violation("code", "kichi.token"));
        assertThatNullPointerException().isThrownBy(() -> Classification.of(null, "15150"))
                .withMessageContaining("vocabulary");
        assertThatNullPointerException().isThrownBy(() -> Classification.of("oecd-dac", null))
                .withMessageContaining("code");
        assertRejected(() -> Classification.of("x", "a".repeat(101))).containsExactly(violation("code", "kichi.token"));
    }

    @Test
    void equalityIgnoresTheLabel() {
        Classification a = Classification.of("oecd-dac-crs", "15150", LocalizedText.of("en", "Civil society"));
        Classification b = Classification.of("oecd-dac-crs", "15150");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(Classification.of("oecd-dac-crs", "15160"))
                .isNotEqualTo(Classification.of("kichi-theme", "15150"));
    }
}
