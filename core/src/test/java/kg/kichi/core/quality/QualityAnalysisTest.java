package kg.kichi.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.call.CallResults;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.ParticipationRole;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.PartialDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every check with a case that triggers it and one that does not. The base {@link Scenario} is clean; each test
 * changes one thing, and the expected counts, pointers and messages are written out by hand.
 */
class QualityAnalysisTest {
    private static final Locale EN = Locale.ENGLISH;

    private static CheckResult result(Scenario s, QualityCheck check) {
        return s.run().result(check);
    }

    private static Finding only(CheckResult r) {
        assertThat(r.getFlagged()).as(r.getCheck().getCode() + " flagged").isEqualTo(1);
        assertThat(r.getFindings()).hasSize(1);
        return r.getFindings().get(0);
    }

    private static List<String> pointers(Finding f) {
        return f.getSubjects().stream().map(s -> s.getPointer().orElseThrow()).toList();
    }

    private static Grant grantWith(Scenario s, String id, String amount) {
        return s.grant().withId(id).withApplication(java.util.Optional.empty()).withAmountAwarded(Money.of(amount, "KGS"));
    }

    @Test
    void theCleanBaseFlagsNothingAndCountsWhatEachCheckLookedAt() {
        QualityReport report = new Scenario().run();
        assertThat(report.getResults()).extracting(CheckResult::getCheck).containsExactly(QualityCheck.values());
        assertThat(report.getResults()).allSatisfy(r -> assertThat(r.getFlagged()).as(r.getCheck().getCode()).isZero());
        assertThat(report.getDocuments()).containsExactly("doc.json");
        // counted by hand from Scenario
        assertThat(report.result(QualityCheck.ZERO_AMOUNT).getLookedAt()).isEqualTo(2); // project budget, call amounts
        assertThat(report.result(QualityCheck.DATE_FAR_PAST).getLookedAt()).isEqualTo(4); // programme, project, call, grant
        assertThat(report.result(QualityCheck.TITLE_TOO_LONG).getLookedAt()).isEqualTo(1);
        assertThat(report.result(QualityCheck.GRANTS_OVER_ENVELOPE).getLookedAt()).isEqualTo(1);
        assertThat(report.result(QualityCheck.AWARDED_APPLICATION_WITHOUT_GRANT).getLookedAt()).isEqualTo(1);
        assertThat(report.result(QualityCheck.UNEXPECTED_ID_CHARACTERS).getLookedAt()).isEqualTo(1);
        assertThat(report.result(QualityCheck.ID_WITH_SEVERAL_NAMES).getLookedAt()).isZero();
        assertThat(report.result(QualityCheck.PROBABLY_SAME_ORGANISATION).getLookedAt()).isEqualTo(2);
        assertThat(report.hasFindings(Severity.INFO)).isFalse();
    }

    @Nested
    class Money_ {
        @Test
        void aZeroBudgetIsFlaggedAPositiveOneIsNot() {
            Scenario s = new Scenario();
            s.projects.set(0, s.project().withBudget(Money.of("0", "EUR")));
            Finding f = only(result(s, QualityCheck.ZERO_AMOUNT));
            assertThat(pointers(f)).containsExactly("/projects/0/budget");
            assertThat(f.message(EN)).isEqualTo("project proj: budget is EUR 0");
            assertThat(f.getSubjects().get(0).getDocument()).contains("doc.json");
        }

        @Test
        void anAmountOutsideTheGrantSizeIsFlaggedTheLargestAllowedIsNot() {
            Scenario s = new Scenario();
            s.grants.set(0, s.grant().withAmountAwarded(Money.of("60000", "KGS")));
            Finding f = only(result(s, QualityCheck.GRANT_AMOUNT_OUTSIDE_SIZE));
            assertThat(pointers(f)).containsExactly("/grants/0/amountAwarded", "/calls/0/grantSize");
            assertThat(f.message(EN)).isEqualTo(
                    "grant g-1 of KGS 60000 is outside the grant size of call call (KGS 10000 – KGS 50000)");

            s.grants.set(0, s.grant().withAmountAwarded(Money.of("50000", "KGS")));
            assertThat(result(s, QualityCheck.GRANT_AMOUNT_OUTSIDE_SIZE).getFlagged()).isZero();
        }

