package kg.kichi.core.eligibility;

import static kg.kichi.core.eligibility.ScreeningFixture.KARAKOL;
import static kg.kichi.core.eligibility.ScreeningFixture.KARA_KOL;
import static kg.kichi.core.eligibility.ScreeningFixture.LEAD;
import static kg.kichi.core.eligibility.ScreeningFixture.MEDIA;
import static kg.kichi.core.eligibility.ScreeningFixture.NARYN_CITY;
import static kg.kichi.core.eligibility.ScreeningFixture.PC;
import static kg.kichi.core.eligibility.ScreeningFixture.STATE;
import static kg.kichi.core.eligibility.ScreeningFixture.application;
import static kg.kichi.core.eligibility.ScreeningFixture.at;
import static kg.kichi.core.eligibility.ScreeningFixture.call;
import static kg.kichi.core.eligibility.ScreeningFixture.check;
import static kg.kichi.core.eligibility.ScreeningFixture.lead;
import static kg.kichi.core.eligibility.ScreeningFixture.partners;
import static kg.kichi.core.eligibility.ScreeningFixture.screening;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.application.Budget;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.money.ExchangeRates;
import kg.kichi.core.money.Money;
import kg.kichi.core.money.MoneyRange;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One nested class per rule type; every expected status, value and path is written out by hand. */
class ScreeningRulesTest {
    static final String LEAD_PATH = "partnership.members[0].organisation";

    @Nested
    class Applicant {
        final Rule forms = Rule.applicantLegalForm("forms", LegalForm.PUBLIC_ASSOCIATION, LegalForm.PUBLIC_FOUNDATION);

        @Test
        void legalFormInTheSetPasses() {
            RuleResult r = check(forms, application());
            assertThat(r.getStatus()).isEqualTo(RuleStatus.PASS);
            assertThat(r.getActual()).contains("public-association");
            assertThat(r.getPath()).isEqualTo(LEAD_PATH + ".legalForm");
            assertThat(r.getLimit()).isEqualTo("public-association, public-foundation");
        }

        @Test
        void aMediaOutletLeadFails() {
            RuleResult r = check(forms, application(), lead().legalForm(LegalForm.MEDIA_OUTLET).build());
            assertThat(r.getStatus()).isEqualTo(RuleStatus.FAIL);
            assertThat(r.getActual()).contains("media-outlet");
            assertThat(r.getMessage(Locale.ENGLISH)).isEqualTo("forms: the lead applicant's legal form is one of "
                    + "public-association, public-foundation: not met (media-outlet)");
            assertThat(r.getMessage(Locale.forLanguageTag("ru"))).isEqualTo("forms: организационно-правовая форма "
                    + "ведущего заявителя — одна из public-association, public-foundation: не выполнено (media-outlet)");
            assertThat(r.getMessage(Locale.forLanguageTag("ky"))).isEqualTo("forms: негизги арыз берүүчүнүн "
                    + "уюштуруу-укуктук формасы булардын бири: public-association, public-foundation: аткарылган жок "
                    + "(media-outlet)");
        }

        @Test
        void aFormNotStatedIsNotAGuess() {
            RuleResult r = check(forms, application(), lead().legalForm(LegalForm.NOT_STATED).build());
            assertThat(r.getStatus()).isEqualTo(RuleStatus.UNKNOWN);
            assertThat(r.getMissing()).containsExactly(LEAD_PATH + ".legalForm");
        }

        @Test
        void aFormOfOtherIsNotAGuess() {
            RuleResult r = check(forms, application(), lead().legalForm(LegalForm.OTHER).build());
            assertThat(r.getStatus()).isEqualTo(RuleStatus.UNKNOWN);
            assertThat(r.getMissing()).containsExactly(LEAD_PATH + ".legalForm");
        }

