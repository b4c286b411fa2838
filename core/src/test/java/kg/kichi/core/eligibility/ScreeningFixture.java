package kg.kichi.core.eligibility;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.application.Partner;
import kg.kichi.core.application.PartnerRole;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.Lot;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.money.ExchangeRates;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.project.Project;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.PartialDate;

/**
 * A small catalogue for one rule at a time: call {@code c} with lots {@code cso} and {@code lsg} and no criteria of its
 * own (so nothing is derived), an application {@code a} to lot {@code cso} led by {@code lead} (a public association
 * based in Naryn city, registered 2020-05-10) with a public council and a media outlet as partners.
 */
final class ScreeningFixture {
    static final OrganisationId LEAD = OrganisationId.local("lead");
    static final OrganisationId PC = OrganisationId.local("pc");
    static final OrganisationId MEDIA = OrganisationId.local("media");
    static final OrganisationId STATE = OrganisationId.local("state");
    static final UnitRef NARYN_CITY = UnitRef.soate("41704400000010");
    static final UnitRef KARAKOL = UnitRef.soate("41702410000010");
    static final UnitRef KARA_KOL = UnitRef.soate("41703440000010");

    private ScreeningFixture() {}

    static LocalizedText en(String text) {
        return LocalizedText.of("en", text);
    }

    static Organisation.Builder lead() {
        return Organisation.builder().id(LEAD).name(en("Lead")).legalForm(LegalForm.PUBLIC_ASSOCIATION)
                .seat(NARYN_CITY).registered(PartialDate.of(2020, 5, 10));
    }

    static Organisation org(OrganisationId id, LegalForm form) {
        return Organisation.builder().id(id).name(en(id.getValue())).legalForm(form).build();
    }

    static Partnership partners(OrganisationId... partners) {
        Partnership.Builder b = Partnership.builder().addMember(Partner.of(LEAD, PartnerRole.LEAD));
        for (OrganisationId p : partners) {
            b.addMember(Partner.of(p, PartnerRole.PARTNER));
        }
        return b.build();
    }

    static CallForProposals.Builder call() {
        return CallForProposals.builder().id("c").project("p").title(en("Call"))
                .addLot(Lot.builder().id("cso").title(en("CSO")).build())
                .addLot(Lot.builder().id("lsg").title(en("LSG")).build());
    }

    static Application.Builder application() {
        return Application.builder().id("a").call("c").lot("cso").partnership(partners(PC, MEDIA)).title(en("A"))
                .requestedAmount(Money.of("1000000", "KGS"))
                .addStatusHistory(StatusChange.of(ApplicationStatus.SUBMITTED, PartialDate.of(2024, 3, 10)));
    }

    /** A screening of the applications with the call of {@code call} and these organisations (default ones when none). */
    static Screening screening(CallForProposals call, List<Application> applications, ExchangeRates rates,
            Organisation... organisations) {
        List<Organisation> orgs = new ArrayList<>(List.of(organisations));
        if (orgs.stream().noneMatch(o -> o.getId().equals(LEAD))) {
            orgs.add(lead().build());
        }
        for (Organisation o : List.of(org(PC, LegalForm.PUBLIC_COUNCIL), org(MEDIA, LegalForm.MEDIA_OUTLET),
                org(STATE, LegalForm.STATE_BODY))) {
            if (orgs.stream().noneMatch(x -> x.getId().equals(o.getId()))) {
                orgs.add(o);
            }
        }
        Catalogue catalogue = Catalogue.builder().id("t").organisations(orgs)
                .addProject(Project.builder().id("p").title(en("P")).build()).addCall(call)
                .applications(applications).build();
        return Screening.of(catalogue).withExchangeRates(rates);
    }

    /** The result of one rule, the call's only criterion, for one application. */
    static RuleResult check(Rule rule, Application application, ExchangeRates rates, Organisation... organisations) {
        return check(rule, call(), application, rates, organisations);
    }

    static RuleResult check(Rule rule, CallForProposals.Builder call, Application application, ExchangeRates rates,
            Organisation... organisations) {
        Screening s = screening(call.addEligibilityRule(rule).build(), List.of(application), rates, organisations);
        Verdict v = s.screen(application);
        return v.result(rule.getId()).orElseThrow();
    }

    static RuleResult check(Rule rule, Application application, Organisation... organisations) {
        return check(rule, application, ExchangeRates.none(), organisations);
    }

    static RuleResult check(Rule rule, Application.Builder application, Organisation... organisations) {
        return check(rule, application.build(), ExchangeRates.none(), organisations);
    }

    static OffsetDateTime at(String text) {
        return OffsetDateTime.parse(text);
    }
}