        @Test
        void aGrantInAnotherCurrencyThanItsCallIsFlagged() {
            Scenario s = new Scenario();
            s.grants.set(0, s.grant().withAmountAwarded(Money.of("400", "EUR")));
            Finding f = only(result(s, QualityCheck.GRANT_CURRENCY_DIFFERS));
            assertThat(f.message(EN)).isEqualTo("grant g-1 is of EUR 400, but call call states its amounts in KGS");
            assertThat(new Scenario().run().result(QualityCheck.GRANT_CURRENCY_DIFFERS).getLookedAt()).isEqualTo(1);
        }

        @Test
        void grantsOverTheEnvelopeAreFlaggedAndOtherCurrenciesAreNamedNotAdded() {
            // the case: three grants summing to more than the envelope, one of them in another currency
            Scenario s = new Scenario();
            s.grants.add(grantWith(s, "g-2", "50000"));
            s.grants.add(grantWith(s, "g-3", "20000").withAmountAwarded(Money.of("150", "EUR")));
            s.grants.set(0, grantWith(s, "g-1", "50001").withApplication("app-1"));
            Finding f = only(result(s, QualityCheck.GRANTS_OVER_ENVELOPE));
            assertThat(pointers(f)).containsExactly("/calls/0/envelope");
            assertThat(f.message(EN)).isEqualTo("the grants of call call add up to KGS 100001, over its envelope of KGS 100000"
                    + " (grants in 1 other currencies not counted)");
        }

        @Test
        void grantsThatExactlyFillTheEnvelopeAreNotFlagged() {
            Scenario s = new Scenario();
            s.grants.set(0, s.grant().withAmountAwarded(Money.of("50000", "KGS")));
            s.grants.add(grantWith(s, "g-2", "50000"));
            assertThat(result(s, QualityCheck.GRANTS_OVER_ENVELOPE).getFlagged()).isZero();
        }
    }

    @Nested
    class Calls {
        @Test
        void moreGrantsThanPlannedAreFlaggedAsManyAreNot() {
            Scenario s = new Scenario();
            s.grants.add(grantWith(s, "g-2", "10000"));
            assertThat(result(s, QualityCheck.GRANTS_OVER_PLANNED).getFlagged()).isZero();
            s.grants.add(grantWith(s, "g-3", "10000"));
            Finding f = only(result(s, QualityCheck.GRANTS_OVER_PLANNED));
            assertThat(pointers(f)).containsExactly("/calls/0/plannedGrants");
            assertThat(f.message(EN)).isEqualTo("call call has 3 grants, but 2 were planned");
        }

        @Test
        void moreApplicationsThanReportedReceivedAreFlagged() {
            Scenario s = new Scenario();
            s.calls.set(0, s.call().withResults(CallResults.builder().applicationsReceived(1).build()));
            Finding f = only(result(s, QualityCheck.RESULTS_RECEIVED_BELOW_PRESENT));
            assertThat(pointers(f)).containsExactly("/calls/0/results/applicationsReceived");
            assertThat(f.message(EN)).isEqualTo("call call reports 1 applications received, but the document holds 2");

            s.calls.set(0, s.call().withResults(CallResults.builder().applicationsReceived(2).build()));
            assertThat(result(s, QualityCheck.RESULTS_RECEIVED_BELOW_PRESENT).getFlagged()).isZero();
        }

        @Test
        void moreGrantsThanReportedSelectedAreFlagged() {
            Scenario s = new Scenario();
            s.calls.set(0, s.call().withResults(CallResults.builder().applicationsSelected(0).build()));
            Finding f = only(result(s, QualityCheck.RESULTS_SELECTED_BELOW_PRESENT));
            assertThat(f.message(EN)).isEqualTo(
                    "call call reports 0 applications selected, but the document holds 1 grants and 1 awarded applications");
            s.calls.set(0, s.call().withResults(CallResults.builder().applicationsSelected(1).build()));
            assertThat(result(s, QualityCheck.RESULTS_SELECTED_BELOW_PRESENT).getFlagged()).isZero();
        }
    }

    @Nested
    class Dates {
        @Test
        void aDateBefore1990IsFlaggedJanuary1990IsNot() {
            Scenario s = new Scenario();
            s.programmes.set(0, s.programmes.get(0).withPeriod(Scenario.period("1985-01", "2021-12")));
            Finding f = only(result(s, QualityCheck.DATE_FAR_PAST));
            assertThat(pointers(f)).containsExactly("/programmes/0/period/start");
            assertThat(f.message(EN)).isEqualTo("programme prog: period.start is 1985-01, before 1990-01-01");

            s.programmes.set(0, s.programmes.get(0).withPeriod(Scenario.period("1990-01", "2021-12")));
            assertThat(result(s, QualityCheck.DATE_FAR_PAST).getFlagged()).isZero();
        }

