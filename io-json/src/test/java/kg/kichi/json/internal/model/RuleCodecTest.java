package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.CodecTesting.read;
import static kg.kichi.json.internal.codec.CodecTesting.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import kg.kichi.core.eligibility.Rule;
import kg.kichi.core.eligibility.RuleType;
import kg.kichi.core.eligibility.Severity;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.Mode;
import org.junit.jupiter.api.Test;

class RuleCodecTest {
    static List<String> problems(String json, Mode mode) {
        return read(RuleCodec.INSTANCE, json, mode).problems().stream()
                .map(p -> p.getPointer() + " " + p.getCode()).toList();
    }

    static List<String> problems(String json) {
        return problems(json, Mode.STRICT);
    }

    @Test
    void readsARuleWithItsParameters() {
        Rule rule = read(RuleCodec.INSTANCE, """
                {"id": "overheads", "type": "indirect-costs", "severity": "warning", "lots": ["cso"], "percent": 7.5}
                """).value();
        assertThat(rule).isEqualTo(Rule.indirectCosts("overheads", new BigDecimal("7.5"))
                .withSeverity(Severity.WARNING).withLots("cso"));
    }

    @Test
    void writesOnlyWhatTheRuleHasInTheDocumentedOrder() {
        Rule rule = Rule.anyOf("lead", Rule.applicantLegalForm("ngo", LegalForm.PUBLIC_FOUNDATION,
                LegalForm.PUBLIC_ASSOCIATION), Rule.not("no-state", Rule.applicantLegalForm("state",
                LegalForm.STATE_BODY)).withLots("lsg"));
        assertThat(write(RuleCodec.INSTANCE, rule)).isEqualTo("{\"id\":\"lead\",\"type\":\"any-of\",\"severity\":"
                + "\"error\",\"rules\":[{\"id\":\"ngo\",\"type\":\"applicant-legal-form\",\"severity\":\"error\","
                + "\"forms\":[\"public-association\",\"public-foundation\"]},{\"id\":\"no-state\",\"type\":\"not\","
                + "\"severity\":\"error\",\"lots\":[\"lsg\"],\"rule\":{\"id\":\"state\",\"type\":"
                + "\"applicant-legal-form\",\"severity\":\"error\",\"forms\":[\"state-body\"]}}]}");
        assertThat(read(RuleCodec.INSTANCE, write(RuleCodec.INSTANCE, rule)).value()).isEqualTo(rule);
    }

    @Test
    void everyTypeRoundTrips() {
        List<Rule> rules = List.of(Rule.applicantSeat("a", RegionalCoverage.of(UnitRef.iso("KG-N"))),
                Rule.thirdPartyCap("b", Money.of("60000", "EUR")),
                Rule.builder(RuleType.SUBMISSION_DEADLINE, "c").deadline(kg.kichi.core.time.PartialDate.of(2024, 3, 15))
                        .timeZone(java.time.ZoneId.of("Asia/Bishkek")).build(),
                Rule.documents("d", List.of("budget-annex"), List.of("declaration-on-honour")),
                Rule.applicationsPerLead("e", 2, true), Rule.partnerCount("f", null, 4));
        for (Rule r : rules) {
            var back = read(RuleCodec.INSTANCE, write(RuleCodec.INSTANCE, r));
            assertThat(back.problems()).isEmpty();
            assertThat(back.value()).isEqualTo(r);
        }
    }

    @Test
    void anUnknownTypeNamesTheKnownOnes() {
        var result = read(RuleCodec.INSTANCE, "{\"id\": \"x\", \"type\": \"lead-is-nice\"}");
        assertThat(result.value()).isNull();
        DocumentProblem p = result.problems().get(0);
        assertThat(p.getPointer()).isEqualTo("/type");
        assertThat(p.getCode()).isEqualTo("kichi.json.ruleType");
        assertThat(p.getMessage(Locale.ENGLISH)).startsWith("\"lead-is-nice\" is not a rule type; known types: "
                + "applicant-legal-form, applicant-non-profit,");
    }

    @Test
    void everyProblemOfARuleAtItsPointer() {
        assertThat(problems("{\"id\": \"x\", \"type\": \"partner-count\", \"min\": 5, \"max\": 2, \"currency\": \"KGS\"}"))
                .containsExactlyInAnyOrder("/currency kichi.rule.parameterNotAllowed", "/max kichi.rule.minAboveMax");
        assertThat(problems("{\"id\": \"x\", \"type\": \"applicant-legal-form\", \"forms\": []}"))
                .containsExactly("/forms kichi.rule.emptySet");
        assertThat(problems("{\"id\": \"x\", \"type\": \"applicant-legal-form\", \"forms\": [\"ngo\"]}"))
                .containsExactly("/forms/0 kichi.json.code");
        assertThat(problems("{\"type\": \"applicant-non-profit\"}")).containsExactly("/id kichi.required");
        assertThat(problems("{\"id\": \"x\"}")).containsExactly("/type kichi.required");
        assertThat(problems("{\"id\": \"x\", \"type\": \"co-financing\", \"percent\": 150}"))
                .containsExactly("/percent kichi.rule.percent");
        assertThat(problems("{\"id\": \"x\", \"type\": \"deadline\", \"deadline\": \"2024-03-15\", \"timeZone\": \"Asia/Frunze\"}"))
                .containsExactly("/timeZone kichi.json.timeZone");
        assertThat(problems("{\"id\": \"x\", \"type\": \"coverage\", \"area\": {\"kind\": \"not-stated\"}}"))
                .containsExactly("/area kichi.rule.areaNotStated");
    }

    @Test
    void problemsInsideCombinedRulesAreWhereTheyAre() {
        assertThat(problems("""
                {"id": "all", "type": "all-of", "rules": [
                  {"id": "a", "type": "applicant-non-profit"},
                  {"id": "b", "type": "duration"},
                  {"id": "n", "type": "not", "rule": {"id": "c", "type": "nope"}}]}
                """)).containsExactly("/rules/1 kichi.rule.noBound", "/rules/2/rule/type kichi.json.ruleType");
        assertThat(problems("{\"id\": \"any\", \"type\": \"any-of\", \"rules\": []}"))
                .containsExactly("/rules kichi.rule.noChildren");
    }

    @Test
    void aRuleKeepsNoUnknownMemberEvenWhenLenient() {
        assertThat(problems("{\"id\": \"x\", \"type\": \"applicant-non-profit\", \"mnths\": 12}", Mode.LENIENT))
                .containsExactly("/mnths kichi.json.unknownMember");
    }
}
