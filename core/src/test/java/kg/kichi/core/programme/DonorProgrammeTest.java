package kg.kichi.core.programme;

import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static kg.kichi.core.Samples.EU;
import static kg.kichi.core.Samples.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import kg.kichi.core.classification.Classification;
import kg.kichi.core.money.Money;
import kg.kichi.core.time.DatePeriod;
import org.junit.jupiter.api.Test;

class DonorProgrammeTest {
    static DonorProgramme.Builder valid() {
        return DonorProgramme.builder().id("eu-eidhr-cbss-kg-2018").name(en("EIDHR CBSS Kyrgyzstan 2018-2019"))
                .donor(EU);
    }

    @Test
    void buildsWithOptionalParts() {
        DonorProgramme programme = valid().parent("eu-eidhr").addAcronym("CBSS")
                .period(DatePeriod.parse("2018/2019")).budget(Money.of("1200000.00", "EUR"))
                .addTheme(Classification.of(Classification.OECD_DAC_CRS, "15150")).build();
        assertThat(programme.getParent()).contains("eu-eidhr");
        assertThat(programme.getBudget()).contains(Money.of("1200000.00", "EUR"));
        assertThat(valid().build().getParent()).isEmpty();
        assertThat(valid().build().getDescription()).isEmpty();
    }

    @Test
    void reportsEveryMissingAttributeAtOnce() {
        assertRejected(() -> DonorProgramme.builder().build()).containsExactlyInAnyOrder(
                violation("id", "kichi.required"), violation("name", "kichi.required"),
                violation("donor", "kichi.required"));
    }

    @Test
    void rejectsMalformedIdentifiers() {
        assertRejected(() -> valid().id("eu eidhr").parent("-parent").build()).containsExactlyInAnyOrder(
                violation("id", "kichi.id"), violation("parent", "kichi.id"));
        assertRejected(() -> valid().id("x".repeat(201)).build()).containsExactly(violation("id", "kichi.id"));
        assertThat(valid().id("x".repeat(200)).build().getId()).hasSize(200);
    }

    @Test
    void isImmutableAndCopiesItsInputs() {
        List<Classification> themes = new ArrayList<>(List.of(Classification.of("kichi-theme", "media")));
        DonorProgramme programme = valid().themes(themes).build();
        themes.clear();
        assertThat(programme.getThemes()).hasSize(1);
        assertThatThrownBy(() -> programme.getThemes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(programme.withParent("eu-eidhr")).isNotEqualTo(programme);
        assertThat(programme.getParent()).isEmpty();
    }
}
