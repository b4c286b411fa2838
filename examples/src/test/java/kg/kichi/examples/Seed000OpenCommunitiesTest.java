package kg.kichi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import kg.kichi.core.application.Partner;
import kg.kichi.core.application.PartnerRole;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.project.ParticipationRole;
import kg.kichi.core.project.StatedTarget;
import kg.kichi.core.time.DatePrecision;
import kg.kichi.core.time.PartialDate;
import org.junit.jupiter.api.Test;

/** Seed 000 (ru): eight winners of the mini-grant contest of the EU project «Открытые сообщества – открытые СМИ». */
class Seed000OpenCommunitiesTest {
    private final Catalogue seed = ExampleCatalogues.seed000();

    @Test
    void theContestWasAnnouncedInFebruary2021WithMonthPrecisionAndSelectedEight() {
        CallForProposals call = seed.getCalls().get(0);
        assertThat(seed.getCalls()).hasSize(1);
        assertThat(call.getAnnounced()).contains(PartialDate.of(2021, 2));
        assertThat(call.getAnnounced().get().getPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(call.getResults().get().getApplicationsSelected()).contains(8);
        assertThat(call.getResults().get().getApplicationsReceived()).as("the seed does not say").isEmpty();
        assertThat(call.getDeadline()).isEmpty();
        assertThat(seed.getGrants()).hasSize(8).allSatisfy(g -> assertThat(g.getCall()).contains(call.getId()));
    }

    @Test
    void theProjectIsTheEuProjectOpenCommunitiesOpenMedia() {
        assertThat(seed.getProjects()).singleElement().satisfies(p -> {
            assertThat(p.getId()).isEqualTo("open-communities-open-media");
            assertThat(p.getTitle().get("ru")).contains("Открытые сообщества – открытые СМИ");
            assertThat(p.getParticipants()).singleElement().satisfies(f -> {
                assertThat(f.getOrganisation()).isEqualTo(OrganisationId.local("european-union"));
                assertThat(f.getRole()).isEqualTo(ParticipationRole.FUNDING);
            });
        });
        List<StatedTarget> targets = seed.getProjects().get(0).getActivities().get(0).getTargets();
        assertThat(targets).extracting(StatedTarget::getQuantity).containsExactly(8L, 7L);
    }

    @Test
    void grantsGoToTheEightWinnersInTheSeedsOrder() {
        assertThat(seed.getGrants()).extracting(g -> g.getGrantee().getValue()).containsExactly(
                "naryn-edc", "global-change-fund", "issyk-kul-womens-communities-association",
                "community-integration", "rural-life", "insan-leilek", "soyuz-edineniya", "air-support");
        assertThat(seed.organisation(OrganisationId.local("global-change-fund")).orElseThrow().getLegalForm())
                .isEqualTo(LegalForm.PUBLIC_FOUNDATION);
        assertThat(seed.organisation(OrganisationId.local("naryn-edc")).orElseThrow().getLegalForm())
                .isEqualTo(LegalForm.PUBLIC_ASSOCIATION);
    }

    @Test
    void coverageIsWhatEachInitiativeNamesAndNotStatedOtherwise() {
        assertThat(grant(1).getCoverage().getUnitRefs()).containsExactly(UnitRef.iso("KG-N"));
        assertThat(grant(2).getCoverage().getUnitRefs()).as("Нарынский и Ат-Башинский районы")
                .containsExactly(UnitRef.soate("41704245000000"), UnitRef.soate("41704220000000"));
        assertThat(grant(3).getCoverage().getUnitRefs()).as("город Каракол").containsExactly(UnitRef.soate("41702410000010"));
        assertThat(grant(6).getCoverage().getUnitRefs()).containsExactly(UnitRef.iso("KG-B"));
        assertThat(Regions.of(grant(7).getCoverage())).containsExactly("KG-T");
        assertThat(List.of(grant(4), grant(5), grant(8))).allSatisfy(g -> assertThat(g.getCoverage().isNotStated()).isTrue());
    }

    @Test
    void onlyTheKarakolInitiativeNamesPartners() {
        assertThat(grant(3).getPartnership().getOthers()).extracting(Partner::getRole).containsOnly(PartnerRole.PARTNER);
        assertThat(grant(3).getPartnership().getOthers()).extracting(p -> p.getOrganisation().getValue())
                .containsExactly("karakol-city-public-council", "karakol-mayors-office");
        assertThat(seed.getGrants()).filteredOn(g -> g != grant(3))
                .allSatisfy(g -> assertThat(g.getPartnership().getMembers()).hasSize(1));
    }

    @Test
    void noAmountsAndOnlyRussianText() {
        assertThat(seed.getGrants()).allSatisfy(g -> {
            assertThat(g.getAmountAwarded()).isEmpty();
            assertThat(g.getTitle().getLanguages()).isEqualTo(Set.of("ru"));
        });
        assertThat(seed.getOrganisations()).allSatisfy(o -> assertThat(o.getName().getLanguages()).isEqualTo(Set.of("ru")));
    }

    private Grant grant(int number) {
        return seed.grant("g000-" + number).orElseThrow();
    }
}