        @Test
        void nonProfit() {
            Rule rule = Rule.applicantNonProfit("np");
            // Not stated is unknown, whatever the legal form usually implies (issue 15): a public association
            // is typically non-profit, but no source said so of this one.
            RuleResult unstated = check(rule, application());
            assertThat(unstated.getStatus()).isEqualTo(RuleStatus.UNKNOWN);
            assertThat(unstated.getMissing()).containsExactly(LEAD_PATH + ".nonProfit");
            assertThat(check(rule, application(), lead().legalForm(LegalForm.MEDIA_OUTLET).build()).getStatus())
                    .isEqualTo(RuleStatus.UNKNOWN);
            assertThat(check(rule, application(), lead().nonProfit(true).build()).getStatus())
                    .isEqualTo(RuleStatus.PASS);
            RuleResult stated = check(rule, application(), lead().nonProfit(false).build());
            assertThat(stated.getStatus()).isEqualTo(RuleStatus.FAIL);
            assertThat(stated.getActual()).contains("false");
            assertThat(stated.getPath()).isEqualTo(LEAD_PATH + ".nonProfit");
        }

        @Test
        void registeredAtLeastTwelveMonthsBeforeTheDeadline() {
            Rule rule = Rule.applicantRegistered("reg", 12);
            var withDeadline = call().deadline(PartialDate.of(2024, 3, 15));
            Application app = application().build();
            ExchangeRates none = ExchangeRates.none();
            assertThat(check(rule, call().deadline(PartialDate.of(2024, 3, 15)), app, none).getStatus())
                    .isEqualTo(RuleStatus.PASS);
            RuleResult late = check(rule, withDeadline, app, none,
                    lead().registered(PartialDate.of(2023, 9, 1)).build());
            assertThat(late.getStatus()).isEqualTo(RuleStatus.FAIL);
            assertThat(late.getActual()).contains("2023-09-01");
            assertThat(late.getPath()).isEqualTo(LEAD_PATH + ".registered");
            // March 2023: the 1st would pass (2024-03-01), the 31st would not (2024-03-31)
            assertThat(check(rule, call().deadline(PartialDate.of(2024, 3, 15)), app, none,
                    lead().registered(PartialDate.of(2023, 3)).build()).getStatus()).isEqualTo(RuleStatus.UNKNOWN);
            // exactly twelve months passes
            assertThat(check(rule, call().deadline(PartialDate.of(2024, 3, 15)), app, none,
                    lead().registered(PartialDate.of(2023, 3, 15)).build()).getStatus()).isEqualTo(RuleStatus.PASS);
            assertThat(check(rule, call().deadline(PartialDate.of(2024, 3, 15)), app, none,
                    lead().registered(PartialDate.of(2023, 3, 16)).build()).getStatus()).isEqualTo(RuleStatus.FAIL);
            RuleResult notStated = check(rule, call().deadline(PartialDate.of(2024, 3, 15)), app, none,
                    lead().registered(Optional.empty()).build());
            assertThat(notStated.getMissing()).containsExactly(LEAD_PATH + ".registered");
            assertThat(check(rule, app).getMissing()).containsExactly("call.deadline");
            Rule own = Rule.builder(RuleType.APPLICANT_REGISTERED, "own").months(12)
                    .deadline(PartialDate.of(2021, 5, 9)).build();
            assertThat(check(own, app).getStatus()).isEqualTo(RuleStatus.FAIL);
        }

        @Test
        void seatWithinAnArea() {
            Rule rule = Rule.applicantSeat("seat", RegionalCoverage.of(UnitRef.iso("KG-N")));
            RuleResult naryn = check(rule, application());
            assertThat(naryn.getStatus()).isEqualTo(RuleStatus.PASS);
            assertThat(naryn.getActual()).contains("Naryn (city) (Naryn Region)");
            assertThat(naryn.getPath()).isEqualTo(LEAD_PATH + ".seat");
            assertThat(check(rule, application(), lead().seat(KARAKOL).build()).getStatus())
                    .isEqualTo(RuleStatus.FAIL);
            assertThat(check(rule, application(), lead().seat(Optional.empty()).build()).getStatus())
                    .isEqualTo(RuleStatus.UNKNOWN);
            Rule kg = Rule.applicantSeat("kg", RegionalCoverage.nationwide("KG"));
            assertThat(check(kg, application(), lead().seat(KARA_KOL).build()).getStatus()).isEqualTo(RuleStatus.PASS);
            assertThat(check(kg, application(), lead().seat(UnitRef.of(UnitRef.ISO_3166_1, "KZ")).build())
                    .getStatus()).isEqualTo(RuleStatus.FAIL);
        }

