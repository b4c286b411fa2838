package kg.kichi.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.project.Project;
import kg.kichi.json.KichiJson;
import kg.kichi.json.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Properties every fixture shares, and the identities that link them. */
class ExampleCataloguesTest {

    @ParameterizedTest
    @EnumSource(ExampleDataset.class)
    void everyFixtureReadsInStrictModeWithoutProblems(ExampleDataset dataset) throws Exception {
        try (InputStream in = dataset.openStream()) {
            assertThatCode(() -> KichiJson.read(in, Mode.STRICT)).doesNotThrowAnyException();
        }
        assertThat(ExampleCatalogues.get(dataset).getId()).isEqualTo(dataset.getDocumentId());
        assertThat(dataset.getFileName()).startsWith(String.format("%03d-", dataset.getSeedNumber()));
    }

    @ParameterizedTest
    @EnumSource(ExampleDataset.class)
    void writingAFixtureBackLosesNothing(ExampleDataset dataset) {
        Catalogue read = ExampleCatalogues.get(dataset);
        String written = KichiJson.writeString(read);
        assertThat(KichiJson.read(written, Mode.STRICT)).isEqualTo(read);
        assertThat(written.strip()).isEqualTo(dataset.readText().strip());
    }

    @Test
    void allReturnsTheFiveSeedsInOrderAndSharesThem() {
        Map<ExampleDataset, Catalogue> all = ExampleCatalogues.all();
        assertThat(all.keySet()).containsExactly(ExampleDataset.values());
        assertThat(all.get(ExampleDataset.LIVING_IN_PEACE)).isSameAs(ExampleCatalogues.seed002());
        assertThat(ExampleCatalogues.resourcePaths()).hasSize(5)
                .allSatisfy(p -> assertThat(ExampleCatalogues.class.getResource(p)).isNotNull());
    }

    @Test
    void datasetsAreFoundByTheNamesAUserTypes() {
        assertThat(ExampleDataset.find("2")).contains(ExampleDataset.LIVING_IN_PEACE);
        assertThat(ExampleDataset.find("002")).contains(ExampleDataset.LIVING_IN_PEACE);
        assertThat(ExampleDataset.find("living-in-peace")).contains(ExampleDataset.LIVING_IN_PEACE);
        assertThat(ExampleDataset.find("Living_In_Peace")).contains(ExampleDataset.LIVING_IN_PEACE);
        assertThat(ExampleDataset.find("004-open-communities-open-media.json"))
                .contains(ExampleDataset.OPEN_COMMUNITIES_OPEN_MEDIA);
        assertThat(ExampleDataset.find("seed-000-open-communities-mini-grants"))
                .contains(ExampleDataset.OPEN_COMMUNITIES_MINI_GRANTS);
        assertThat(ExampleDataset.find("7")).isEmpty();
        assertThat(ExampleDataset.find(" ")).isEmpty();
        assertThat(ExampleDataset.find(null)).isEmpty();
    }

    @Test
    void anOrganisationInSeveralSeedsHasOneIdentifier() {
        Map<String, Set<Integer>> seedsByOrganisation = new TreeMap<>();
        ExampleCatalogues.all().forEach((dataset, catalogue) -> catalogue.getOrganisations().forEach(o ->
                seedsByOrganisation.computeIfAbsent(o.getId().getValue(), k -> new TreeSet<>()).add(dataset.getSeedNumber())));
        seedsByOrganisation.values().removeIf(seeds -> seeds.size() < 2);
        assertThat(seedsByOrganisation).containsExactlyInAnyOrderEntriesOf(Map.of(
                "european-union", Set.of(0, 1, 2, 4),
                "naryn-edc", Set.of(0, 1),
                "global-change-fund", Set.of(0, 1),
                "insan-leilek", Set.of(0, 1),
                "rural-life", Set.of(0, 1),
                "karakol-city-public-council", Set.of(0, 1)));
    }

    @Test
    void theRussianAndKyrgyzNamesOfAMergedOrganisationComeFromTheirSeeds() {
        Organisation ru = ExampleCatalogues.seed000().organisation(OrganisationId.local("global-change-fund")).orElseThrow();
        Organisation ky = ExampleCatalogues.seed001().organisation(OrganisationId.local("global-change-fund")).orElseThrow();
        assertThat(ru.getName().get("ru")).contains("Фонд глобальных перемен");
        assertThat(ky.getName().get("ky")).contains("Глобалдык өзгөрүүлөр фонду");
        assertThat(ru.getLegalForm()).isEqualTo(ky.getLegalForm());
    }

    @Test
    void namesNeverContradictEachOtherAcrossFixtures() {
        Map<String, Map<String, String>> names = new HashMap<>();
        ExampleCatalogues.all().values().forEach(c -> c.getOrganisations().forEach(o -> o.getName().asMap().forEach(
                (language, text) -> assertThat(names.computeIfAbsent(o.getId().toString(), k -> new HashMap<>())
                        .merge(language, text, (a, b) -> a.equals(b) ? a : "CONFLICT: " + a + " / " + b))
                        .as("%s in %s", o.getId(), language).doesNotStartWith("CONFLICT"))));
        assertThat(names).hasSizeGreaterThan(50);
    }

    @Test
    void seeds000And004DescribeTheSameProject() {
        Project minigrants = ExampleCatalogues.seed000().project("open-communities-open-media").orElseThrow();
        Project eidhr = ExampleCatalogues.seed004().project("open-communities-open-media").orElseThrow();
        assertThat(minigrants.getTitle().get("ru")).contains("Открытые сообщества – открытые СМИ");
        assertThat(eidhr.getTitle().get("ky")).contains("Ачык коомчулук – ачык маалымат каражаттары");
        PartialDatesCheck.announcedWithin(ExampleCatalogues.seed000().getCalls().get(0).getAnnounced().orElseThrow(),
                eidhr.getPeriod().orElseThrow());
    }

    @Test
    void noFixtureStatesAnAmountOrARegistryNumber() {
        ExampleCatalogues.all().values().forEach(c -> {
            assertThat(c.getGrants()).allSatisfy(g -> assertThat(g.getAmountAwarded()).isEmpty());
            assertThat(c.getCalls()).allSatisfy(call -> assertThat(call.getEnvelope()).isEmpty());
            assertThat(c.getProjects()).allSatisfy(p -> assertThat(p.getBudget()).isEmpty());
            assertThat(c.getOrganisations()).allSatisfy(o -> assertThat(o.getId().isLocal()).isTrue());
        });
    }

    @Test
    void everyUnitIsAKyrgyzUnitOfAKnownRegion() {
        List<RegionalCoverage> coverages = ExampleCatalogues.all().values().stream().flatMap(c -> java.util.stream.Stream.concat(
                c.getGrants().stream().map(g -> g.getCoverage()), c.getProjects().stream().map(Project::getCoverage))).toList();
        assertThat(coverages).isNotEmpty().allSatisfy(cov ->
                cov.getUnitRefs().forEach(u -> assertThat(Regions.of(u)).startsWith("KG-")));
    }
}