        @Test
        void aDateMoreThanTenYearsAfterPublicationIsFlagged() {
            Scenario s = new Scenario();
            s.grants.set(0, s.grant().withPeriod(Scenario.period("2020-06", "2032-03")));
            Finding f = only(result(s, QualityCheck.DATE_FAR_FUTURE));
            assertThat(pointers(f)).containsExactly("/grants/0/period/end");
            assertThat(f.message(EN)).isEqualTo("grant g-1: period.end is 2032-03, after 2032-01-31");

            s.grants.set(0, s.grant().withPeriod(Scenario.period("2020-06", "2032-01")));
            assertThat(result(s, QualityCheck.DATE_FAR_FUTURE).getFlagged()).isZero();
        }

        @Test
        void anAwardAfterPublicationIsFlaggedOneThatMayBeBeforeItIsNot() {
            Scenario s = new Scenario();
            s.grants.set(0, s.grant().withAwardDate(PartialDate.parse("2022-02-01")));
            Finding f = only(result(s, QualityCheck.AWARD_AFTER_PUBLICATION));
            assertThat(f.message(EN)).isEqualTo("grant g-1 is dated 2022-02-01, after the data was published (2022-01-31)");
            s.grants.set(0, s.grant().withAwardDate(PartialDate.parse("2022-01")));
            assertThat(result(s, QualityCheck.AWARD_AFTER_PUBLICATION).getFlagged()).isZero();
        }

        @Test
        void anAwardBeforeTheCallWasAnnouncedIsFlagged() {
            Scenario s = new Scenario();
            s.grants.set(0, s.grant().withAwardDate(PartialDate.parse("2020-02")));
            Finding f = only(result(s, QualityCheck.AWARD_BEFORE_CALL_ANNOUNCED));
            assertThat(pointers(f)).containsExactly("/grants/0/awardDate", "/calls/0/announced");
            assertThat(f.message(EN)).isEqualTo("grant g-1 is dated 2020-02, before call call was announced (2020-03-01)");
            s.grants.set(0, s.grant().withAwardDate(PartialDate.parse("2020-03")));
            assertThat(result(s, QualityCheck.AWARD_BEFORE_CALL_ANNOUNCED).getFlagged()).isZero();
        }

        @Test
        void anAwardCertainlyBeforeTheDeadlineIsFlaggedAMonthThatContainsItIsNot() {
            Scenario s = new Scenario();
            s.grants.set(0, s.grant().withAwardDate(PartialDate.parse("2020-04-14")));
            Finding f = only(result(s, QualityCheck.AWARD_BEFORE_DEADLINE));
            assertThat(f.message(EN)).isEqualTo("grant g-1 is dated 2020-04-14, before the deadline of call call (2020-04-15)");
            s.grants.set(0, s.grant().withAwardDate(PartialDate.parse("2020-04")));
            assertThat(result(s, QualityCheck.AWARD_BEFORE_DEADLINE).getFlagged()).isZero();
        }

        @Test
        void anAwardAfterTheProjectEndedIsFlagged() {
            Scenario s = new Scenario();
            s.grants.set(0, s.grant().withAwardDate(PartialDate.parse("2021-07-01")));
            Finding f = only(result(s, QualityCheck.AWARD_AFTER_PROJECT_END));
            assertThat(pointers(f)).containsExactly("/grants/0/awardDate", "/projects/0/period/end");
            assertThat(f.message(EN)).isEqualTo("grant g-1 is dated 2021-07-01, after project proj ended (2021-06)");
            s.grants.set(0, s.grant().withAwardDate(PartialDate.parse("2021-06-30")));
            assertThat(result(s, QualityCheck.AWARD_AFTER_PROJECT_END).getFlagged()).isZero();
        }