        @Test
        void notExcluded() {
            Rule rule = Rule.applicantNotExcluded("excl", "declaration-on-honour");
            assertThat(check(rule, application().addDeclaration("declaration-on-honour")).getStatus())
                    .isEqualTo(RuleStatus.PASS);
            RuleResult bankrupt = check(rule, application().addDeclaration("declaration-on-honour")
                    .addExclusionSituation("bankruptcy"));
            assertThat(bankrupt.getStatus()).isEqualTo(RuleStatus.FAIL);
            assertThat(bankrupt.getActual()).contains("bankruptcy");
            assertThat(bankrupt.getPath()).isEqualTo("exclusionSituations");
            RuleResult unsigned = check(rule, application());
            assertThat(unsigned.getStatus()).isEqualTo(RuleStatus.UNKNOWN);
            assertThat(unsigned.getMissing()).containsExactly("declarations");
        }
    }

    @Nested
    class PartnershipRules {
        @Test
        void partnerCount() {
            Rule rule = Rule.partnerCount("count", 1, 2);
            RuleResult two = check(rule, application());
            assertThat(two.getStatus()).isEqualTo(RuleStatus.PASS);
            assertThat(two.getActual()).contains("2");
            RuleResult none = check(rule, application().partnership(partners()));
            assertThat(none.getStatus()).isEqualTo(RuleStatus.FAIL);
            assertThat(none.getActual()).contains("0");
            assertThat(check(rule, application().partnership(partners(PC, MEDIA, STATE))).getStatus())
                    .isEqualTo(RuleStatus.FAIL);
        }

        @Test
        void partnerKinds() {
            Rule rule = Rule.partnerKinds("kinds", LegalForm.PUBLIC_COUNCIL, LegalForm.MEDIA_OUTLET);
            assertThat(check(rule, application()).getStatus()).isEqualTo(RuleStatus.PASS);
            RuleResult noMedia = check(rule, application().partnership(partners(PC)));
            assertThat(noMedia.getStatus()).isEqualTo(RuleStatus.FAIL);
            assertThat(noMedia.getDetails()).containsEntry("lacking", "media-outlet");
            assertThat(noMedia.getActual()).contains("public-council");
        }

        @Test
        void partnerLegalForms() {
            Rule rule = Rule.partnerLegalForms("pforms", LegalForm.PUBLIC_COUNCIL, LegalForm.MEDIA_OUTLET);
            assertThat(check(rule, application()).getStatus()).isEqualTo(RuleStatus.PASS);
            RuleResult state = check(rule, application().partnership(partners(PC, STATE)));
            assertThat(state.getStatus()).isEqualTo(RuleStatus.FAIL);
            assertThat(state.getActual()).contains("XI-KICHI-state state-body");
            assertThat(state.getPath()).isEqualTo("partnership.members[2].organisation.legalForm");
        }

