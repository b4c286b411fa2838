package kg.kichi.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kg.kichi.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ViolationTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale KY = Locale.forLanguageTag("ky");

    @Test
    void argumentsAreInTheOrderOfTheirNamesWhateverMapTheyCameIn() {
        Map<String, Object> given = new java.util.LinkedHashMap<>();
        given.put("start", "2022-09");
        given.put("end", "2021-04");
        given.put("lot", "cso");
        assertThat(Violation.of("end", "kichi.period.order", given).getArguments().keySet())
                .containsExactly("end", "lot", "start");
    }

    @Test
    void rendersInEnglishRussianAndKyrgyzWithArguments() {
        Violation violation = Violation.of("end", "kichi.period.order", Map.of("start", "2022-09", "end", "2021-04"));
        assertThat(violation.getMessage()).isEqualTo("the period ends (2021-04) before it starts (2022-09)");
        assertThat(violation.getMessage(Locale.ENGLISH)).isEqualTo(violation.getMessage());
        assertThat(violation.getMessage(RU)).isEqualTo("период заканчивается (2021-04) раньше, чем начинается (2022-09)");
        assertThat(violation.getMessage(KY)).contains("2021-04").contains("2022-09").doesNotContain("{")
                .isNotEqualTo(violation.getMessage(RU));
    }

    @Test
    void quotesTheValueOnceInEnglish() {
        assertThat(Violation.of("id", "kichi.id", Map.of("value", "a b")).getMessage())
                .isEqualTo("'a b' is not a valid identifier");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "ky"})
    void everyMessageOfEveryFileRendersWithoutLeftoverPlaceholders(String language) {
        java.util.Properties english = MessageBundlesTest.load("en");
        for (String code : english.stringPropertyNames()) {
            Map<String, Object> arguments = new HashMap<>();
            MessageBundlesTest.placeholders(english.getProperty(code)).forEach(name -> arguments.put(name, "ARG"));
            String message = Violation.of("", code, arguments).getMessage(Locale.forLanguageTag(language));
            assertThat(message).as(code).doesNotContain("{").doesNotContain("}").isNotEqualTo(code);
            assertThat(message.contains("ARG")).as(code).isEqualTo(!arguments.isEmpty());
        }
    }

    @Test
    void fallsBackToEnglishAndThenToTheCode() {
        Violation violation = Violation.of("", "kichi.required");
        assertThat(violation.getMessage(Locale.GERMAN)).isEqualTo("is required");
        assertThat(Violation.of("", "kichi.nonexistent").getMessage(RU)).isEqualTo("kichi.nonexistent");
        assertThat(Violation.of("", "kichi.money.scale", Map.of("value", "1.005")).getMessage())
                .as("missing arguments stay visible").contains("1.005").contains("{currency}");
    }

    @Test
    void movesUnderAContainingPath() {
        Violation v = Violation.of("amountAwarded", "kichi.money.positive");
        assertThat(v.withPathPrefix("grants[3]").getPath()).isEqualTo("grants[3].amountAwarded");
        assertThat(Violation.of("", "kichi.required").withPathPrefix("grants[3]").getPath()).isEqualTo("grants[3]");
        assertThat(Violation.of("[2]", "kichi.required").withPathPrefix("lots").getPath()).isEqualTo("lots[2]");
        assertThat(v.withPathPrefix("")).isSameAs(v);
        assertThat(v.withPathPrefix("x").getCode()).isEqualTo(v.getCode());
    }

    @Test
    void isAValueWithUnmodifiableArguments() {
        Map<String, Object> arguments = new HashMap<>(Map.of("value", "x"));
        Violation v = Violation.of("id", "kichi.id", arguments);
        arguments.put("value", "y");
        assertThat(v.getArguments()).containsExactly(Map.entry("value", "x"));
        assertThatThrownBy(() -> v.getArguments().put("a", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(v).isEqualTo(Violation.of("id", "kichi.id", Map.of("value", "x")))
                .hasSameHashCodeAs(Violation.of("id", "kichi.id", Map.of("value", "x")))
                .isNotEqualTo(Violation.of("id", "kichi.id", Map.of("value", "y")))
                .isNotEqualTo(Violation.of("ids", "kichi.id", Map.of("value", "x")));
        assertThat(v.toString()).isEqualTo("id: kichi.id: 'x' is not a valid identifier");
    }

    @Test
    void exceptionListsEveryViolationInEveryLanguage() {
        InvalidModelException e = new InvalidModelException("Money", List.of(
                Violation.of("amount", "kichi.money.scale", Map.of("value", "1.005", "currency", "KGS", "digits", 2)),
                Violation.of("currency", "kichi.money.currency", Map.of("value", "XYZ"))));
        assertThat(e.getType()).isEqualTo("Money");
        assertThat(e.getMessage()).isEqualTo("invalid Money (2 violations):"
                + "\n  amount: kichi.money.scale: 1.005 has more decimals than KGS allows (2)"
                + "\n  currency: kichi.money.currency: 'XYZ' is not an ISO 4217 currency code");
        assertThat(e.getMessage(RU)).contains("в сумме 1.005 больше знаков после запятой, чем допускает KGS (2)")
                .contains("«XYZ» — не код валюты ISO 4217");
        assertThat(e.getMessage(KY)).contains("1.005").contains("«XYZ»").doesNotContain("{");
        assertThatThrownBy(() -> e.getViolations().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new InvalidModelException("X", Violation.of("", "kichi.required")).getMessage())
                .isEqualTo("invalid X (1 violation):\n  kichi.required: is required");
        assertThatThrownBy(() -> new InvalidModelException("X", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exceptionsFromFactoriesRenderTheirArguments() {
        InvalidModelException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> Money.of("1.005", "KGS"), InvalidModelException.class);
        for (Locale locale : List.of(Locale.ENGLISH, RU, KY)) {
            assertThat(e.getMessage(locale)).contains("1.005").contains("KGS").doesNotContain("{");
        }
    }

    @Test
    void messagesDoNotFollowTheJvmDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(RU);
            Violation v = Violation.of("", "kichi.required");
            assertThat(v.getMessage(Locale.ENGLISH)).isEqualTo("is required");
            assertThat(v.getMessage()).isEqualTo("is required");
            assertThat(Messages.format("kichi.blank", Map.of(), Locale.ROOT)).isEqualTo("must not be blank");
            assertThat(Messages.format("kichi.blank", Map.of(), Locale.forLanguageTag("en-KG")))
                    .isEqualTo("must not be blank");
            assertThat(Messages.has("kichi.blank", "ru")).isTrue();
            assertThat(Messages.has("kichi.blank", "de")).isFalse();
        } finally {
            Locale.setDefault(saved);
        }
    }
}
