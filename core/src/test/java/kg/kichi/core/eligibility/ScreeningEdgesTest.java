package kg.kichi.core.eligibility;

import static kg.kichi.core.eligibility.ScreeningFixture.LEAD;
import static kg.kichi.core.eligibility.ScreeningFixture.MEDIA;
import static kg.kichi.core.eligibility.ScreeningFixture.PC;
import static kg.kichi.core.eligibility.ScreeningFixture.application;
import static kg.kichi.core.eligibility.ScreeningFixture.call;
import static kg.kichi.core.eligibility.ScreeningFixture.check;
import static kg.kichi.core.eligibility.ScreeningFixture.en;
import static kg.kichi.core.eligibility.ScreeningFixture.lead;
import static kg.kichi.core.eligibility.ScreeningFixture.org;
import static kg.kichi.core.eligibility.ScreeningFixture.screening;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.application.Partner;
import kg.kichi.core.application.PartnerRole;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import kg.kichi.core.money.ExchangeRates;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.project.Project;
import org.junit.jupiter.api.Test;

/**
 * Edges of screening that mutation testing (PIT) showed the other tests let through: the bounds of a duration,
 * which of documents and declarations is lacking, the withdrawn application's own count, which warnings are flags,
 * verdicts of a whole catalogue and of one call, paths of partners beyond the sixteenth, and the rule tree's values.
 * Every expected verdict is written out by hand.
 */
class ScreeningEdgesTest {
    @Test
    void aDurationPassesAtBothBoundsAndFailsOneMonthOutside() {
        Rule rule = Rule.duration("d", 6, 12);
        assertThat(check(rule, application().plannedDurationMonths(6)).getStatus()).isEqualTo(RuleStatus.PASS);
        assertThat(check(rule, application().plannedDurationMonths(12)).getStatus()).isEqualTo(RuleStatus.PASS);
        assertThat(check(rule, application().plannedDurationMonths(5)).getStatus()).isEqualTo(RuleStatus.FAIL);
        assertThat(check(rule, application().plannedDurationMonths(13)).getStatus()).isEqualTo(RuleStatus.FAIL);
        assertThat(check(Rule.duration("min", 6, null), application().plannedDurationMonths(40)).getStatus())
                .isEqualTo(RuleStatus.PASS);
        assertThat(check(Rule.duration("max", null, 12), application().plannedDurationMonths(1)).getStatus())
                .isEqualTo(RuleStatus.PASS);
    }

    @Test
    void aLackingDeclarationIsNamedAtTheDeclarations() {
        Rule rule = Rule.documents("docs", List.of("registration-certificate"), List.of("declaration-on-honour"));
        RuleResult noDeclaration = check(rule, application().addDocument("registration-certificate")
                .addDeclaration("other-declaration"));
        assertThat(noDeclaration.getStatus()).isEqualTo(RuleStatus.FAIL);
        assertThat(noDeclaration.getActual()).contains("declaration-on-honour");
        assertThat(noDeclaration.getActual().orElseThrow()).doesNotContain("registration-certificate");
        assertThat(noDeclaration.getPath()).isEqualTo("declarations");
        RuleResult noDocument = check(rule, application().addDocument("budget-annex")
                .addDeclaration("declaration-on-honour"));
        assertThat(noDocument.getActual()).contains("registration-certificate");
        assertThat(noDocument.getActual().orElseThrow()).doesNotContain("declaration-on-honour");
        assertThat(noDocument.getPath()).isEqualTo("documents");
    }

    @Test
    void aWithdrawnApplicationCountsItselfAndNotTheOthers() {
        Application first = application().build();
        Application second = application().id("b").build();
        Application withdrawn = application().id("w")
                .addStatusHistory(StatusChange.of(ApplicationStatus.WITHDRAWN, null)).build();
        Rule perCall = Rule.applicationsPerLead("per-call", 2, false);
        Screening s = screening(call().addEligibilityRule(perCall).build(), List.of(first, second, withdrawn),
                ExchangeRates.none());
        // the two standing applications are two: within the maximum
        assertThat(s.screen(first).result("per-call").orElseThrow().getStatus()).isEqualTo(RuleStatus.PASS);
        assertThat(s.screen(first).result("per-call").orElseThrow().getActual()).contains("2");
        // the withdrawn one is the two others and itself: three
        RuleResult w = s.screen(withdrawn).result("per-call").orElseThrow();
        assertThat(w.getStatus()).isEqualTo(RuleStatus.FAIL);
        assertThat(w.getActual()).contains("3");
    }

    @Test
    void onlyWarningRulesThatFailOrAreUnknownAreWarnings() {
        Rule kgs = Rule.currency("kgs", "KGS").withSeverity(Severity.WARNING);
        Rule usd = Rule.currency("usd", "USD").withSeverity(Severity.WARNING);
        Rule excl = Rule.applicantNotExcluded("excl", "declaration-on-honour").withSeverity(Severity.WARNING);
        Rule errorFails = Rule.currency("eur", "EUR");
        Application a = application().build();
        Verdict v = screening(call().addEligibilityRule(kgs).addEligibilityRule(usd).addEligibilityRule(excl)
                .addEligibilityRule(errorFails).build(), List.of(a), ExchangeRates.none()).screen(a);
        assertThat(v.getWarnings()).extracting(r -> r.getRule().getId()).containsExactly("usd", "excl");
        assertThat(v.getFailures()).extracting(r -> r.getRule().getId()).containsExactly("eur");
        assertThat(v.getUnknowns()).isEmpty();
    }