        /** A partnership its source names only in part: partners not mentioned are not stated, never a fail. */
        @Test
        void aPartialPartnershipLeavesWhatItsListDoesNotDecideUnknown() {
            Partnership leadAlone = Partnership.builder().from(partners()).partial(true).build();
            Partnership withCouncil = Partnership.builder().from(partners(PC)).partial(true).build();
            Partnership withState = Partnership.builder().from(partners(PC, STATE)).partial(true).build();
            Partnership threeListed = Partnership.builder().from(partners(PC, MEDIA, STATE)).partial(true).build();
            Rule kinds = Rule.partnerKinds("kinds", LegalForm.PUBLIC_COUNCIL, LegalForm.MEDIA_OUTLET);
            RuleResult noneNamed = check(kinds, application().partnership(leadAlone));
            assertThat(noneNamed.getStatus()).isEqualTo(RuleStatus.UNKNOWN);
            assertThat(noneNamed.getMissing()).containsExactly("partnership.members");
            assertThat(noneNamed.getActual()).contains("—");
            assertThat(check(kinds, application().partnership(withCouncil)).getStatus()).isEqualTo(RuleStatus.UNKNOWN);
            assertThat(check(kinds, application().partnership(threeListed)).getStatus()).isEqualTo(RuleStatus.PASS);
            // the same lead alone, stated whole: no partners, so the kinds are lacking
            assertThat(check(kinds, application().partnership(partners())).getStatus()).isEqualTo(RuleStatus.FAIL);

            Rule count = Rule.partnerCount("count", 1, 2);
            assertThat(check(count, application().partnership(leadAlone)).getStatus()).isEqualTo(RuleStatus.UNKNOWN);
            assertThat(check(count, application().partnership(withCouncil)).getStatus()).isEqualTo(RuleStatus.UNKNOWN);
            assertThat(check(count, application().partnership(threeListed)).getStatus()).isEqualTo(RuleStatus.FAIL);
            Rule atLeastOne = Rule.partnerCount("at-least-one", 1, null);
            assertThat(check(atLeastOne, application().partnership(withCouncil)).getStatus())
                    .isEqualTo(RuleStatus.PASS);

            Rule forms = Rule.partnerLegalForms("pforms", LegalForm.PUBLIC_COUNCIL, LegalForm.MEDIA_OUTLET);
            RuleResult listedFit = check(forms, application().partnership(withCouncil));
            assertThat(listedFit.getStatus()).isEqualTo(RuleStatus.UNKNOWN);
            assertThat(listedFit.getMissing()).containsExactly("partnership.members");
            assertThat(check(forms, application().partnership(withState)).getStatus()).isEqualTo(RuleStatus.FAIL);
        }

        @Test
        void applicationsPerLead() {
            Application first = application().build();
            Application second = application().id("b").lot("lsg").build();
            Application withdrawn = application().id("w")
                    .addStatusHistory(StatusChange.of(ApplicationStatus.WITHDRAWN, null)).build();
            Rule perCall = Rule.applicationsPerLead("per-call", 1, false);
            Rule perLot = Rule.applicationsPerLead("per-lot", 1, true);
            Screening s = screening(call().addEligibilityRule(perCall).addEligibilityRule(perLot).build(),
                    List.of(first, second, withdrawn), ExchangeRates.none());
            Verdict v = s.screen(first);
            assertThat(v.result("per-call").get().getStatus()).isEqualTo(RuleStatus.FAIL);
            assertThat(v.result("per-call").get().getActual()).contains("2");
            assertThat(v.result("per-lot").get().getStatus()).isEqualTo(RuleStatus.PASS);
            assertThat(v.result("per-lot").get().getActual()).contains("1");
        }
    }

    @Nested
    class MoneyRules {
        final Rule size = Rule.grantSize("size", MoneyRange.of(Money.of("300000", "KGS"), Money.of("1500000", "KGS")));

        @Test
        void grantSize() {
            RuleResult ok = check(size, application());
            assertThat(ok.getStatus()).isEqualTo(RuleStatus.PASS);
            assertThat(ok.getActual()).contains("KGS 1000000");
            assertThat(ok.getPath()).isEqualTo("requestedAmount");
            assertThat(check(size, application().requestedAmount(Money.of("1500001", "KGS"))).getStatus())
                    .isEqualTo(RuleStatus.FAIL);
            assertThat(check(size, application().requestedAmount(Optional.empty())).getMissing())
                    .containsExactly("requestedAmount");
        }

