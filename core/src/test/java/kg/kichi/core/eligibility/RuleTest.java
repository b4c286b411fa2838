package kg.kichi.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import org.junit.jupiter.api.Test;

class RuleTest {
    static List<String> problems(Rule.Builder builder) {
        InvalidModelException e = catchThrowableOfType(InvalidModelException.class, builder::build);
        assertThat(e).as("the rule should not build").isNotNull();
        return e.getViolations().stream().map(v -> v.getPath() + " " + v.getCode()).toList();
    }

    @Test
    void aRequiredParameterMissing() {
        assertThat(problems(Rule.builder(RuleType.APPLICANT_LEGAL_FORM, "x"))).containsExactly("forms kichi.required");
        assertThat(problems(Rule.builder(RuleType.NOT, "x"))).containsExactly("rule kichi.required");
    }

    @Test
    void aParameterTheTypeDoesNotTake() {
        InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
                () -> Rule.builder(RuleType.CURRENCY_OF_REQUEST, "x").currency("KGS").months(3).build());
        Violation v = e.getViolations().get(0);
        assertThat(v.getPath()).isEqualTo("months");
        assertThat(v.getCode()).isEqualTo("kichi.rule.parameterNotAllowed");
        assertThat(v.getMessage(Locale.ENGLISH)).isEqualTo("a rule of type currency takes no parameter months");
    }

    @Test
    void rulesThatCouldNeverPass() {
        assertThat(problems(Rule.builder(RuleType.PARTNER_COUNT, "x").min(3).max(1)))
                .containsExactly("max kichi.rule.minAboveMax");
        assertThat(problems(Rule.builder(RuleType.APPLICANT_LEGAL_FORM, "x").forms(List.of())))
                .containsExactly("forms kichi.rule.emptySet");
        assertThat(problems(Rule.builder(RuleType.COVERAGE, "x").area(RegionalCoverage.notStated())))
                .containsExactly("area kichi.rule.areaNotStated");
        assertThat(problems(Rule.builder(RuleType.ANY_OF, "x").rules(List.of())))
                .containsExactly("rules kichi.rule.noChildren");
        assertThat(problems(Rule.builder(RuleType.APPLICATIONS_PER_LEAD, "x").max(0)))
                .containsExactly("max kichi.rule.notPositive");
        assertThat(problems(Rule.builder(RuleType.THIRD_PARTY_CAP, "x").cap(Money.of("0", "EUR"))))
                .containsExactly("cap kichi.rule.notPositive");
        assertThat(problems(Rule.builder(RuleType.CO_FINANCING, "x").percent(new BigDecimal("100.5"))))
                .containsExactly("percent kichi.rule.percent");
        assertThat(problems(Rule.builder(RuleType.DURATION, "x"))).containsExactly(" kichi.rule.noBound");
        assertThat(problems(Rule.builder(RuleType.REQUIRED_DOCUMENTS, "x"))).containsExactly(" kichi.rule.noBound");
    }

    @Test
    void badValues() {
        assertThat(problems(Rule.builder(RuleType.CURRENCY_OF_REQUEST, "x").currency("KGZ")))
                .containsExactly("currency kichi.money.currency");
        assertThat(problems(Rule.builder(RuleType.DURATION, "x").min(-1))).containsExactly("min kichi.rule.negative");
        assertThat(problems(Rule.builder(RuleType.APPLICANT_NON_PROFIT, "bad id"))).containsExactly("id kichi.id");
        assertThat(problems(Rule.builder(RuleType.APPLICANT_NON_PROFIT, null))).containsExactly("id kichi.required");
        assertThat(problems(Rule.builder(RuleType.APPLICANT_NON_PROFIT, "x").lots(List.of("ok", "not ok"))))
                .containsExactly("lots[1] kichi.id");
    }

    @Test
    void everyProblemAtOnce() {
        assertThat(problems(Rule.builder(RuleType.PARTNER_COUNT, "bad id").min(5).max(2).currency("KGS")))
                .containsExactlyInAnyOrder("id kichi.id", "currency kichi.rule.parameterNotAllowed",
                        "max kichi.rule.minAboveMax");
    }

    @Test
    void identifiersAreUniqueInTheTree() {
        Rule a = Rule.applicantNonProfit("a");
        assertThat(problems(Rule.builder(RuleType.ALL_OF, "all").rules(List.of(a, Rule.not("n", a)))))
                .containsExactly("rules[1].rule.id kichi.rule.duplicateId");
        assertThatThrownBy(() -> Rule.anyOf("a", a)).isInstanceOf(InvalidModelException.class);
    }

    @Test
    void copiesAndDefaults() {
        Rule rule = Rule.applicantLegalForm("forms", LegalForm.PUBLIC_FOUNDATION, LegalForm.PUBLIC_ASSOCIATION);
        assertThat(rule.getSeverity()).isEqualTo(Severity.ERROR);
        assertThat(rule.getCategory()).isEqualTo(RuleCategory.APPLICANT);
        assertThat(rule.getLots()).isEmpty();
        assertThat(rule.getLimitText()).isEqualTo("public-association, public-foundation"); // in the enum's order
        Rule warning = rule.withSeverity(Severity.WARNING).withLots("cso");
        assertThat(warning.getSeverity()).isEqualTo(Severity.WARNING);
        assertThat(warning.getLots()).containsExactly("cso");
        assertThat(warning.appliesToLot("cso")).isTrue();
        assertThat(warning.appliesToLot("lsg")).isFalse();
        assertThat(warning.appliesToLot(null)).isFalse();
        assertThat(warning).isNotEqualTo(rule);
        assertThat(warning.toBuilder().severity(Severity.ERROR).lots(List.of()).build()).isEqualTo(rule)
                .hasSameHashCodeAs(rule);
        assertThat(rule.toString()).isEqualTo("forms (applicant-legal-form, error): public-association, public-foundation");
    }

    @Test
    void everyTypeHasAStableCodeAndMessages() {
        for (RuleType type : RuleType.values()) {
            assertThat(RuleType.fromCode(type.getCode())).contains(type);
            for (String language : List.of("en", "ru", "ky")) {
                assertThat(kg.kichi.core.validation.Messages.has("kichi.eligibility.rule." + type.getCode(), language))
                        .as(type + " " + language).isTrue();
            }
        }
        assertThat(RuleType.fromCode("applicant-legal-form")).contains(RuleType.APPLICANT_LEGAL_FORM);
        assertThat(RuleType.fromCode("third-party-cap")).contains(RuleType.THIRD_PARTY_CAP);
    }
}