        @Test
        void aProjectStartingBeforeItsProgrammeIsFlagged() {
            Scenario s = new Scenario();
            s.projects.set(0, s.project().withPeriod(Scenario.period("2017-06", "2020-12")));
            Finding f = only(result(s, QualityCheck.PROJECT_OUTSIDE_PROGRAMME_PERIOD));
            assertThat(pointers(f)).containsExactly("/projects/0/period/start", "/programmes/0/period");
            assertThat(f.message(EN)).isEqualTo(
                    "project proj runs 2017-06 – 2020-12, outside programme prog (2018-01 – 2021-12)");
            s.projects.set(0, s.project().withPeriod(Scenario.period("2018-01", "2021-12")));
            assertThat(result(s, QualityCheck.PROJECT_OUTSIDE_PROGRAMME_PERIOD).getFlagged()).isZero();
        }
    }

    @Nested
    class Grants {
        @Test
        void aDescriptionRepeatingTheTitleIsFlaggedIgnoringCaseAndSpaces() {
            Scenario s = new Scenario();
            s.grants.set(0, s.grant().withDescription(LocalizedText.of("en", "  clean WATER  for Ak-Tal ")));
            Finding f = only(result(s, QualityCheck.TITLE_EQUALS_DESCRIPTION));
            assertThat(pointers(f)).containsExactly("/grants/0/description/en");
            assertThat(f.message(EN)).isEqualTo("grant g-1: the description in en repeats the title");
        }

        @Test
        void aTitleOf141CharactersIsFlagged140IsNot() {
            Scenario s = new Scenario();
            s.grants.set(0, s.grant().withTitle(LocalizedText.of("ky", "ы".repeat(141))));
            Finding f = only(result(s, QualityCheck.TITLE_TOO_LONG));
            assertThat(pointers(f)).containsExactly("/grants/0/title/ky");
            assertThat(f.message(EN)).isEqualTo("grant g-1: the title in ky has 141 characters, over 140");
            s.grants.set(0, s.grant().withTitle(LocalizedText.of("ky", "ы".repeat(140))));
            assertThat(result(s, QualityCheck.TITLE_TOO_LONG).getFlagged()).isZero();
        }

        @Test
        void aGrantOnARejectedApplicationIsFlagged() {
            Scenario s = new Scenario();
            s.grants.set(0, s.grant().withApplication("app-2"));
            QualityReport report = s.run();
            Finding f = only(report.result(QualityCheck.GRANT_ON_UNAWARDED_APPLICATION));
            assertThat(pointers(f)).containsExactly("/grants/0/application", "/applications/1/statusHistory");
            assertThat(f.message(EN)).isEqualTo("grant g-1 was given on application app-2, whose status is rejected");
            // and app-1, awarded, now has no grant
            Finding g = only(report.result(QualityCheck.AWARDED_APPLICATION_WITHOUT_GRANT));
            assertThat(pointers(g)).containsExactly("/applications/0");
            assertThat(g.message(EN)).isEqualTo("application app-1 is awarded, but no grant of the document names it");
        }
    }

    @Nested
    class Places {
        @Test
        void aGrantWithoutCoverageIsFlaggedUnlessItsApplicationStatesOne() {
            Scenario s = new Scenario();
            s.grants.set(0, s.grant().withCoverage(RegionalCoverage.notStated()));
            Finding f = only(result(s, QualityCheck.NO_BENEFICIARY_LOCATION));
            assertThat(pointers(f)).containsExactly("/grants/0/coverage");

            Application a = s.applications.get(0).withCoverage(RegionalCoverage.of(UnitRef.iso("KG-N")));
            s.applications.set(0, a);
            assertThat(result(s, QualityCheck.NO_BENEFICIARY_LOCATION).getFlagged()).isZero();
        }

        @Test
        void aGrantInAnotherRegionThanTheCallAllowsIsFlaggedADistrictInsideItIsNot() {
            Scenario s = new Scenario();
            s.grants.set(0, s.grant().withCoverage(RegionalCoverage.of(UnitRef.iso("KG-T"))));
            Finding f = only(result(s, QualityCheck.GRANT_OUTSIDE_ELIGIBLE_AREA));
            assertThat(pointers(f)).containsExactly("/grants/0/coverage", "/calls/0/eligibleCoverage");
            assertThat(f.message(EN)).isEqualTo(
                    "grant g-1 covers iso3166-2:KG-T, outside the eligible area of call call (iso3166-2:KG-N)");

            // Naryn District (SOATE 41704245000000) lies in Naryn Region
            s.grants.set(0, s.grant().withCoverage(RegionalCoverage.of(UnitRef.soate("41704245000000"))));
            assertThat(result(s, QualityCheck.GRANT_OUTSIDE_ELIGIBLE_AREA).getFlagged()).isZero();
        }
    }

