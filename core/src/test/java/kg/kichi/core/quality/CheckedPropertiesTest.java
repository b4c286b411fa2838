package kg.kichi.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kg.kichi.core.call.CallResults;
import kg.kichi.core.call.Lot;
import kg.kichi.core.money.Money;
import kg.kichi.core.money.MoneyRange;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.PartialDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each date and amount the date and zero-amount checks read, one at a time: a check that stopped reading one of
 * them would pass every test that flags another. Expected pointers and messages are written out by hand from
 * {@link Scenario} (published 2022-01-31: far past is before 1990-01-01, far future after 2032-01-31).
 */
class CheckedPropertiesTest {
    private static final Locale EN = Locale.ENGLISH;

    private static Finding only(Scenario s, QualityCheck check) {
        CheckResult r = s.run().result(check);
        assertThat(r.getFlagged()).as(check.getCode() + " flagged").isEqualTo(1);
        assertThat(r.getFindings()).hasSize(1);
        return r.getFindings().get(0);
    }

    private static String pointer(Finding f) {
        assertThat(f.getSubjects()).hasSize(1);
        return f.getSubjects().get(0).getPointer().orElseThrow();
    }

    @Nested
    class CallDates {
        @Test
        void theAnnouncementDate() {
            Scenario s = new Scenario();
            s.calls.set(0, s.call().withAnnounced(PartialDate.parse("1985-03-01")));
            Finding f = only(s, QualityCheck.DATE_FAR_PAST);
            assertThat(pointer(f)).isEqualTo("/calls/0/announced");
            assertThat(f.message(EN)).isEqualTo("call call: announced is 1985-03-01, before 1990-01-01");
        }

        @Test
        void theDeadline() {
            Scenario s = new Scenario();
            s.calls.set(0, s.call().withDeadline(PartialDate.parse("2033-01-15")));
            Finding f = only(s, QualityCheck.DATE_FAR_FUTURE);
            assertThat(pointer(f)).isEqualTo("/calls/0/deadline");
            assertThat(f.message(EN)).isEqualTo("call call: deadline is 2033-01-15, after 2032-01-31");
        }

        @Test
        void theImplementationPeriodOnceForBothEnds() {
            Scenario s = new Scenario();
            s.calls.set(0, s.call().withImplementationPeriod(Scenario.period("2033-01", "2034-06")));
            Finding f = only(s, QualityCheck.DATE_FAR_FUTURE); // both ends are far: the call is flagged once
            assertThat(pointer(f)).isEqualTo("/calls/0/implementationPeriod/start");
            assertThat(f.message(EN)).isEqualTo("call call: implementationPeriod.start is 2033-01, after 2032-01-31");
        }

        @Test
        void theResultsAnnouncement() {
            Scenario s = new Scenario();
            s.calls.set(0, s.call().withResults(CallResults.builder().applicationsReceived(5).applicationsSelected(2)
                    .announcedOn(PartialDate.parse("1985-06-01")).build()));
            Finding f = only(s, QualityCheck.DATE_FAR_PAST);
            assertThat(pointer(f)).isEqualTo("/calls/0/results/announcedOn");
            assertThat(f.message(EN)).isEqualTo("call call: results.announcedOn is 1985-06-01, before 1990-01-01");
        }
    }

    @Nested
    class ApplicationDates {
        @Test
        void theSubmissionTime() {
            Scenario s = new Scenario();
            s.applications.set(0, s.applications.get(0)
                    .withSubmittedAt(OffsetDateTime.of(1985, 3, 4, 10, 0, 0, 0, ZoneOffset.ofHours(6))));
            Finding f = only(s, QualityCheck.DATE_FAR_PAST);
            assertThat(pointer(f)).isEqualTo("/applications/0/submittedAt");
            assertThat(f.message(EN)).isEqualTo("application app-1: submittedAt is 1985-03-04, before 1990-01-01");
        }

