package kg.kichi.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.application.Budget;
import kg.kichi.core.application.Partner;
import kg.kichi.core.application.PartnerRole;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.Lot;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.money.ExchangeRates;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.project.Project;
import kg.kichi.core.testing.RandomRules;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.MonthRange;
import kg.kichi.core.time.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of screening over random applications and random rule sets, 300 seeds (a failing case names its
 * seed): a failing error rule makes the outcome ineligible; an unknown error rule never yields eligible; adding a
 * rule that passes never changes the outcome nor any other result.
 */
class ScreeningPropertyTest {
    static Stream<Long> seeds() {
        // -Dkichi.property.seeds=N runs N seeds instead (the mutation profile runs fewer: docs/reliability.md)
        return LongStream.range(0, Long.getLong("kichi.property.seeds", 300)).boxed();
    }

    /** A random world: organisations, a call with lots cso and lsg, applications; and random explicit rules. */
    static final class World {
        final Random random;
        final RandomRules rules;
        final List<Organisation> organisations = new ArrayList<>();
        final List<Application> applications = new ArrayList<>();
        final CallForProposals.Builder call;
        final ExchangeRates rates;

        World(long seed) {
            random = new Random(seed);
            rules = new RandomRules(random, List.of("cso", "lsg"));
            LegalForm[] forms = LegalForm.values();
            for (int i = 0; i < 8; i++) {
                Organisation.Builder o = Organisation.builder().id(OrganisationId.local("o" + i))
                        .name(LocalizedText.of("en", "O" + i)).legalForm(forms[random.nextInt(forms.length)]);
                if (random.nextInt(4) > 0) {
                    o.seat(random.nextInt(6) == 0 ? UnitRef.of(UnitRef.ISO_3166_1, "KZ")
                            : RandomRules.UNITS.get(random.nextInt(RandomRules.UNITS.size())));
                }
                if (random.nextBoolean()) {
                    o.registered(rules.date());
                }
                if (random.nextInt(3) == 0) {
                    o.nonProfit(random.nextBoolean());
                }
                organisations.add(o.build());
            }
            call = CallForProposals.builder().id("c").project("p").title(LocalizedText.of("en", "C"))
                    .addLot(Lot.builder().id("cso").title(LocalizedText.of("en", "CSO")).build())
                    .addLot(Lot.builder().id("lsg").title(LocalizedText.of("en", "LSG")).build());
            if (random.nextBoolean()) {
                call.deadline(rules.date());
            }
            if (random.nextBoolean()) {
                call.duration(MonthRange.of(1 + random.nextInt(6), 6 + random.nextInt(30)));
            }
            if (random.nextBoolean()) {
                call.eligibleCoverage(rules.area());
            }
            if (random.nextBoolean()) {
                call.addEligibleLegalForm(LegalForm.PUBLIC_ASSOCIATION).addEligibleLegalForm(LegalForm.PUBLIC_FOUNDATION);
            }
            int n = 1 + random.nextInt(6);
            for (int i = 0; i < n; i++) {
                applications.add(application("a" + i));
            }
            ExchangeRates r = ExchangeRates.none();
            if (random.nextBoolean()) {
                r = r.with("EUR", "KGS", new BigDecimal("95.00"));
            }
            if (random.nextBoolean()) {
                r = r.with("USD", "KGS", new BigDecimal("87.50"));
            }
            rates = r;
        }

        Application application(String id) {
            int lead = random.nextInt(organisations.size());
            Partnership.Builder p = Partnership.builder()
                    .addMember(Partner.of(organisations.get(lead).getId(), PartnerRole.LEAD));
            for (int j = 0; j < organisations.size(); j++) {
                if (j != lead && random.nextInt(4) == 0) {
                    p.addMember(Partner.of(organisations.get(j).getId(), PartnerRole.PARTNER));
                }
            }
            Application.Builder a = Application.builder().id(id).call("c").partnership(p.build())
                    .title(LocalizedText.of("en", id))
                    .addStatusHistory(StatusChange.of(ApplicationStatus.SUBMITTED,
                            random.nextBoolean() ? rules.date() : null));
            if (random.nextInt(4) > 0) {
                a.lot(random.nextBoolean() ? "cso" : "lsg");
            }
            if (random.nextInt(5) > 0) {
                String currency = RandomRules.CURRENCIES.get(random.nextInt(3));
                a.requestedAmount(Money.of(BigDecimal.valueOf(1 + random.nextInt(3_000_000)), currency));
                if (random.nextBoolean()) {
                    a.coFinancing(Money.of(BigDecimal.valueOf(random.nextInt(300_000)), currency));
                }
                if (random.nextBoolean()) {
                    Budget.Builder b = Budget.builder();
                    if (random.nextBoolean()) {
                        b.totalCost(Money.of(BigDecimal.valueOf(random.nextInt(3_500_000)), currency));
                    }
                    if (random.nextBoolean()) {
                        b.directCosts(Money.of(BigDecimal.valueOf(random.nextInt(3_000_000)), currency));
                    }
                    if (random.nextBoolean()) {
                        b.indirectCosts(Money.of(BigDecimal.valueOf(random.nextInt(300_000)), currency));
                    }
                    a.budget(b.build());
                }
            }
            switch (random.nextInt(3)) {
                case 0:
                    a.coverage(rules.area());
                    break;
                case 1:
                    a.coverage(RegionalCoverage.of(RandomRules.UNITS.get(random.nextInt(RandomRules.UNITS.size()))));
                    break;
                default:
                    break;
            }
            if (random.nextBoolean()) {
                PartialDate x = rules.date();
                PartialDate y = rules.date();
                a.plannedPeriod(y.isBefore(x) ? DatePeriod.of(y, x) : DatePeriod.of(x, y));
            } else if (random.nextBoolean()) {
                a.plannedDurationMonths(1 + random.nextInt(36));
            }
            if (random.nextBoolean()) {
                a.submittedAt(OffsetDateTime.of(2023 + random.nextInt(3), 1 + random.nextInt(12),
                        1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), 0, 0, ZoneOffset.UTC));
            }
            for (String d : RandomRules.DOCUMENTS) {
                if (random.nextBoolean()) {
                    a.addDocument(d);
                }
            }
            for (String d : RandomRules.DECLARATIONS) {
                if (random.nextBoolean()) {
                    a.addDeclaration(d);
                }
            }
            if (random.nextInt(8) == 0) {
                a.addExclusionSituation("bankruptcy");
            }
            return a.build();
        }

