package kg.kichi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.project.GrantComponent;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.Project;
import kg.kichi.core.project.StatedTarget;
import kg.kichi.core.time.PartialDate;
import org.junit.jupiter.api.Test;

/** Seed 002 (ky, ru, en): the newsletter of the EU project "Ынтымактуу Жашоо" / "Living in Peace". */
class Seed002LivingInPeaceTest {
    private static final Set<String> KY_RU_EN = Set.of("ky", "ru", "en");

    private final Catalogue seed = ExampleCatalogues.seed002();

    @Test
    void noCallIsInventedTheProjectAwardsTwoComponentsOfTwentyFiveAndOnlyTheCivilSocietyGrantsAreListed() {
        // "25 ЖӨБ органдары жана 25 жарандык коом уюмдары өлкө боюнча тынчтык демилгелерди ишке ашырууга грант
        // алышты." The newsletter never describes a competition: no call, and no grant names one.
        assertThat(seed.getCalls()).isEmpty();
        Project project = seed.getProjects().get(0);
        assertThat(project.getGrantComponents()).extracting(GrantComponent::getId).containsExactly("lsg", "cso");
        assertThat(project.getGrantComponents()).allSatisfy(c -> {
            assertThat(c.getPlannedGrants()).contains(25);
            assertThat(c.getAwardedGrants()).contains(25);
        });
        assertThat(seed.getGrants()).hasSize(25).allSatisfy(g -> {
            assertThat(g.getCall()).isEmpty();
            assertThat(g.getLot()).isEmpty();
            assertThat(g.getProject()).contains("living-in-peace");
            assertThat(g.getComponent()).contains("cso");
        });
        assertThat(seed.getGrants()).extracting(Grant::getGrantee).doesNotHaveDuplicates();
    }

    @Test
    void civilSocietyGrantsPerOblastHeading() {
        Map<String, Long> perRegion = seed.getGrants().stream()
                .collect(Collectors.groupingBy(g -> Regions.single(g.getCoverage()), Regions::counter, Collectors.counting()));
        assertThat(perRegion).containsExactlyInAnyOrderEntriesOf(Map.of(
                "KG-C", 4L, "KG-Y", 2L, "KG-O", 5L, "KG-N", 2L, "KG-J", 7L, "KG-B", 3L, "KG-T", 2L));
    }

    @Test
    void statedLocalitiesAreResolvedAndUnresolvableOnesFallBackToTheHeading() {
        assertThat(coverageOf("cornelius-society")).as("Токмок ш.").containsExactly(UnitRef.soate("41708400000010"));
        assertThat(coverageOf("league-of-child-rights-defenders")).as("Түп айыл аймагы")
                .containsExactly(UnitRef.soate("41702225889000"));
        assertThat(coverageOf("interbilim")).as("Өзгөн ш.").containsExactly(UnitRef.soate("41706255600010"));
        assertThat(coverageOf("karakul-womens-council")).as("Каракөл ш. in Jalal-Abad, not Karakol")
                .containsExactly(UnitRef.soate("41703440000010"));
        assertThat(coverageOf("agerkech")).as("ЖАБ-1 / МТУ-1: no unit named").containsExactly(UnitRef.iso("KG-C"));
        assertThat(coverageOf("development-of-young-citizens")).as("Жаңы-Жол: two aiyl aimaks in Jalal-Abad")
                .containsExactly(UnitRef.iso("KG-J"));
    }

    @Test
    void oneGrantPerInitiativeWithItsTitleInThreeLanguages() {
        assertThat(seed.getGrants()).allSatisfy(g -> assertThat(g.getTitle().getLanguages()).isEqualTo(KY_RU_EN));
        Grant cornelius = grantOf("cornelius-society");
        assertThat(cornelius.getTitle().get("ky")).contains("Биримдик үчүн");
        assertThat(cornelius.getTitle().get("ru")).contains("Во имя единства");
        assertThat(cornelius.getTitle().get("en")).contains("In the name of unity");
        assertThat(seed.getGrants()).extracting(g -> g.getTitle().get("en").orElseThrow()).doesNotHaveDuplicates();
    }

