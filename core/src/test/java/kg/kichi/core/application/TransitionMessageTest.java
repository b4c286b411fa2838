package kg.kichi.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import kg.kichi.core.Samples;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An illegal move says from where, to where, and what was allowed instead; in en, ru and ky. */
class TransitionMessageTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | an application cannot move from submitted to awarded; allowed from submitted: eligible, ineligible, withdrawn",
        "ru | заявка не может перейти из статуса «подана» в «грант присуждён»; из «подана» возможны: допущена, не допущена, отозвана",
        "ky | арыз «тапшырылган» абалынан «грант ыйгарылган» абалына өтө албайт; «тапшырылган» абалынан мүмкүн: жол берилген, жол берилген эмес, кайтарылып алынган"})
    void namesBothStatusesAndTheAllowedOnes(String language, String expected) {
        Application submitted = Samples.application().statusHistory(java.util.List.of(
                StatusChange.of(ApplicationStatus.SUBMITTED, PartialDate.of(2019, 4, 10)))).build();
        assertThatThrownBy(() -> submitted.withStatus(ApplicationStatus.AWARDED, null))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.getPath()).isEqualTo("statusHistory[1].status");
                            assertThat(v.getCode()).isEqualTo("kichi.application.transition");
                            assertThat(v.getMessage(Locale.forLanguageTag(language))).isEqualTo(expected);
                        }));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | an application cannot move from awarded to withdrawn; allowed from awarded: —",
        "ru | заявка не может перейти из статуса «грант присуждён» в «отозвана»; из «грант присуждён» возможны: —",
        "ky | арыз «грант ыйгарылган» абалынан «кайтарылып алынган» абалына өтө албайт; «грант ыйгарылган» абалынан мүмкүн: —"})
    void saysWhenTheStatusIsFinal(String language, String expected) {
        Application awarded = Samples.application().build();
        assertThatThrownBy(() -> awarded.withStatus(ApplicationStatus.WITHDRAWN, null))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getCode, v -> v.getMessage(Locale.forLanguageTag(language)))
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                "kichi.application.transition", expected)));
    }
}