    @Nested
    class Organisations {
        @Test
        void aProjectThatDoesNotListItsProgrammesDonorIsFlagged() {
            Scenario s = new Scenario();
            s.projects.set(0, s.project().withParticipants(Participation.builder().organisation(Scenario.YNTYMAK)
                    .role(ParticipationRole.IMPLEMENTING).lead(true).build()));
            Finding f = only(result(s, QualityCheck.FUNDER_NOT_PARTICIPANT));
            assertThat(pointers(f)).containsExactly("/projects/0/participants", "/programmes/0/donor");
            assertThat(f.message(EN)).isEqualTo(
                    "project proj does not list XI-KICHI-eu, donor of programme prog, among its participants");
        }

        @Test
        void registryNumbersOfTheWrongLengthAreFlagged() {
            Scenario s = new Scenario();
            s.organisations.add(Scenario.organisation(OrganisationId.of("KG-OKPO", "1234567"), "ОФ «Бир»",
                    LegalForm.PUBLIC_FOUNDATION));
            s.organisations.add(Scenario.organisation(OrganisationId.of("KG-OKPO", "12345678"), "ОФ «Эки»",
                    LegalForm.PUBLIC_FOUNDATION));
            CheckResult r = result(s, QualityCheck.UNEXPECTED_ID_CHARACTERS);
            assertThat(r.getLookedAt()).isEqualTo(3);
            Finding f = only(r);
            assertThat(pointers(f)).containsExactly("/organisations/2/id");
            assertThat(f.message(EN)).isEqualTo(
                    "organisation KG-OKPO-1234567: its number is not the 8 digits of a KG-OKPO number");
        }

        @Test
        void lettersInAnInnAreFlagged() {
            Scenario s = new Scenario();
            s.organisations.add(Scenario.organisation(OrganisationId.of("KG-INN", "0240419991007A"), "ОО «Бир»",
                    LegalForm.PUBLIC_ASSOCIATION));
            assertThat(result(s, QualityCheck.UNEXPECTED_ID_CHARACTERS).getFlagged()).isEqualTo(1);
        }
    }

    @Nested
    class Identity {
        private Scenario second(OrganisationId id, LocalizedText name) {
            Scenario b = new Scenario();
            b.name = "other.json";
            b.organisations = new ArrayList<>(List.of(
                    Scenario.organisation(Scenario.EU, "Европейский Союз", LegalForm.INTERNATIONAL_ORGANISATION),
                    kg.kichi.core.organisation.Organisation.builder().id(id).name(name)
                            .legalForm(LegalForm.PUBLIC_ASSOCIATION).build()));
            return b;
        }

        @Test
        void oneIdWithNamesThatShareNoNormalisedFormIsFlagged() {
            Scenario b = second(Scenario.YNTYMAK, LocalizedText.of("ru", "ОО «Нарынский центр развития»"));
            QualityReport report = Scenario.run(List.of(new Scenario(), b));
            CheckResult r = report.result(QualityCheck.ID_WITH_SEVERAL_NAMES);
            assertThat(r.getLookedAt()).isEqualTo(2); // XI-KICHI-eu and the INN appear in both documents
            Finding f = only(r);
            assertThat(f.getSubjects()).extracting(Subject::toString)
                    .containsExactly("doc.json /organisations/1/name", "other.json /organisations/1/name");
            assertThat(f.message(EN)).isEqualTo("organisation KG-INN-02404199910074 is «ОО «Ынтымак»» in doc.json"
                    + " but «ОО «Нарынский центр развития»» in other.json");
        }

        @Test
        void namesInDifferentLanguagesOnlyAreNotJudged() {
            // a translation, not a transliteration: nothing says these are different organisations
            Scenario b = second(Scenario.YNTYMAK, LocalizedText.of("ky", "Нарын өнүктүрүү борбору"));
            QualityReport report = Scenario.run(List.of(new Scenario(), b));
            assertThat(report.result(QualityCheck.ID_WITH_SEVERAL_NAMES).getLookedAt()).isEqualTo(2);
            assertThat(report.result(QualityCheck.ID_WITH_SEVERAL_NAMES).getFlagged()).isZero();
        }

