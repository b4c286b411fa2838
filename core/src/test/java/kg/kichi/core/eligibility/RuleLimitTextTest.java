package kg.kichi.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.money.Money;
import kg.kichi.core.money.MoneyRange;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;
import org.junit.jupiter.api.Test;

/** The limit every kind of rule quotes in its results and messages, written out by hand for each kind. */
class RuleLimitTextTest {
    @Test
    void everyKindOfRuleQuotesItsLimit() {
        assertThat(Rule.applicantLegalForm("r", LegalForm.PUBLIC_ASSOCIATION, LegalForm.PUBLIC_FOUNDATION)
                .getLimitText()).isEqualTo("public-association, public-foundation");
        assertThat(Rule.partnerLegalForms("r", LegalForm.MEDIA_OUTLET).getLimitText()).isEqualTo("media-outlet");
        // a set of forms, quoted in the order of LegalForm whatever the order given
        assertThat(Rule.partnerKinds("r", LegalForm.STATE_BODY, LegalForm.INSTITUTION).getLimitText())
                .isEqualTo("institution, state-body");
        assertThat(Rule.applicantNonProfit("r").getLimitText()).isEqualTo("non-profit");
        assertThat(Rule.applicantRegistered("r", 12).getLimitText()).isEqualTo("12");
        assertThat(Rule.applicantSeat("r", RegionalCoverage.nationwide("KG")).getLimitText())
                .isEqualTo("nationwide KG");
        assertThat(Rule.coverage("r", RegionalCoverage.nationwide("KG")).getLimitText()).isEqualTo("nationwide KG");
        assertThat(Rule.applicantNotExcluded("r", "no-exclusion").getLimitText()).isEqualTo("no-exclusion");
        assertThat(Rule.partnerCount("r", 1, 3).getLimitText()).isEqualTo("1..3");
        assertThat(Rule.partnerCount("r", null, 3).getLimitText()).isEqualTo("..3");
        assertThat(Rule.duration("r", 6, null).getLimitText()).isEqualTo("6..");
        assertThat(Rule.applicationsPerLead("r", 2, false).getLimitText()).isEqualTo("2");
        assertThat(Rule.grantSize("r", MoneyRange.of(Money.of("1000", "KGS"), Money.of("5000", "KGS")))
                .getLimitText()).isEqualTo("KGS 1000 – KGS 5000");
        assertThat(Rule.currency("r", "USD").getLimitText()).isEqualTo("USD");
        assertThat(Rule.coFinancing("r", new BigDecimal("10")).getLimitText()).isEqualTo("10 %");
        assertThat(Rule.indirectCosts("r", new BigDecimal("7.5")).getLimitText()).isEqualTo("7.5 %");
        assertThat(Rule.thirdPartyCap("r", Money.of("60000", "KGS")).getLimitText()).isEqualTo("KGS 60000");
        assertThat(Rule.deadline("r", PartialDate.of(2026, 3, 1), ZoneId.of("Asia/Bishkek")).getLimitText())
                .isEqualTo("2026-03-01 Asia/Bishkek");
        assertThat(Rule.deadline("r", PartialDate.of(2026, 3, 1), null).getLimitText()).isEqualTo("2026-03-01");
        assertThat(Rule.implementationPeriod("r", DatePeriod.of(PartialDate.of(2026, 1), PartialDate.of(2026, 12)))
                .getLimitText()).isEqualTo("2026-01/2026-12");
        assertThat(Rule.documents("r", List.of("budget", "statute"), List.of("honour")).getLimitText())
                .isEqualTo("budget, statute, honour");
        Rule a = Rule.currency("a", "KGS");
        Rule b = Rule.applicantNonProfit("b");
        assertThat(Rule.allOf("r", a, b).getLimitText()).isEqualTo("a, b");
        assertThat(Rule.anyOf("r", b, a).getLimitText()).isEqualTo("b, a");
        assertThat(Rule.not("r", a).getLimitText()).isEqualTo("a");
    }
}
