package kg.kichi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.CallResults;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.ParticipationRole;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.DatePrecision;
import kg.kichi.core.time.PartialDate;
import org.junit.jupiter.api.Test;

/** Seed 001 (ky): "Кичи гранттар программасы башталды", Bishkek/Bonn, 3 March 2018. */
class Seed001PublicCouncilsTest {
    private final Catalogue seed = ExampleCatalogues.seed001();

    @Test
    void fiftyEightProposalsNineSelectedAnnouncedOnTheThirdOfMarch2018() {
        CallForProposals call = seed.getCalls().get(0);
        CallResults results = call.getResults().orElseThrow();
        assertThat(results.getApplicationsReceived()).contains(58);
        assertThat(results.getApplicationsSelected()).contains(9);
        assertThat(results.getAnnouncedOn()).contains(PartialDate.of(2018, 3, 3));
        assertThat(results.getAnnouncedOn().get().getPrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(seed.getGrants()).hasSize(9);
    }

    @Test
    void implementedFromMarchToJune2018AtMonthPrecision() {
        DatePeriod period = seed.getCalls().get(0).getImplementationPeriod().orElseThrow();
        assertThat(period.getStart()).contains(PartialDate.of(2018, 3));
        assertThat(period.getEnd()).contains(PartialDate.of(2018, 6));
        assertThat(period.getStart().get().getPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(seed.getGrants()).allSatisfy(g -> assertThat(g.getPeriod()).contains(period));
    }

    @Test
    void theProjectIsFundedByTheEuAndImplementedByAukWithGsi() {
        List<Participation> participants = seed.getProjects().get(0).getParticipants();
        assertThat(participants).filteredOn(p -> p.getRole() == ParticipationRole.FUNDING)
                .extracting(Participation::getOrganisation).containsExactly(OrganisationId.local("european-union"));
        assertThat(participants).filteredOn(p -> p.getRole() == ParticipationRole.IMPLEMENTING)
                .extracting(p -> p.getOrganisation().getValue())
                .containsExactly("human-rights-council-auk", "gustav-stresemann-institute");
        assertThat(seed.organisation(OrganisationId.local("human-rights-council-auk")).orElseThrow().getAcronyms())
                .containsExactly("АУК");
        assertThat(seed.organisation(OrganisationId.local("gustav-stresemann-institute")).orElseThrow().getAcronyms())
                .containsExactly("GSI");
    }

    @Test
    void partnersPerGrantAreThoseTheSeedLists() {
        assertThat(seed.getGrants()).extracting(g -> g.getPartnership().getOthers().size())
                .containsExactly(1, 2, 1, 1, 1, 1, 2, 1, 1);
        assertThat(partnerForms(2)).containsExactly(LegalForm.PUBLIC_COUNCIL, LegalForm.MEDIA_OUTLET);
        assertThat(partnerForms(7)).containsExactly(LegalForm.MEDIA_OUTLET, LegalForm.EDUCATIONAL_INSTITUTION);
        assertThat(partnerName(7, 1)).isEqualTo("Ала-Бука колледжи");
        assertThat(partnerName(8, 0)).isEqualTo("Нарын облусунун Ат-Башы районунун Кичи Коомдук Кеңеши");
        assertThat(List.of(1, 3, 4, 6, 8, 9)).allSatisfy(n -> assertThat(partnerForms(n)).containsOnly(LegalForm.PUBLIC_COUNCIL));
    }

    @Test
    void targetAreasAsStated() {
        assertThat(Regions.of(grant(1).getCoverage())).containsExactlyInAnyOrder("KG-GB", "KG-C", "KG-J", "KG-Y");
        assertThat(grant(2).getCoverage().getUnitRefs()).containsExactly(UnitRef.iso("KG-GB"), UnitRef.iso("KG-GO"));
        assertThat(List.of(grant(3), grant(5))).as("Бардык облустар")
                .allSatisfy(g -> assertThat(g.getCoverage().getCountry()).contains("KG"));
        assertThat(List.of(4, 6, 7, 8, 9)).extracting(n -> Regions.single(grant(n).getCoverage()))
                .containsExactly("KG-T", "KG-Y", "KG-J", "KG-N", "KG-B");
    }

    @Test
    void everythingIsInKyrgyzAndNoAmountIsInvented() {
        assertThat(seed.getGrants()).allSatisfy(g -> {
            assertThat(g.getTitle().getLanguages()).isEqualTo(Set.of("ky"));
            assertThat(g.getAmountAwarded()).isEmpty();
        });
        assertThat(seed.getCalls().get(0).getEnvelope()).isEmpty();
    }

    private Grant grant(int number) {
        return seed.grant("g001-" + number).orElseThrow();
    }

    private List<LegalForm> partnerForms(int grant) {
        return grant(grant).getPartnership().getOthers().stream()
                .map(p -> seed.organisation(p.getOrganisation()).orElseThrow().getLegalForm()).toList();
    }

    private String partnerName(int grant, int index) {
        OrganisationId id = grant(grant).getPartnership().getOthers().get(index).getOrganisation();
        return seed.organisation(id).orElseThrow().getName().get("ky").orElseThrow();
    }
}