        @Test
        void grantSizeInAnotherCurrencyNeedsARate() {
            Application usd = application().requestedAmount(Money.of("12000", "USD")).build();
            RuleResult unknown = check(size, usd);
            assertThat(unknown.getStatus()).isEqualTo(RuleStatus.UNKNOWN);
            assertThat(unknown.getMissing()).containsExactly("exchangeRate:USD/KGS");
            RuleResult converted = check(size, usd, ExchangeRates.none().with("USD", "KGS", new BigDecimal("87.5")));
            assertThat(converted.getStatus()).isEqualTo(RuleStatus.PASS);
            assertThat(converted.getActual()).contains("USD 12000 ≈ KGS 1050000.00");
        }

        @Test
        void currency() {
            Rule rule = Rule.currency("cur", "KGS");
            assertThat(check(rule, application()).getStatus()).isEqualTo(RuleStatus.PASS);
            RuleResult usd = check(rule, application().requestedAmount(Money.of("12000", "USD")));
            assertThat(usd.getStatus()).isEqualTo(RuleStatus.FAIL);
            assertThat(usd.getActual()).contains("USD");
        }

        Budget budget(String total, String direct, String indirect) {
            return Budget.builder().totalCost(Money.of(total, "KGS")).directCosts(Money.of(direct, "KGS"))
                    .indirectCosts(Money.of(indirect, "KGS")).build();
        }

        @Test
        void coFinancing() {
            Rule rule = Rule.coFinancing("cofin", new BigDecimal("10"));
            RuleResult short1 = check(rule, application().coFinancing(Money.of("100000", "KGS"))
                    .budget(budget("1100000", "1030000", "70000")));
            assertThat(short1.getStatus()).isEqualTo(RuleStatus.FAIL);
            assertThat(short1.getActual()).contains("9.09 %");
            RuleResult enough = check(rule, application().coFinancing(Money.of("110000", "KGS"))
                    .budget(budget("1100000", "1030000", "70000")));
            assertThat(enough.getStatus()).isEqualTo(RuleStatus.PASS);
            assertThat(enough.getActual()).contains("10.00 %");
            assertThat(check(rule, application().coFinancing(Money.of("110000", "KGS"))).getMissing())
                    .containsExactly("budget.totalCost");
        }

        @Test
        void indirectCosts() {
            Rule rule = Rule.indirectCosts("ind", new BigDecimal("7"));
            RuleResult seven = check(rule, application().budget(budget("1070000", "1000000", "70000")));
            assertThat(seven.getStatus()).isEqualTo(RuleStatus.PASS);
            assertThat(seven.getActual()).contains("7.00 %");
            assertThat(check(rule, application().budget(budget("1071000", "1000000", "71000"))).getActual())
                    .contains("7.10 %");
            assertThat(check(rule, application().budget(budget("1071000", "1000000", "71000"))).getStatus())
                    .isEqualTo(RuleStatus.FAIL);
            assertThat(check(rule, application()).getMissing())
                    .containsExactly("budget.indirectCosts", "budget.directCosts");
        }

        @Test
        void thirdPartyCapInEuros() {
            Rule rule = Rule.thirdPartyCap("cap", Money.of("60000", "EUR"));
            ExchangeRates rates = ExchangeRates.none().with("EUR", "KGS", new BigDecimal("97.50"));
            // 5,850,000 / 97.5 = 60,000.00 exactly: at the cap
            RuleResult at = check(rule, application().requestedAmount(Money.of("5850000", "KGS")).build(), rates);
            assertThat(at.getStatus()).isEqualTo(RuleStatus.PASS);
            assertThat(at.getActual()).contains("KGS 5850000 ≈ EUR 60000.00");
            // 5,850,100 / 97.5 = 60,001.03
            RuleResult above = check(rule, application().requestedAmount(Money.of("5850100", "KGS")).build(), rates);
            assertThat(above.getStatus()).isEqualTo(RuleStatus.FAIL);
            assertThat(above.getActual()).contains("KGS 5850100 ≈ EUR 60001.03");
            RuleResult noRate = check(rule, application().requestedAmount(Money.of("100", "KGS")));
            assertThat(noRate.getStatus()).isEqualTo(RuleStatus.UNKNOWN);
            assertThat(noRate.getMissing()).containsExactly("exchangeRate:KGS/EUR");
        }
    }

