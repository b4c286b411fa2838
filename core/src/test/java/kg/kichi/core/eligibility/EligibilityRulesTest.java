package kg.kichi.core.eligibility;

import static kg.kichi.core.eligibility.ScreeningFixture.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.ZoneId;
import java.util.List;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.Lot;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.money.Money;
import kg.kichi.core.money.MoneyRange;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.MonthRange;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.InvalidModelException;
import org.junit.jupiter.api.Test;

class EligibilityRulesTest {
    static MoneyRange kgs(String min, String max) {
        return MoneyRange.of(Money.of(min, "KGS"), Money.of(max, "KGS"));
    }

    static CallForProposals.Builder call() {
        return CallForProposals.builder().id("c").project("p").title(en("Call"))
                .deadline(PartialDate.of(2024, 3, 15)).timeZone(ZoneId.of("Asia/Almaty"))
                .implementationPeriod(DatePeriod.parse("2024-05-01/2025-04-30"))
                .envelope(Money.of("3000000", "KGS")).duration(MonthRange.of(3, 12))
                .addEligibleLegalForm(LegalForm.PUBLIC_ASSOCIATION).addRequiredPartnerKind(LegalForm.PUBLIC_COUNCIL)
                .eligibleCoverage(RegionalCoverage.of(UnitRef.iso("KG-N")))
                .addLot(Lot.builder().id("cso").title(en("CSO")).grantSize(kgs("300000", "1500000")).build())
                .addLot(Lot.builder().id("lsg").title(en("LSG")).grantSize(kgs("100000", "500000"))
                        .addEligibleLegalForm(LegalForm.LOCAL_SELF_GOVERNMENT).build());
    }

    @Test
    void whatTheCallStatesBecomesRules() {
        List<Rule> rules = EligibilityRules.derived(call().build());
        assertThat(rules).extracting(Rule::getId).containsExactly("call:legal-forms", "lot:lsg:legal-forms",
                "call:partner-kinds", "lot:cso:grant-size", "lot:lsg:grant-size", "call:currency", "call:duration",
                "call:coverage", "call:deadline", "call:implementation-period");
        assertThat(rules.get(0).getLots()).containsExactly("cso"); // what a lot leaves empty, the call decides
        assertThat(rules.get(1).getLots()).containsExactly("lsg");
        assertThat(rules.get(1).getForms()).containsExactly(LegalForm.LOCAL_SELF_GOVERNMENT);
        assertThat(rules.get(2).getLots()).isEmpty();
        assertThat(rules.get(5).getCurrency()).contains("KGS");
        assertThat(rules.get(6).getLimitText()).isEqualTo("3..12");
        assertThat(rules.get(8).getTimeZone()).contains(ZoneId.of("Asia/Almaty"));
        assertThat(rules).allSatisfy(r -> assertThat(r.getSeverity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void aCallWithoutCriteriaDerivesNothing() {
        CallForProposals bare = CallForProposals.builder().id("c").project("p").title(en("Call")).build();
        assertThat(EligibilityRules.derived(bare)).isEmpty();
        assertThat(EligibilityRules.effective(bare)).isEmpty();
    }

    @Test
    void callFormsApplyToEveryApplicationWhenNoLotHasItsOwn() {
        CallForProposals c = CallForProposals.builder().id("c").project("p").title(en("Call"))
                .addEligibleLegalForm(LegalForm.PUBLIC_FOUNDATION)
                .addLot(Lot.builder().id("a").title(en("A")).build()).build();
        assertThat(EligibilityRules.derived(c)).singleElement().satisfies(r -> {
            assertThat(r.getId()).isEqualTo("call:legal-forms");
            assertThat(r.getLots()).isEmpty();
        });
    }

    @Test
    void anExplicitRuleReplacesTheDerivedOneOfItsIdentifierAndTheOthersFollow() {
        Rule lenientDuration = Rule.duration("call:duration", 3, 12).withSeverity(Severity.WARNING);
        Rule extra = Rule.applicantNonProfit("non-profit");
        List<Rule> rules = EligibilityRules.effective(call().addEligibilityRule(extra)
                .addEligibilityRule(lenientDuration).build());
        assertThat(rules).extracting(Rule::getId).containsExactly("call:legal-forms", "lot:lsg:legal-forms",
                "call:partner-kinds", "lot:cso:grant-size", "lot:lsg:grant-size", "call:currency", "call:duration",
                "call:coverage", "call:deadline", "call:implementation-period", "non-profit");
        assertThat(rules.get(6).getSeverity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void theCallChecksItsRules() {
        InvalidModelException e = catchThrowableOfType(InvalidModelException.class, () -> call()
                .addEligibilityRule(Rule.applicantNonProfit("np"))
                .addEligibilityRule(Rule.applicantNonProfit("np").withLots("media"))
                .build());
        assertThat(e.getViolations()).extracting(v -> v.getPath() + " " + v.getCode()).containsExactlyInAnyOrder(
                "eligibilityRules[1].id kichi.call.duplicateRule", "eligibilityRules[1].lots kichi.call.unknownLot");
    }
}