    @Test
    void theWholeCatalogueAndOneCallAreScreenedInTheCataloguesOrder() {
        Application a = application().id("a").build();
        Application b = application().id("b").call("d").lot("cso").build();
        Application c = application().id("c").lot("lsg").build();
        Catalogue catalogue = Catalogue.builder().id("t")
                .organisations(List.of(lead().build(), org(PC, LegalForm.PUBLIC_COUNCIL), org(MEDIA, LegalForm.MEDIA_OUTLET)))
                .addProject(Project.builder().id("p").title(en("P")).build())
                .addCall(call().addEligibilityRule(Rule.currency("kgs", "KGS")).build())
                .addCall(call().id("d").addEligibilityRule(Rule.currency("usd", "USD")).build())
                .applications(List.of(a, b, c)).build();
        Screening s = Screening.of(catalogue);
        List<Verdict> all = s.screenAll();
        assertThat(all).extracting(Verdict::getApplication).containsExactly("a", "b", "c");
        assertThat(all).extracting(Verdict::getCall).containsExactly("c", "d", "c");
        assertThat(all).extracting(v -> v.getLot().orElseThrow()).containsExactly("cso", "cso", "lsg");
        assertThat(all).extracting(Verdict::getOutcome)
                .containsExactly(Outcome.ELIGIBLE, Outcome.INELIGIBLE, Outcome.ELIGIBLE);
        assertThat(s.screenCall("c")).extracting(Verdict::getApplication).containsExactly("a", "c");
        assertThat(s.screenCall("d")).extracting(Verdict::getApplication).containsExactly("b");
        assertThatIllegalArgumentException().isThrownBy(() -> s.screenCall("none")).withMessageContaining("none");
        // another gazetteer gives a working copy, the same verdicts for rules that place nothing
        assertThat(s.withGazetteer(Gazetteers.kyrgyzstan()).screenAll()).extracting(Verdict::getOutcome)
                .containsExactly(Outcome.ELIGIBLE, Outcome.INELIGIBLE, Outcome.ELIGIBLE);
    }

    @Test
    void aPartnerBeyondTheSixteenthIsNamedByItsIndex() {
        List<Organisation> orgs = new ArrayList<>();
        Partnership.Builder p = Partnership.builder().addMember(Partner.of(LEAD, PartnerRole.LEAD));
        for (int i = 1; i <= 17; i++) {
            OrganisationId id = OrganisationId.local("p" + i);
            orgs.add(org(id, i == 17 ? LegalForm.STATE_BODY : LegalForm.PUBLIC_ASSOCIATION));
            p.addMember(Partner.of(id, PartnerRole.PARTNER));
        }
        Rule rule = Rule.partnerLegalForms("forms", LegalForm.PUBLIC_ASSOCIATION);
        RuleResult r = check(rule, application().partnership(p.build()).build(), ExchangeRates.none(),
                orgs.toArray(Organisation[]::new));
        assertThat(r.getStatus()).isEqualTo(RuleStatus.FAIL);
        assertThat(r.getPath()).isEqualTo("partnership.members[17].organisation.legalForm");
        Partnership.Builder fifteen = Partnership.builder().addMember(Partner.of(LEAD, PartnerRole.LEAD));
        for (int i = 1; i <= 15; i++) {
            fifteen.addMember(Partner.of(OrganisationId.local("p" + (i == 15 ? 17 : i)), PartnerRole.PARTNER));
        }
        RuleResult cached = check(rule, application().partnership(fifteen.build()).build(), ExchangeRates.none(),
                orgs.toArray(Organisation[]::new));
        assertThat(cached.getPath()).isEqualTo("partnership.members[15].organisation.legalForm");
    }

    @Test
    void aRuleTreeFlattensDepthFirstAndRulesAreValues() {
        Rule a = Rule.currency("a", "KGS");
        Rule b = Rule.currency("b", "USD");
        Rule c = Rule.currency("c", "EUR");
        Rule tree = Rule.allOf("all", Rule.anyOf("any", a, b), Rule.not("n", c));
        assertThat(tree.flatten()).extracting(Rule::getId).containsExactly("all", "any", "a", "b", "n", "c");
        Rule docs = Rule.documents("docs", List.of("budget-annex"), List.of("declaration-on-honour"));
        assertThat(docs.getDeclarations()).isEqualTo(Set.of("declaration-on-honour"));
        assertThat(docs.getDocuments()).isEqualTo(Set.of("budget-annex"));
        Rule same = Rule.documents("docs", List.of("budget-annex"), List.of("declaration-on-honour"));
        assertThat(docs).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(a).isNotEqualTo("docs");
        assertThat(Set.of(a.hashCode(), b.hashCode(), c.hashCode(), docs.hashCode())).hasSize(4);
    }
}