        @Test
        void aRecordWithBothLanguagesMatchesOnTheCommonOne() {
            // «Ынтымак» Коомдук бирикмеси and ОО «Ынтымак»: the legal form dropped, both fold to "intimak"
            Scenario b = second(Scenario.YNTYMAK, LocalizedText.of("ru", "Ынтымак")
                    .with("ky", "«Ынтымак» Коомдук бирикмеси"));
            QualityReport report = Scenario.run(List.of(new Scenario(), b));
            assertThat(report.result(QualityCheck.ID_WITH_SEVERAL_NAMES).getFlagged()).isZero();
        }

        @Test
        void aKyrgyzNameOfTheSameOrganisationMatchesItsRussianName() {
            // «Ынтымак» Коомдук бирикмеси and ОО «Ынтымак»: the legal form dropped, both fold to "intimak"
            Scenario b = second(Scenario.YNTYMAK, LocalizedText.of("ru", "«Ынтымак» Коомдук бирикмеси"));
            QualityReport report = Scenario.run(List.of(new Scenario(), b));
            assertThat(report.result(QualityCheck.ID_WITH_SEVERAL_NAMES).getFlagged()).isZero();
        }

        @Test
        void aLatinSpellingUnderAnotherIdIsProbablyTheSameOrganisation() {
            Scenario b = second(OrganisationId.local("yntymak"), LocalizedText.of("en", "PA \"Yntymak\""));
            QualityReport report = Scenario.run(List.of(new Scenario(), b));
            CheckResult r = report.result(QualityCheck.PROBABLY_SAME_ORGANISATION);
            assertThat(r.getLookedAt()).isEqualTo(3); // XI-KICHI-eu, the INN, XI-KICHI-yntymak
            assertThat(r.getFlagged()).isEqualTo(2);
            Finding f = r.getFindings().get(0);
            assertThat(f.getSubjects()).extracting(Subject::toString)
                    .containsExactly("doc.json /organisations/1/name/ru", "other.json /organisations/1/name/en");
            assertThat(f.message(EN)).isEqualTo("KG-INN-02404199910074, XI-KICHI-yntymak are probably the same"
                    + " organisation: KG-INN-02404199910074 name.ru «ОО «Ынтымак»» → intimak;"
                    + " XI-KICHI-yntymak name.en «PA \"Yntymak\"» → intimak");
        }

        @Test
        void anAliasInCyrillicMatchesAnotherIdsLatinName() {
            Scenario a = new Scenario();
            a.organisations.set(1, a.organisations.get(1).withAliases("Нарын ЭКБ"));
            Scenario b = second(OrganisationId.local("naryn-edc"), LocalizedText.of("en", "Naryn EKB"));
            CheckResult r = Scenario.run(List.of(a, b)).result(QualityCheck.PROBABLY_SAME_ORGANISATION);
            assertThat(r.getFlagged()).isEqualTo(2);
            assertThat(r.getFindings().get(0).getSubjects()).extracting(Subject::toString)
                    .containsExactly("doc.json /organisations/1/aliases/0", "other.json /organisations/1/name/en");
        }

        @Test
        void namesSharedOnlyInALaterDocumentAreShownFromThatDocument() {
            // a and b have different names in one.json and the same name in two.json: the evidence comes from
            // two.json's records, not from each id's first one (which once failed the whole analysis)
            OrganisationId a = OrganisationId.local("a");
            OrganisationId b = OrganisationId.local("b");
            QualityAnalysis analysis = QualityAnalysis.start(QualityOptions.asOf(Scenario.PUBLISHED));
            analysis.startDocument("one.json");
            analysis.organisation(named(a, "Alpha Works"), "/organisations/0");
            analysis.organisation(named(b, "Beta Works"), "/organisations/1");
            analysis.endDocument();
            analysis.startDocument("two.json");
            analysis.organisation(named(a, "Gamma Union"), "/organisations/0");
            analysis.organisation(named(b, "Gamma Union"), "/organisations/1");
            analysis.endDocument();
            QualityReport report = analysis.finish();
            CheckResult same = report.result(QualityCheck.PROBABLY_SAME_ORGANISATION);
            assertThat(same.getFlagged()).isEqualTo(2); // two organisations in one finding
            assertThat(same.getFindings()).hasSize(1);
            Finding f = same.getFindings().get(0);
            assertThat(f.getSubjects()).extracting(Subject::toString)
                    .containsExactly("two.json /organisations/0/name/en", "two.json /organisations/1/name/en");
            assertThat(f.message(EN)).isEqualTo("XI-KICHI-a, XI-KICHI-b are probably the same organisation:"
                    + " XI-KICHI-a name.en «Gamma Union» → gamaunion; XI-KICHI-b name.en «Gamma Union» → gamaunion");
            // and each id has two names that share no key (alphavorks or betavorks, gamaunion), in the two documents
            assertThat(report.result(QualityCheck.ID_WITH_SEVERAL_NAMES).getFlagged()).isEqualTo(2);
        }