    @Test
    void eachGrantIsDescribedInTheSeedsOwnWordsInEachLanguage() {
        assertThat(seed.getGrants()).allSatisfy(g -> {
            assertThat(g.getDescription().orElseThrow().getLanguages()).isEqualTo(KY_RU_EN);
            assertThat(g.getDescription().get().get("ky").orElseThrow()).contains(g.getTitle().get("ky").orElseThrow());
            assertThat(g.getDescription().get().get("ru").orElseThrow()).contains(g.getTitle().get("ru").orElseThrow());
        });
        assertThat(grantOf("league-of-child-rights-defenders").getDescription().orElseThrow().get("en"))
                .hasValueSatisfying(en -> assertThat(en).contains("a network of 150 activists"));
    }

    @Test
    void granteesAreNamedInEveryLanguageThatSpellsThemRightAndMisspellingsAreOnlyAliases() {
        Set<String> misspeltInEnglish = Set.of("dilanar", "tilektesh-el");
        assertThat(seed.getGrants()).allSatisfy(g -> assertThat(seed.organisation(g.getGrantee()).orElseThrow()
                .getName().getLanguages()).isEqualTo(misspeltInEnglish.contains(g.getGrantee().getValue())
                        ? Set.of("ky", "ru") : KY_RU_EN));
        assertThat(seed.organisation(OrganisationId.local("interbilim")).orElseThrow().getName().get("en"))
                .contains("International Center \"Interbilim\"");
    }

    @Test
    void statedNumbersAreTargets() {
        Map<String, Long> quantities = seed.getGrants().stream().filter(g -> !g.getTargets().isEmpty())
                .collect(Collectors.toMap(g -> g.getGrantee().getValue(), g -> g.getTargets().get(0).getQuantity()));
        assertThat(quantities).containsExactlyInAnyOrderEntriesOf(Map.of(
                "league-of-child-rights-defenders", 150L, "mekenim-ala-too", 80L, "border-youth-network", 13L,
                "development-of-young-citizens", 4L, "greenlight", 2L));
        assertThat(grantOf("border-youth-network").getTargets().get(0).getWhat().get("en")).contains("villages");
    }

    @Test
    void projectRunsFromApril2021ToSeptember2022ImplementedByInternationalAlertWithTwoPartners() {
        Project project = seed.getProjects().get(0);
        assertThat(project.getTitle().get("en")).contains("Living in Peace");
        assertThat(project.getPeriod().orElseThrow().getStart()).contains(PartialDate.of(2021, 4));
        assertThat(project.getPeriod().orElseThrow().getEnd()).contains(PartialDate.of(2022, 9));
        assertThat(project.getLead()).contains(OrganisationId.local("international-alert"));
        assertThat(project.getParticipants()).extracting(Participation::getOrganisation)
                .extracting(OrganisationId::getValue)
                .containsExactly("european-union", "international-alert", "development-policy-institute",
                        "national-mediation-center");
        Map<Long, Long> activityTargets = project.getActivities().stream().flatMap(a -> a.getTargets().stream())
                .collect(Collectors.groupingBy(StatedTarget::getQuantity, Collectors.counting()));
        assertThat(activityTargets).isEqualTo(Map.of(25L, 3L));
    }

    private Grant grantOf(String grantee) {
        Map<String, Grant> byGrantee = seed.getGrants().stream()
                .collect(Collectors.toMap(g -> g.getGrantee().getValue(), Function.identity()));
        return byGrantee.get(grantee);
    }

    private java.util.List<UnitRef> coverageOf(String grantee) {
        return grantOf(grantee).getCoverage().getUnitRefs();
    }
}