    @Nested
    class TimeRules {
        final Rule deadline = Rule.deadline("dl", PartialDate.of(2024, 3, 15), null);

        @Test
        void aDayDeadlineClosesAtMidnightInBishkek() {
            RuleResult last = check(deadline, application().submittedAt(at("2024-03-15T23:59:59+06:00")));
            assertThat(last.getStatus()).isEqualTo(RuleStatus.PASS);
            assertThat(last.getDetails()).containsEntry("closes", "2024-03-16T00:00+06:00");
            assertThat(last.getPath()).isEqualTo("submittedAt");
            assertThat(check(deadline, application().submittedAt(at("2024-03-16T00:00:00+06:00"))).getStatus())
                    .isEqualTo(RuleStatus.FAIL);
            // 18:00 UTC on the 15th is midnight on the 16th in Bishkek
            assertThat(check(deadline, application().submittedAt(at("2024-03-15T18:00:00Z"))).getStatus())
                    .isEqualTo(RuleStatus.FAIL);
            assertThat(check(deadline, application().submittedAt(at("2024-03-15T17:59:59Z"))).getStatus())
                    .isEqualTo(RuleStatus.PASS);
        }

        @Test
        void theCallOrTheRuleMayStateAnotherZone() {
            Application app = application().submittedAt(at("2024-03-15T20:00:00Z")).build();
            assertThat(check(deadline, call().timeZone(ZoneOffset.UTC), app, ExchangeRates.none()).getStatus())
                    .isEqualTo(RuleStatus.PASS);
            Rule utc = Rule.deadline("utc", PartialDate.of(2024, 3, 15), ZoneOffset.UTC);
            assertThat(check(utc, app).getStatus()).isEqualTo(RuleStatus.PASS);
        }

        @Test
        void withoutATimeTheSubmissionDayDecidesWhenItCan() {
            RuleResult day = check(deadline, application());
            assertThat(day.getStatus()).isEqualTo(RuleStatus.PASS);
            assertThat(day.getPath()).isEqualTo("statusHistory[0].on");
            Application month = application().statusHistory(List.of(
                    StatusChange.of(ApplicationStatus.SUBMITTED, PartialDate.of(2024, 3)))).build();
            assertThat(check(deadline, month).getStatus()).isEqualTo(RuleStatus.UNKNOWN);
            Application undated = application().statusHistory(List.of(
                    StatusChange.of(ApplicationStatus.SUBMITTED, null))).build();
            assertThat(check(deadline, undated).getMissing()).containsExactly("submittedAt");
        }

        @Test
        void duration() {
            Rule rule = Rule.duration("dur", 3, 12);
            RuleResult eight = check(rule, application().plannedPeriod(DatePeriod.parse("2024-05-01/2024-12-31")));
            assertThat(eight.getStatus()).isEqualTo(RuleStatus.PASS);
            assertThat(eight.getActual()).contains("8");
            RuleResult thirteen = check(rule, application().plannedDurationMonths(13));
            assertThat(thirteen.getStatus()).isEqualTo(RuleStatus.FAIL);
            assertThat(thirteen.getPath()).isEqualTo("plannedDurationMonths");
            assertThat(check(rule, application()).getStatus()).isEqualTo(RuleStatus.UNKNOWN);
        }

