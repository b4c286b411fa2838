package kg.kichi.examples;

import static kg.kichi.examples.SourceSentences.organisation;
import static org.assertj.core.api.Assertions.assertThat;

import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.time.PartialDate;
import org.junit.jupiter.api.Test;

/** Seed 000 (ru): each fact of the fixture with the sentence of the press release that states it. */
class Seed000SourceSentencesTest {
    private final Catalogue seed = ExampleCatalogues.seed000();

    @Test
    void theCallIsStatedWithItsMonth() {
        // "По итогам конкурса мини-грантов, объявленного в феврале 2021 года, проектом Европейского Союза
        // «Открытые сообщества – открытые СМИ» было поддержано восемь проектных инициатив"
        assertThat(seed.getCalls()).hasSize(1);
        assertThat(seed.getCalls().get(0).getAnnounced()).contains(PartialDate.of(2021, 2));
        assertThat(seed.getGrants()).hasSize(8).allSatisfy(g -> assertThat(g.getCall()).isPresent());
    }

    @Test
    void onlyFiveInitiativesArePlacedTheOtherThreeAreNotStated() {
        // "восемь проектных инициатив из семи регионов": the release places five of them, and says nothing
        // of where «Интеграция сообществ», «Сельская жизнь» and «АИР Поддержка» work.
        assertThat(seed.getGrants()).filteredOn(g -> g.getCoverage().isNotStated()).extracting(Grant::getGrantee)
                .extracting(OrganisationId::getValue)
                .containsExactlyInAnyOrder("community-integration", "rural-life", "air-support");
        assertThat(seed.getGrants()).noneSatisfy(g -> assertThat(g.getCoverage().isNationwide()).isTrue());
    }

    @Test
    void karakolCityPublicCouncilIsOneOrganisationAndMigrationIsThePartnershipsSubject() {
        // "в партнерстве между Каракольским Городским Общественным советом( ГОС ) по миграции, мэрией и
        // независимыми журналистами Иссык-Кульской области"
        var council = organisation(seed, "karakol-city-public-council");
        assertThat(council.getName().get("ru")).contains("Каракольский Городской Общественный совет");
        assertThat(council.getAcronyms()).containsExactly("ГОС");
        assertThat(council.getAliases()).containsExactly("Каракольский Городской Общественный совет (ГОС) по миграции");
        assertThat(council.getLegalForm()).isEqualTo(LegalForm.PUBLIC_COUNCIL);
        assertThat(council.getNotes()).isNotEmpty();
        assertThat(ExampleCatalogues.seed001().organisation(council.getId())).as("the same id in seed 001").isPresent();
    }

    @Test
    void legalFormsAreThoseWrittenBeforeTheNamesAndNoNonProfitStatusIsStated() {
        // "ОО «Нарынский центр экономического развития»", "ОФ «Фонд глобальных перемен»",
        // "«Ассоциация женских сообществ Иссык- Куля»"
        assertThat(organisation(seed, "naryn-edc").getLegalForm()).isEqualTo(LegalForm.PUBLIC_ASSOCIATION);
        assertThat(organisation(seed, "global-change-fund").getLegalForm()).isEqualTo(LegalForm.PUBLIC_FOUNDATION);
        assertThat(organisation(seed, "issyk-kul-womens-communities-association").getLegalForm())
                .isEqualTo(LegalForm.ASSOCIATION);
        assertThat(organisation(seed, "naryn-edc").isTypicallyNonProfit()).as("derived from ОО, kept apart").isTrue();
        SourceSentences.noNonProfitStatusIsStated(seed);
        SourceSentences.formsNotStated(seed);
    }
}
