package kg.kichi.core.application;

import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static kg.kichi.core.Samples.TYNCHTYK;
import static kg.kichi.core.Samples.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kg.kichi.core.Samples;
import kg.kichi.core.money.Money;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.geo.RegionalCoverage;
import org.junit.jupiter.api.Test;

class ApplicationTest {
    static Application.Builder submitted() {
        return Application.builder().id("a1").call("c1").partnership(Partnership.ofLead(TYNCHTYK))
                .title(en("Youth media lab")).addStatusHistory(StatusChange.of(ApplicationStatus.SUBMITTED, null));
    }

    @Test
    void knowsItsApplicantAndStatus() {
        Application application = Samples.application().build();
        assertThat(application.getApplicant()).isEqualTo(TYNCHTYK);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.AWARDED);
        assertThat(application.getCoverage().isNotStated()).isTrue();
    }

    @Test
    void reportsEveryMissingAttributeAtOnce() {
        assertRejected(() -> Application.builder().lot("lot a").plannedDurationMonths(0).build())
                .containsExactlyInAnyOrder(
                        violation("id", "kichi.required"), violation("call", "kichi.required"),
                        violation("partnership", "kichi.required"), violation("title", "kichi.required"),
                        violation("lot", "kichi.id"), violation("plannedDurationMonths", "kichi.positive"),
                        violation("statusHistory", "kichi.application.noStatus"));
    }

    @Test
    void withStatusMovesOnByALegalTransition() {
        Application application = submitted().build();
        Application eligible = application.withStatus(ApplicationStatus.ELIGIBLE, PartialDate.of(2019, 5, 2));
        assertThat(eligible.getStatus()).isEqualTo(ApplicationStatus.ELIGIBLE);
        assertThat(eligible.getStatusHistory()).extracting(StatusChange::getStatus)
                .containsExactly(ApplicationStatus.SUBMITTED, ApplicationStatus.ELIGIBLE);
        assertThat(eligible.getStatusHistory().get(1).getOn()).contains(PartialDate.of(2019, 5, 2));
        assertThat(application.getStatus()).as("unchanged").isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(eligible.withStatus(ApplicationStatus.WITHDRAWN, null).getStatus())
                .isEqualTo(ApplicationStatus.WITHDRAWN);
    }

    @Test
    void withStatusRejectsAnIllegalTransition() {
        Application application = submitted().build();
        assertRejected(() -> application.withStatus(ApplicationStatus.AWARDED, null))
                .containsExactly(violation("statusHistory[1].status", "kichi.application.transition"));
        Application awarded = Samples.application().build();
        assertRejected(() -> awarded.withStatus(ApplicationStatus.WITHDRAWN, null))
                .containsExactly(violation("statusHistory[4].status", "kichi.application.transition"));
        assertRejected(() -> application.withStatus(ApplicationStatus.SUBMITTED, null))
                .containsExactly(violation("statusHistory[1].status", "kichi.application.transition"));
    }

    @Test
    void reportsEveryIllegalStepOfAHistory() {
        assertRejected(() -> submitted().addStatusHistory(StatusChange.of(ApplicationStatus.AWARDED, null),
                StatusChange.of(ApplicationStatus.DRAFT, null)).build()).containsExactly(
                        violation("statusHistory[1].status", "kichi.application.transition"),
                        violation("statusHistory[2].status", "kichi.application.transition"));
    }

    @Test
    void requestIsAboveZeroAndCoFinancingNotNegativeInOneCurrency() {
        assertRejected(() -> submitted().requestedAmount(Money.zero("KGS")).build())
                .containsExactly(violation("requestedAmount", "kichi.money.positive"));
        assertRejected(() -> submitted().requestedAmount(Money.of("-1", "KGS")).coFinancing(Money.of("-1", "EUR"))
                .build()).containsExactly(
                        violation("coFinancing", "kichi.application.currency"),
                        violation("coFinancing", "kichi.money.notNegative"),
                        violation("requestedAmount", "kichi.money.positive"));
        assertThat(submitted().requestedAmount(Money.of("1", "KGS")).coFinancing(Money.zero("KGS")).build()
                .getCoFinancing()).contains(Money.zero("KGS"));
        assertRejected(() -> submitted().requestedAmount(Money.of("100", "KGS")).coFinancing(Money.of("10", "USD"))
                .build()).containsExactly(violation("coFinancing", "kichi.application.currency"));
    }

    @Test
    void isImmutableAndCopiesItsInputs() {
        List<StatusChange> history = new ArrayList<>(List.of(StatusChange.of(ApplicationStatus.DRAFT, null)));
        Application application = submitted().statusHistory(history).build();
        history.add(StatusChange.of(ApplicationStatus.AWARDED, null));
        assertThat(application.getStatusHistory()).hasSize(1);
        assertThatThrownBy(() -> application.getStatusHistory().add(StatusChange.of(ApplicationStatus.SUBMITTED, null)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(application.withLot(Optional.of("lot-a"))).isNotEqualTo(application);
        assertThat(application).isEqualTo(submitted().statusHistory(List.of(StatusChange.of(ApplicationStatus.DRAFT,
                null))).build());
    }

    @Test
    void aNullCoverageIsNotGivenSoNotStated() {
        // null means "not given" (KichiStyle's null rule): the coverage keeps its default, not stated
        assertThat(Samples.application().coverage(null).build().getCoverage()).isEqualTo(RegionalCoverage.notStated());
        assertThat(Samples.application().coverage(null).build()).isEqualTo(Samples.application().build());
    }
}