        private kg.kichi.core.organisation.Organisation named(OrganisationId id, String english) {
            return kg.kichi.core.organisation.Organisation.builder().id(id).name(LocalizedText.of("en", english))
                    .legalForm(LegalForm.PUBLIC_ASSOCIATION).build();
        }

        @Test
        void differentNamesAreNotTheSameOrganisation() {
            Scenario b = second(OrganisationId.local("ak-tal"), LocalizedText.of("ru", "ОО «Ак-Тал»"));
            QualityReport report = Scenario.run(List.of(new Scenario(), b));
            assertThat(report.result(QualityCheck.PROBABLY_SAME_ORGANISATION).getFlagged()).isZero();
        }
    }

    @Nested
    class Streaming {
        @Test
        void aGrantBeforeItsCallIsCheckedAtTheEndOfTheDocument() {
            Scenario s = new Scenario();
            s.grants.set(0, s.grant().withAmountAwarded(Money.of("60000", "KGS")));
            QualityAnalysis analysis = QualityAnalysis.start(QualityOptions.asOf(Scenario.PUBLISHED));
            analysis.startDocument("late.json");
            analysis.grant(s.grant(), "/grants/0");
            s.applications.forEach(a -> analysis.application(a, null));
            analysis.call(s.call(), "/calls/0");
            analysis.project(s.project(), "/projects/0");
            analysis.programme(s.programmes.get(0), "/programmes/0");
            analysis.endDocument();
            CheckResult r = analysis.finish().result(QualityCheck.GRANT_AMOUNT_OUTSIDE_SIZE);
            assertThat(pointers(only(r))).containsExactly("/grants/0/amountAwarded", "/calls/0/grantSize");
        }

        @Test
        void aReportKeepsTheFirstFindingsAndCountsTheRest() {
            Scenario s = new Scenario();
            s.grants.clear();
            for (int i = 0; i < 8; i++) {
                s.grants.add(grantWith(new Scenario(), "g-" + i, "10000").withCoverage(RegionalCoverage.notStated()));
            }
            CheckResult r = result(s, QualityCheck.NO_BENEFICIARY_LOCATION);
            assertThat(r.getLookedAt()).isEqualTo(8);
            assertThat(r.getFlagged()).isEqualTo(8);
            assertThat(r.getFindings()).hasSize(5);
            assertThat(r.getSharePercent().orElseThrow()).isEqualByComparingTo("100.0");
            assertThat(r.getFindings().get(4).getSubjects().get(0).getPointer()).contains("/grants/4/coverage");
        }

        @Test
        void objectsOutsideADocumentAreRefused() {
            QualityAnalysis analysis = QualityAnalysis.start(QualityOptions.asOf(Scenario.PUBLISHED));
            assertThatThrownBy(() -> analysis.grant(new Scenario().grant(), null))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("startDocument");
        }
    }

    @Test
    void messagesComeInRussianAndKyrgyzWithTheirFigures() {
        Scenario s = new Scenario();
        s.grants.add(grantWith(s, "g-2", "10000"));
        s.grants.add(grantWith(s, "g-3", "10000"));
        Finding f = only(result(s, QualityCheck.GRANTS_OVER_PLANNED));
        assertThat(f.message(Locale.forLanguageTag("ru"))).isEqualTo("конкурс call: грантов 3, а планировалось 2");
        assertThat(f.message(Locale.forLanguageTag("ky"))).isEqualTo("сынак call: 3 грант, бирок 2 пландалган");
        assertThat(QualityCheck.GRANTS_OVER_PLANNED.title(Locale.forLanguageTag("ru")))
                .isEqualTo("Больше грантов, чем планировалось");
        assertThat(f.getArguments()).isEqualTo(Map.of("object", "call call", "grants", "3", "planned", "2"));
    }
}
