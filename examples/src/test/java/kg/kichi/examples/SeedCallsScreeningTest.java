package kg.kichi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.eligibility.EligibilityRules;
import kg.kichi.core.eligibility.Outcome;
import kg.kichi.core.eligibility.Rule;
import kg.kichi.core.eligibility.RuleResult;
import kg.kichi.core.eligibility.RuleStatus;
import kg.kichi.core.eligibility.Screening;
import kg.kichi.core.eligibility.Verdict;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.LegalForm;
import org.junit.jupiter.api.Test;

/**
 * The seed calls carry the criteria their texts state, and nothing more; the seeds' grants screened against them
 * give what the texts allow: a criterion the text does not let us check is unknown, never a pass or an invented fail.
 * Every expected rule set, status and outcome is written out by hand from the sentences quoted.
 */
class SeedCallsScreeningTest {
    private final Catalogue seed000 = ExampleCatalogues.seed000();

    @Test
    void seed000sCallStatesCivilSocietyLeadsInPartnershipWithPublicCouncilsAndJournalists() {
        // "В конкурсе мини-грантов были одобрены инициативы организаций гражданского общества в партнерстве с
        // общественными советами и журналистами." (seed 000, lines 17-19)
        CallForProposals call = seed000.getCalls().get(0);
        assertThat(call.getEligibleLegalForms()).as("civil-society organisations: ОО, ОФ, associations")
                .containsExactlyInAnyOrder(LegalForm.PUBLIC_ASSOCIATION, LegalForm.PUBLIC_FOUNDATION,
                        LegalForm.ASSOCIATION);
        assertThat(call.getRequiredPartnerKinds()).as("public councils and journalists (media)")
                .containsExactlyInAnyOrder(LegalForm.PUBLIC_COUNCIL, LegalForm.MEDIA_OUTLET);
        // nothing more: no deadline, amount, duration, place or explicit rule is stated for the call
        assertThat(EligibilityRules.effective(call)).extracting(Rule::getId)
                .containsExactly("call:legal-forms", "call:partner-kinds");
        assertThat(call.getEligibilityRules()).isEmpty();
    }

    @Test
    void seed001sCallStatesNoEligibilityCriterion() {
        // "Тапшырылган 58 долбоордук сунуштардын ичинен 9 долбоордук сунуш тандалып алынды, алар 2018-жылдын март
        // айынан тартып июнь айына чейин жүзөгө ашырылат.": numbers and the implementation period, no criterion on
        // applicants or partners. The period is the only rule, derived from what the fixture already states.
        CallForProposals call = ExampleCatalogues.seed001().getCalls().get(0);
        assertThat(call.getEligibleLegalForms()).isEmpty();
        assertThat(call.getRequiredPartnerKinds()).isEmpty();
        assertThat(call.getEligibilityRules()).isEmpty();
        assertThat(EligibilityRules.effective(call)).extracting(Rule::getId)
                .containsExactly("call:implementation-period");
    }

    @Test
    void seed000sGrantsNameTheirPartnersOnlyInPart() {
        // The release names each winner and, for one of the eight, some partners («в партнерстве между
        // Каракольским Городским Общественным советом( ГОС ) по миграции, мэрией и независимыми журналистами»); it
        // never says who else took part, so every partnership is partial.
        assertThat(seed000.getGrants()).hasSize(8).allSatisfy(g -> assertThat(g.getPartnership().isPartial()).isTrue());
    }

    /**
     * The eight winners' applications as the release states them (lead, partners named, places; submitted, date not
     * stated), screened against the call. Every lead's form is a civil-society one, so {@code call:legal-forms}
     * passes; no release names a media outlet among the partners, so {@code call:partner-kinds} is unknown: the
     * partners it does not mention are not stated. For «Ассоциация женских сообществ Иссык-Куля» the release does
     * name a public council (Karakol's) and the mayor's office, and "independent journalists", who are people, not
     * an organisation of the catalogue: the media kind stays unknown, not failed.
     */
    @Test
    void seed000sWinnersAreIncompleteForPartnersNotStatedNeverIneligible() {
        Screening screening = Screening.of(withApplicationsOfTheGrants(seed000));
        List<Verdict> verdicts = screening.screenAll();
        assertThat(verdicts).extracting(Verdict::getApplication).containsExactly("a-g000-1", "a-g000-2", "a-g000-3",
                "a-g000-4", "a-g000-5", "a-g000-6", "a-g000-7", "a-g000-8");
        for (Verdict v : verdicts) {
            assertThat(v.getOutcome()).as(v.getApplication()).isEqualTo(Outcome.INCOMPLETE);
            RuleResult forms = v.result("call:legal-forms").orElseThrow();
            assertThat(forms.getStatus()).as(v.getApplication()).isEqualTo(RuleStatus.PASS);
            RuleResult kinds = v.result("call:partner-kinds").orElseThrow();
            assertThat(kinds.getStatus()).as(v.getApplication()).isEqualTo(RuleStatus.UNKNOWN);
            assertThat(kinds.getMissing()).as(v.getApplication()).containsExactly("partnership.members");
        }
        // "ОО «Нарынский центр экономического развития»": a public association, no partner named
        Verdict naryn = verdicts.get(0);
        assertThat(naryn.result("call:legal-forms").get().getActual()).contains("public-association");
        assertThat(naryn.result("call:partner-kinds").get().getActual()).contains("—");
        // "«Ассоциация женских сообществ Иссык- Куля»": an association, with the city public council and the mayor's
        // office named as partners
        Verdict women = verdicts.get(2);
        assertThat(women.result("call:legal-forms").get().getActual()).contains("association");
        assertThat(women.result("call:partner-kinds").get().getActual())
                .contains("public-council, local-self-government");
    }

    @Test
    void theSamePartnershipsStatedWholeWouldFailThePartnerKinds() {
        // The model tells "no partners" from "partners not stated": were the lists complete, a lead alone would lack
        // both kinds, and the association would lack a media outlet.
        Catalogue whole = withApplicationsOfTheGrants(seed000);
        List<Application> stated = new ArrayList<>();
        for (Application a : whole.getApplications()) {
            stated.add(Application.builder().from(a)
                    .partnership(a.getPartnership().withPartial(false)).build());
        }
        Screening screening = Screening.of(Catalogue.builder().from(whole).applications(stated).build());
        assertThat(screening.screenAll()).allSatisfy(v -> {
            assertThat(v.getOutcome()).isEqualTo(Outcome.INELIGIBLE);
            assertThat(v.result("call:partner-kinds").get().getStatus()).isEqualTo(RuleStatus.FAIL);
        });
        assertThat(screening.screenAll().get(0).result("call:partner-kinds").get().getDetails())
                .containsEntry("lacking", "public-council, media-outlet");
        assertThat(screening.screenAll().get(2).result("call:partner-kinds").get().getDetails())
                .containsEntry("lacking", "media-outlet");
    }

    /** The application behind each grant, with only what the grant states: its call, lead and partners, places. */
    private static Catalogue withApplicationsOfTheGrants(Catalogue seed) {
        List<Application> applications = new ArrayList<>();
        for (Grant g : seed.getGrants()) {
            applications.add(Application.builder().id("a-" + g.getId()).call(g.getCall().orElseThrow())
                    .partnership(g.getPartnership()).title(g.getTitle()).coverage(g.getCoverage())
                    .addStatusHistory(StatusChange.of(ApplicationStatus.SUBMITTED, null)).build());
        }
        return Catalogue.builder().from(seed).applications(applications).build();
    }
}
