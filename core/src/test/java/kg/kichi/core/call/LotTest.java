package kg.kichi.core.call;

import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static kg.kichi.core.Samples.en;
import static org.assertj.core.api.Assertions.assertThat;

import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.LegalForm;
import org.junit.jupiter.api.Test;

class LotTest {
    @Test
    void leavesToTheCallWhatItDoesNotState() {
        Lot lot = Lot.builder().id("lot-a").title(en("CSOs")).build();
        assertThat(lot.getPlannedGrants()).isEmpty();
        assertThat(lot.getEnvelope()).isEmpty();
        assertThat(lot.getEligibleLegalForms()).isEmpty();
        Lot stated = lot.withPlannedGrants(25).withEnvelope(Money.of("2500000", "KGS"))
                .withEligibleLegalForms(LegalForm.LOCAL_SELF_GOVERNMENT);
        assertThat(stated.getPlannedGrants()).contains(25);
        assertThat(stated.getEligibleLegalForms()).containsExactly(LegalForm.LOCAL_SELF_GOVERNMENT);
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertRejected(() -> Lot.builder().id("lot a").plannedGrants(-1).build()).containsExactlyInAnyOrder(
                violation("id", "kichi.id"), violation("title", "kichi.required"),
                violation("plannedGrants", "kichi.positive"));
        assertRejected(() -> Lot.builder().title(en("t")).build()).containsExactly(violation("id", "kichi.required"));
    }
}
