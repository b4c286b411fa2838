package kg.kichi.core.call;

import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static kg.kichi.core.Samples.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import kg.kichi.core.Samples;
import kg.kichi.core.money.Money;
import kg.kichi.core.money.MoneyRange;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.time.MonthRange;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.geo.RegionalCoverage;
import org.junit.jupiter.api.Test;

class CallForProposalsTest {
    private static Money kgs(String amount) {
        return Money.of(amount, "KGS");
    }

    private static Lot lot(String id) {
        return Lot.builder().id(id).title(en("Lot " + id)).build();
    }

    @Test
    void buildsAndFindsItsLots() {
        CallForProposals call = Samples.call().grantSize(MoneyRange.of(kgs("100000"), kgs("500000")))
                .duration(MonthRange.of(3, 6)).addEligibleLegalForm(LegalForm.PUBLIC_ASSOCIATION)
                .plannedGrants(9).build();
        assertThat(call.lot("lot-b")).map(Lot::getTitle).contains(en("Local self-government"));
        assertThat(call.lot("lot-z")).isEmpty();
        assertThat(call.getEligibleCoverage().isNotStated()).isTrue();
        assertThat(call.getResults()).isEmpty();
    }

    @Test
    void reportsEveryMissingAttributeAtOnce() {
        assertRejected(() -> CallForProposals.builder().plannedGrants(0).build()).containsExactlyInAnyOrder(
                violation("id", "kichi.required"), violation("project", "kichi.required"),
                violation("title", "kichi.required"), violation("plannedGrants", "kichi.positive"));
    }

    @Test
    void deadlineIsNotBeforeTheAnnouncement() {
        assertRejected(() -> Samples.call().announced(PartialDate.of(2019, 5)).deadline(PartialDate.of(2019, 4, 30))
                .build()).containsExactly(violation("deadline", "kichi.call.deadlineBeforeAnnouncement"));
        assertThat(Samples.call().announced(PartialDate.of(2019, 4)).deadline(PartialDate.of(2019, 4, 1)).build()
                .getDeadline()).as("within the announcement month").contains(PartialDate.of(2019, 4, 1));
    }

    @Test
    void everyAmountIsInOneCurrency() {
        Lot euroLot = Lot.builder().from(lot("lot-c")).envelope(Money.of("1000", "EUR"))
                .grantSize(MoneyRange.of(null, Money.of("500", "EUR"))).build();
        assertRejected(() -> Samples.call().grantSize(MoneyRange.of(null, Money.of("5000", "EUR"))).addLot(euroLot)
                .build()).containsExactlyInAnyOrder(
                        violation("grantSize", "kichi.call.currency"),
                        violation("lots[2].envelope", "kichi.call.currency"),
                        violation("lots[2].grantSize", "kichi.call.currency"));
    }

    @Test
    void currencyComesFromTheGrantSizeWhenThereIsNoEnvelope() {
        assertRejected(() -> Samples.call().envelope(java.util.Optional.empty())
                .grantSize(MoneyRange.of(kgs("1"), null))
                .addLot(Lot.builder().from(lot("lot-c")).envelope(Money.of("1", "USD")).build()).build())
                .containsExactly(violation("lots[2].envelope", "kichi.call.currency"));
    }

    @Test
    void theLargestGrantDoesNotExceedTheEnvelope() {
        Lot lotTooBig = Lot.builder().from(lot("lot-c")).envelope(kgs("100000"))
                .grantSize(MoneyRange.of(null, kgs("100000.01"))).build();
        assertRejected(() -> Samples.call().grantSize(MoneyRange.of(null, kgs("3000000.01"))).addLot(lotTooBig)
                .build()).containsExactly(
                        violation("grantSize.max", "kichi.call.grantAboveEnvelope"),
                        violation("lots[2].grantSize.max", "kichi.call.grantAboveEnvelope"));
        assertThat(Samples.call().grantSize(MoneyRange.of(null, kgs("3000000"))).build().getGrantSize()).isPresent();
    }

    @Test
    void lotIdentifiersAreUnique() {
        assertRejected(() -> Samples.call().addLot(lot("lot-a")).addLot(lot("lot-b")).build()).containsExactly(
                violation("lots[2].id", "kichi.call.duplicateLot"), violation("lots[3].id", "kichi.call.duplicateLot"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {3, 16, 17, 40})
    void findsTheRepeatedLotInSmallAndLargeCalls(int lots) {
        CallForProposals.Builder call = Samples.call();
        for (int i = 2; i < lots; i++) {
            call.addLot(lot("lot-" + i));
        }
        assertThat(call.build().getLots()).hasSize(lots);
        call.addLot(lot("lot-" + (2 + (lots - 2) / 2)));
        assertRejected(call::build).containsExactly(violation("lots[" + lots + "].id", "kichi.call.duplicateLot"));
    }

    @Test
    void reportsEveryCrossFieldRuleTogether() {
        assertRejected(() -> Samples.call().announced(PartialDate.ofYear(2020)).deadline(PartialDate.ofYear(2019))
                .grantSize(MoneyRange.of(null, Money.of("1", "EUR"))).addLot(lot("lot-a")).build())
                .containsExactlyInAnyOrder(
                        violation("deadline", "kichi.call.deadlineBeforeAnnouncement"),
                        violation("grantSize", "kichi.call.currency"),
                        violation("lots[2].id", "kichi.call.duplicateLot"));
    }

    @Test
    void isImmutableAndCopiesItsInputs() {
        Set<LegalForm> forms = EnumSet.of(LegalForm.PUBLIC_ASSOCIATION);
        CallForProposals call = Samples.call().eligibleLegalForms(forms).build();
        forms.add(LegalForm.MEDIA_OUTLET);
        assertThat(call.getEligibleLegalForms()).containsExactly(LegalForm.PUBLIC_ASSOCIATION);
        assertThatThrownBy(() -> call.getEligibleLegalForms().add(LegalForm.OTHER))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> call.getLots().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(call.withTitle(en("Other"))).isNotEqualTo(call);
        assertThat(call).isEqualTo(Samples.call().eligibleLegalForms(EnumSet.of(LegalForm.PUBLIC_ASSOCIATION)).build());
    }

    @Test
    void aNullCoverageIsNotGivenSoNotStated() {
        // null means "not given" (KichiStyle's null rule): the coverage keeps its default, not stated
        assertThat(Samples.call().eligibleCoverage(null).build().getEligibleCoverage()).isEqualTo(RegionalCoverage.notStated());
        assertThat(Samples.call().eligibleCoverage(null).build()).isEqualTo(Samples.call().build());
    }
}