        Screening screening(List<Rule> explicit) {
            Catalogue catalogue = Catalogue.builder().id("w").organisations(organisations)
                    .addProject(Project.builder().id("p").title(LocalizedText.of("en", "P")).build())
                    .addCall(call.eligibilityRules(explicit).build()).applications(applications).build();
            return Screening.of(catalogue).withExchangeRates(rates);
        }
    }

    static List<Rule> with(List<Rule> rules, Rule extra) {
        List<Rule> all = new ArrayList<>(rules);
        all.add(extra);
        return all;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aFailingErrorRuleMakesEveryApplicationIneligible(long seed) {
        World w = new World(seed);
        List<Rule> rules = w.rules.ruleSet(w.random.nextInt(8));
        // "at least 0 partners" always passes, so its negation always fails, whatever the facts
        Rule alwaysFails = Rule.not(w.rules.id(), Rule.partnerCount(w.rules.id(), 0, null));
        List<Rule> withFailure = with(rules, alwaysFails);
        int at = w.random.nextInt(withFailure.size());
        withFailure.add(at, withFailure.remove(withFailure.size() - 1));
        for (Verdict v : w.screening(withFailure).screenAll()) {
            assertThat(v.result(alwaysFails.getId()).get().getStatus()).isEqualTo(RuleStatus.FAIL);
            assertThat(v.getOutcome()).as("seed " + seed + " " + v.getResults()).isEqualTo(Outcome.INELIGIBLE);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anUnknownErrorRuleNeverYieldsEligible(long seed) {
        World w = new World(seed);
        List<Rule> rules = w.rules.ruleSet(1 + w.random.nextInt(8));
        // a declaration no application ever signs, and no exclusion declared: unknown, whatever else is stated
        w.applications.replaceAll(a -> Application.builder().from(a).exclusionSituations(List.of()).build());
        Rule alwaysUnknown = Rule.applicantNotExcluded(w.rules.id(), "never-signed");
        for (Verdict v : w.screening(with(rules, alwaysUnknown)).screenAll()) {
            assertThat(v.result(alwaysUnknown.getId()).get().getStatus()).isEqualTo(RuleStatus.UNKNOWN);
            assertThat(v.getOutcome()).as("seed " + seed + " " + v.getResults()).isNotEqualTo(Outcome.ELIGIBLE);
        }
        for (Verdict v : w.screening(rules).screenAll()) {
            boolean unknownError = v.getResults().stream().anyMatch(r -> r.getRule().getSeverity() == Severity.ERROR
                    && r.getStatus() == RuleStatus.UNKNOWN);
            if (unknownError) {
                assertThat(v.getOutcome()).as("seed " + seed + " " + v.getResults()).isNotEqualTo(Outcome.ELIGIBLE);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void addingARuleThatPassesChangesNothingElse(long seed) {
        World w = new World(seed);
        List<Rule> rules = w.rules.ruleSet(w.random.nextInt(8));
        List<Verdict> before = w.screening(rules).screenAll();
        for (int attempt = 0; attempt < 6; attempt++) {
            Rule candidate = w.rules.rule(2);
            List<Verdict> after = w.screening(with(rules, candidate)).screenAll();
            for (int i = 0; i < before.size(); i++) {
                RuleResult added = after.get(i).result(candidate.getId()).orElseThrow();
                if (added.getStatus() != RuleStatus.PASS && added.getStatus() != RuleStatus.NOT_APPLICABLE) {
                    continue;
                }
                assertThat(after.get(i).getOutcome()).as("seed " + seed + " adding " + candidate)
                        .isEqualTo(before.get(i).getOutcome());
                assertThat(after.get(i).getResults().subList(0, before.get(i).getResults().size()))
                        .extracting(RuleResult::getStatus)
                        .containsExactlyElementsOf(before.get(i).getResults().stream().map(RuleResult::getStatus)
                                .toList());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void screeningIsDeterministicAndEveryRuleIsAnswered(long seed) {
        World w = new World(seed);
        List<Rule> rules = w.rules.ruleSet(w.random.nextInt(12));
        Screening s = w.screening(rules);
        List<Verdict> once = s.screenAll();
        List<Verdict> twice = s.screenAll();
        for (int i = 0; i < once.size(); i++) {
            assertThat(once.get(i).getResults()).hasSameSizeAs(s.rules("c"));
            assertThat(twice.get(i).getOutcome()).isEqualTo(once.get(i).getOutcome());
            for (RuleResult r : once.get(i).getResults()) {
                assertThat(r.getStatus() == RuleStatus.UNKNOWN).as("seed " + seed + " " + r)
                        .isEqualTo(!r.getMissing().isEmpty());
                for (String lang : List.of("en", "ru", "ky")) {
                    assertThat(r.getMessage(java.util.Locale.forLanguageTag(lang))).doesNotContain("{");
                }
            }
        }
    }
}