        @Test
        void thePlannedPeriod() {
            Scenario s = new Scenario();
            s.applications.set(1, s.applications.get(1).withPlannedPeriod(Scenario.period("2020-06", "2033-05")));
            Finding f = only(s, QualityCheck.DATE_FAR_FUTURE);
            assertThat(pointer(f)).isEqualTo("/applications/1/plannedPeriod/end");
            assertThat(f.message(EN)).isEqualTo("application app-2: plannedPeriod.end is 2033-05, after 2032-01-31");
        }
    }

    @Nested
    class ZeroAmounts {
        @Test
        void aProgrammeBudget() {
            Scenario s = new Scenario();
            s.programmes.set(0, s.programmes.get(0).withBudget(Money.of("0", "EUR")));
            Finding f = only(s, QualityCheck.ZERO_AMOUNT);
            assertThat(pointer(f)).isEqualTo("/programmes/0/budget");
            assertThat(f.message(EN)).isEqualTo("programme prog: budget is EUR 0");
        }

        @Test
        void aCallEnvelope() {
            Scenario s = new Scenario();
            // without a grant size, which a zero envelope would make invalid
            s.calls.set(0, s.call().withGrantSize(Optional.empty()).withEnvelope(Money.of("0", "KGS")));
            Finding f = only(s, QualityCheck.ZERO_AMOUNT);
            assertThat(pointer(f)).isEqualTo("/calls/0/envelope");
            assertThat(f.message(EN)).isEqualTo("call call: envelope is KGS 0");
        }

        @Test
        void aCallsLargestGrant() {
            Scenario s = new Scenario();
            s.calls.set(0, s.call().withGrantSize(MoneyRange.of(null, Money.of("0", "KGS"))));
            Finding f = only(s, QualityCheck.ZERO_AMOUNT);
            assertThat(pointer(f)).isEqualTo("/calls/0/grantSize/max");
            assertThat(f.message(EN)).isEqualTo("call call: grantSize.max is KGS 0");
        }

        @Test
        void aLotsEnvelopeAndLargestGrantOnceForTheCall() {
            Scenario s = new Scenario();
            Lot cso = Lot.builder().id("cso").title(LocalizedText.of("en", "NGOs")).build();
            Lot lsg = Lot.builder().id("lsg").title(LocalizedText.of("en", "Local governments"))
                    .envelope(Money.of("0", "KGS")).grantSize(MoneyRange.of(null, Money.of("0", "KGS"))).build();
            s.calls.set(0, s.call().withLots(List.of(cso, lsg)));
            Finding f = only(s, QualityCheck.ZERO_AMOUNT); // the call is flagged once, at its first zero
            assertThat(pointer(f)).isEqualTo("/calls/0/lots/1/envelope");
            assertThat(f.message(EN)).isEqualTo("call call: lots.1.envelope is KGS 0");

            s.calls.set(0, s.call().withLots(List.of(cso, lsg.withEnvelope(Money.of("30000", "KGS")))));
            f = only(s, QualityCheck.ZERO_AMOUNT);
            assertThat(pointer(f)).isEqualTo("/calls/0/lots/1/grantSize/max");
            assertThat(f.message(EN)).isEqualTo("call call: lots.1.grantSize.max is KGS 0");
        }
    }

    @Nested
    class StatedCurrency {
        /** The call states no amount of its own; its lot eur states only {@code grantSize}. */
        private Scenario withLot(MoneyRange eurSize) {
            Scenario s = new Scenario();
            Lot eur = Lot.builder().id("eur").title(LocalizedText.of("en", "In euros")).grantSize(eurSize).build();
            s.calls.set(0, s.call().withEnvelope(Optional.empty()).withGrantSize(Optional.empty())
                    .withLots(List.of(eur)));
            s.grants.set(0, s.grant().withLot("eur")); // KGS 40000
            return s;
        }

        @Test
        void aLotsLargestGrant() {
            Finding f = only(withLot(MoneyRange.of(null, Money.of("50000", "EUR"))),
                    QualityCheck.GRANT_CURRENCY_DIFFERS);
            assertThat(f.message(EN)).isEqualTo("grant g-1 is of KGS 40000, but call call states its amounts in EUR");
        }