        @Test
        void implementationPeriod() {
            Rule rule = Rule.implementationPeriod("impl", DatePeriod.parse("2024-05-01/2025-04-30"));
            assertThat(check(rule, application().plannedPeriod(DatePeriod.parse("2024-05-01/2025-04-30")))
                    .getStatus()).isEqualTo(RuleStatus.PASS);
            assertThat(check(rule, application().plannedPeriod(DatePeriod.parse("2024-06/2025-05"))).getStatus())
                    .isEqualTo(RuleStatus.FAIL);
            assertThat(check(rule, application().plannedPeriod(DatePeriod.parse("2024-04/2024-12"))).getStatus())
                    .isEqualTo(RuleStatus.FAIL);
            // a year: it may start in May or in January
            assertThat(check(rule, application().plannedPeriod(DatePeriod.parse("2024/2024"))).getStatus())
                    .isEqualTo(RuleStatus.UNKNOWN);
            assertThat(check(rule, application()).getMissing()).containsExactly("plannedPeriod");
        }
    }

    @Nested
    class PlaceRules {
        final Rule rule = Rule.coverage("where", RegionalCoverage.of(UnitRef.iso("KG-Y"), UnitRef.iso("KG-N")));

        @Test
        void karakolIsInIssykKulAndKaraKolIsNot() {
            RuleResult karakol = check(rule, application().coverage(RegionalCoverage.of(KARAKOL)));
            assertThat(karakol.getStatus()).isEqualTo(RuleStatus.PASS);
            assertThat(karakol.getActual()).contains("Karakol (Issyk-Kul Region)");
            RuleResult karaKol = check(rule, application().coverage(RegionalCoverage.of(KARA_KOL)));
            assertThat(karaKol.getStatus()).isEqualTo(RuleStatus.FAIL);
            assertThat(karaKol.getActual()).contains("Kara-Köl (Jalal-Abad Region)");
        }

        @Test
        void onlyTheUnitsOutsideAreNamed() {
            RuleResult both = check(rule, application().coverage(RegionalCoverage.of(NARYN_CITY, KARA_KOL)));
            assertThat(both.getStatus()).isEqualTo(RuleStatus.FAIL);
            assertThat(both.getActual()).contains("Kara-Köl (Jalal-Abad Region)");
        }

        @Test
        void nationwideIsNotInsideRegionsAndNotStatedIsUnknown() {
            assertThat(check(rule, application().coverage(RegionalCoverage.nationwide("KG"))).getStatus())
                    .isEqualTo(RuleStatus.FAIL);
            RuleResult notStated = check(rule, application());
            assertThat(notStated.getStatus()).isEqualTo(RuleStatus.UNKNOWN);
            assertThat(notStated.getMissing()).containsExactly("coverage");
            Rule kg = Rule.coverage("kg", RegionalCoverage.nationwide("KG"));
            assertThat(check(kg, application().coverage(RegionalCoverage.nationwide("KG"))).getStatus())
                    .isEqualTo(RuleStatus.PASS);
        }
    }

    @Nested
    class DocumentRules {
        final Rule rule = Rule.documents("docs", List.of("registration-certificate", "budget-annex"),
                List.of("declaration-on-honour"));

        @Test
        void everyDocumentAndDeclaration() {
            assertThat(check(rule, application().addDocument("registration-certificate").addDocument("budget-annex")
                    .addDeclaration("declaration-on-honour")).getStatus()).isEqualTo(RuleStatus.PASS);
            RuleResult lacking = check(rule, application().addDocument("registration-certificate")
                    .addDeclaration("declaration-on-honour"));
            assertThat(lacking.getStatus()).isEqualTo(RuleStatus.FAIL);
            assertThat(lacking.getActual()).contains("budget-annex");
            assertThat(lacking.getPath()).isEqualTo("documents");
            RuleResult none = check(rule, application());
            assertThat(none.getStatus()).isEqualTo(RuleStatus.UNKNOWN);
            assertThat(none.getMissing()).containsExactly("documents", "declarations");
        }
    }

