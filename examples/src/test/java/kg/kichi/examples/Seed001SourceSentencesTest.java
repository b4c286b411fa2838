package kg.kichi.examples;

import static kg.kichi.examples.SourceSentences.organisation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.geo.CoverageOperations;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitLevel;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.project.Participation;
import org.junit.jupiter.api.Test;

/** Seed 001 (ky): each fact of the fixture with the sentence of the press release that states it. */
class Seed001SourceSentencesTest {
    private final Catalogue seed = ExampleCatalogues.seed001();

    @Test
    void fiftyEightProposalsAndNineSelected() {
        // "Тапшырылган 58 долбоордук сунуштардын ичинен 9 долбоордук сунуш тандалып алынды"
        var results = seed.getCalls().get(0).getResults().orElseThrow();
        assertThat(results.getApplicationsReceived()).contains(58);
        assertThat(results.getApplicationsSelected()).contains(9);
        assertThat(seed.getGrants()).hasSize(9);
    }

    @Test
    void allOblastsIsEveryOblastNotTheWholeCountry() {
        // "Максаттуу аймак: Бардык облустар" (grants 3 and 5): every oblast, which leaves out the cities of
        // Bishkek and Osh; "nationwide" would add them.
        RegionalCoverage allOblasts = RegionalCoverage.allOf("KG", UnitLevel.REGION);
        assertThat(seed.getGrants()).filteredOn(g -> g.getCoverage().isAllOfLevel()).extracting(Grant::getId)
                .containsExactly("g001-3", "g001-5");
        assertThat(seed.getGrants()).allSatisfy(g -> assertThat(g.getCoverage().isNationwide()).isFalse());
        assertThat(seed.grant("g001-3").orElseThrow().getCoverage()).isEqualTo(allOblasts);
        assertThat(CoverageOperations.over(Gazetteers.kyrgyzstan()).firstLevelUnits(allOblasts))
                .containsExactlyInAnyOrder(UnitRef.iso("KG-B"), UnitRef.iso("KG-C"), UnitRef.iso("KG-J"),
                        UnitRef.iso("KG-N"), UnitRef.iso("KG-O"), UnitRef.iso("KG-T"), UnitRef.iso("KG-Y"));
    }

    @Test
    void statedTargetAreasStayAsWritten() {
        // "Максаттуу аймак: Бишкек, Ош шаарлары"
        assertThat(seed.grant("g001-2").orElseThrow().getCoverage().getUnitRefs())
                .containsExactly(UnitRef.iso("KG-GB"), UnitRef.iso("KG-GO"));
        // "Максаттуу аймак: Бишкек, Чүй, Жалал-Абад жана Ысык-Көл облустары"
        assertThat(seed.grant("g001-1").orElseThrow().getCoverage().getUnitRefs()).containsExactly(
                UnitRef.iso("KG-GB"), UnitRef.iso("KG-C"), UnitRef.iso("KG-J"), UnitRef.iso("KG-Y"));
    }

    @Test
    void implementersAreNamedWithoutALeadOrAFormTheTextDoesNotGive() {
        // "Долбоор ишке ашырылат: Адам Укуктары боюнча Кеңеш (АУК), Бишкек, Кыргызстан … Густав Штресеманн ат.
        // институт (GSI) Бонн, Германия": two implementers, neither put first, no legal form.
        assertThat(seed.getProjects().get(0).getParticipants()).noneMatch(Participation::isLead);
        SourceSentences.formsNotStated(seed, "human-rights-council-auk", "gustav-stresemann-institute",
                "bulan-institute", "small-public-councils-network");
        SourceSentences.noNonProfitStatusIsStated(seed);
    }

    @Test
    void karakolCityPublicCouncilHasSeed000sIdentifier() {
        // "Өнөктөш: Каракол шаардык Коомдук Кеңеши" (grant 6, Ысык-Көл облусу)
        Grant g6 = seed.grant("g001-6").orElseThrow();
        assertThat(g6.getPartnership().getOthers()).extracting(p -> p.getOrganisation().getValue())
                .containsExactly("karakol-city-public-council");
        assertThat(organisation(seed, "karakol-city-public-council").getName().get("ky"))
                .contains("Каракол шаардык Коомдук Кеңеши");
        assertThat(List.of(ExampleCatalogues.seed000(), seed)).allSatisfy(c -> assertThat(c.getOrganisations())
                .noneMatch(o -> o.getId().getValue().contains("on-migration")));
    }
}