        @Test
        void aLotsSmallestGrantWhenItStatesNoLargest() {
            Finding f = only(withLot(MoneyRange.of(Money.of("5000", "EUR"), null)),
                    QualityCheck.GRANT_CURRENCY_DIFFERS);
            assertThat(f.message(EN)).isEqualTo("grant g-1 is of KGS 40000, but call call states its amounts in EUR");
        }

        @Test
        void aCallsSmallestGrantWhenItStatesNothingElse() {
            Scenario s = new Scenario();
            s.calls.set(0, s.call().withEnvelope(Optional.empty())
                    .withGrantSize(MoneyRange.of(Money.of("10000", "KGS"), null)));
            s.grants.set(0, s.grant().withAmountAwarded(Money.of("400", "EUR")));
            Finding f = only(s, QualityCheck.GRANT_CURRENCY_DIFFERS);
            assertThat(f.message(EN)).isEqualTo("grant g-1 is of EUR 400, but call call states its amounts in KGS");
        }
    }

    /** A grant that arrives before an object it names waits for it, and is checked once the document gives it. */
    @Nested
    class GrantsThatCameFirst {
        @Test
        void beforeItsApplication() {
            Scenario s = new Scenario();
            s.grants.set(0, s.grant().withApplication("app-2")); // rejected
            QualityAnalysis analysis = QualityAnalysis.start(QualityOptions.asOf(Scenario.PUBLISHED));
            analysis.startDocument("doc.json");
            analysis.programme(s.programmes.get(0), "/programmes/0");
            analysis.project(s.project(), "/projects/0");
            analysis.call(s.call(), "/calls/0");
            analysis.grant(s.grant(), "/grants/0");
            analysis.application(s.applications.get(0), "/applications/0");
            analysis.application(s.applications.get(1), "/applications/1");
            analysis.endDocument();
            CheckResult r = analysis.finish().result(QualityCheck.GRANT_ON_UNAWARDED_APPLICATION);
            assertThat(r.getFlagged()).isEqualTo(1);
            assertThat(r.getFindings().get(0).message(EN))
                    .isEqualTo("grant g-1 was given on application app-2, whose status is rejected");
        }

        @Test
        void beforeTheProjectOfItsCall() {
            Scenario s = new Scenario();
            s.grants.set(0, s.grant().withAwardDate(PartialDate.parse("2021-07-01"))); // the project ended 2021-06
            QualityAnalysis analysis = QualityAnalysis.start(QualityOptions.asOf(Scenario.PUBLISHED));
            analysis.startDocument("doc.json");
            analysis.programme(s.programmes.get(0), "/programmes/0");
            analysis.call(s.call(), "/calls/0");
            analysis.application(s.applications.get(0), "/applications/0");
            analysis.application(s.applications.get(1), "/applications/1");
            analysis.grant(s.grant(), "/grants/0");
            analysis.project(s.project(), "/projects/0");
            analysis.endDocument();
            CheckResult r = analysis.finish().result(QualityCheck.AWARD_AFTER_PROJECT_END);
            assertThat(r.getFlagged()).isEqualTo(1);
            assertThat(r.getFindings().get(0).message(EN))
                    .isEqualTo("grant g-1 is dated 2021-07-01, after project proj ended (2021-06)");
        }
    }

    @Nested
    class Lifecycle {
        @Test
        void nothingIsTakenAfterTheReport() {
            QualityAnalysis analysis = QualityAnalysis.start(QualityOptions.asOf(Scenario.PUBLISHED));
            new Scenario().feed(analysis);
            analysis.finish();
            assertThatThrownBy(() -> analysis.startDocument("late.json"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("finished");
            assertThatThrownBy(() -> analysis.grant(new Scenario().grant(), null))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("finished");
            assertThatThrownBy(analysis::finish)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("finished");
        }

        @Test
        void aDocumentMustBeEndedBeforeTheNextOrTheReport() {
            QualityAnalysis analysis = QualityAnalysis.start(QualityOptions.asOf(Scenario.PUBLISHED));
            analysis.startDocument("one.json");
            assertThatThrownBy(() -> analysis.startDocument("two.json"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("one.json");
            assertThatThrownBy(analysis::finish)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("one.json");
        }
    }
}