    @Nested
    class Combinators {
        final Rule pass = Rule.currency("kgs", "KGS");
        final Rule fail = Rule.currency("usd", "USD");
        final Rule unknown = Rule.applicantNotExcluded("excl", "declaration-on-honour");

        @Test
        void allOf() {
            assertThat(check(Rule.allOf("all", pass, fail), application()).getStatus()).isEqualTo(RuleStatus.FAIL);
            RuleResult u = check(Rule.allOf("all", pass, unknown), application());
            assertThat(u.getStatus()).isEqualTo(RuleStatus.UNKNOWN);
            assertThat(u.getMissing()).containsExactly("declarations");
            assertThat(u.getChildren()).extracting(RuleResult::getStatus)
                    .containsExactly(RuleStatus.PASS, RuleStatus.UNKNOWN);
            assertThat(check(Rule.allOf("all", unknown, fail), application()).getStatus())
                    .isEqualTo(RuleStatus.FAIL);
        }

        @Test
        void anyOf() {
            assertThat(check(Rule.anyOf("any", fail, pass), application()).getStatus()).isEqualTo(RuleStatus.PASS);
            assertThat(check(Rule.anyOf("any", fail, unknown), application()).getStatus())
                    .isEqualTo(RuleStatus.UNKNOWN);
            assertThat(check(Rule.anyOf("any", fail), application()).getStatus()).isEqualTo(RuleStatus.FAIL);
        }

        @Test
        void anyOfWithALotScopedAlternative() {
            Rule rule = Rule.anyOf("lead", Rule.applicantLegalForm("ngo", LegalForm.PUBLIC_ASSOCIATION),
                    Rule.applicantLegalForm("lsg-lead", LegalForm.LOCAL_SELF_GOVERNMENT).withLots("lsg"));
            var lsgLead = lead().legalForm(LegalForm.LOCAL_SELF_GOVERNMENT).build();
            assertThat(check(rule, application().lot("lsg"), lsgLead).getStatus()).isEqualTo(RuleStatus.PASS);
            RuleResult cso = check(rule, application(), lsgLead);
            assertThat(cso.getStatus()).isEqualTo(RuleStatus.FAIL);
            assertThat(cso.getChildren()).extracting(RuleResult::getStatus)
                    .containsExactly(RuleStatus.FAIL, RuleStatus.NOT_APPLICABLE);
        }

        @Test
        void not() {
            assertThat(check(Rule.not("not", pass), application()).getStatus()).isEqualTo(RuleStatus.FAIL);
            assertThat(check(Rule.not("not", fail), application()).getStatus()).isEqualTo(RuleStatus.PASS);
            assertThat(check(Rule.not("not", unknown), application()).getStatus()).isEqualTo(RuleStatus.UNKNOWN);
        }

        @Test
        void aRuleOfAnotherLotDoesNotApply() {
            RuleResult r = check(fail.withLots("lsg"), application());
            assertThat(r.getStatus()).isEqualTo(RuleStatus.NOT_APPLICABLE);
            assertThat(r.getMessage(Locale.ENGLISH)).isEqualTo(
                    "usd: the requested amount is in USD: does not concern this application (lots lsg only)");
        }
    }

    @Test
    void theLeadIsFoundWhereverItStandsInThePartnership() {
        Application app = application().partnership(kg.kichi.core.application.Partnership.builder()
                .addMember(kg.kichi.core.application.Partner.of(PC, kg.kichi.core.application.PartnerRole.PARTNER))
                .addMember(kg.kichi.core.application.Partner.of(LEAD, kg.kichi.core.application.PartnerRole.LEAD))
                .addMember(kg.kichi.core.application.Partner.of(MEDIA, kg.kichi.core.application.PartnerRole.PARTNER))
                .build()).build();
        RuleResult r = check(Rule.applicantNonProfit("np"), app);
        assertThat(r.getPath()).isEqualTo("partnership.members[1].organisation.nonProfit");
    }
}
