package kg.kichi.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kg.kichi.cli.Document;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitLevel;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.project.GrantComponent;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.ParticipationRole;
import kg.kichi.core.project.Project;
import kg.kichi.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** The report says what the data states: "all oblasts", grants in several units, components, empty datasets. */
class ReportFidelityTest {
    private static final OrganisationId NGO = OrganisationId.local("ngo");

    private static Catalogue withGrants() {
        Project project = Project.builder().id("p").title(LocalizedText.of("en", "Peace").with("ky", "Тынчтык"))
                .addParticipant(Participation.of(NGO, ParticipationRole.IMPLEMENTING))
                .addGrantComponent(GrantComponent.builder().id("lsg").title(LocalizedText.of("en", "For LG bodies"))
                        .plannedGrants(25).awardedGrants(25).build())
                .addGrantComponent(GrantComponent.builder().id("cso").title(LocalizedText.of("en", "For CSOs"))
                        .plannedGrants(25).build())
                .build();
        return Catalogue.builder().id("with-grants")
                .title(LocalizedText.of("en", "Newsletter").with("ky", "Жаңылыктар"))
                .addOrganisation(Organisation.builder().id(NGO).name(LocalizedText.of("en", "NGO"))
                        .legalForm(LegalForm.NOT_STATED).build())
                .addProject(project)
                .addGrants(grant("g1", RegionalCoverage.allOf("KG", UnitLevel.REGION)),
                        grant("g2", RegionalCoverage.of(UnitRef.iso("KG-N"), UnitRef.iso("KG-GB"))))
                .build();
    }

    private static Grant grant(String id, RegionalCoverage coverage) {
        return Grant.builder().id(id).title(LocalizedText.of("en", id)).project("p").component("cso")
                .partnership(Partnership.ofLead(NGO)).coverage(coverage).build();
    }

    private static Catalogue withoutGrants() {
        return Catalogue.builder().id("no-grants").title(LocalizedText.of("ru", "Пресс-релиз"))
                .addOrganisation(Organisation.builder().id(NGO).name(LocalizedText.of("en", "NGO"))
                        .legalForm(LegalForm.NOT_STATED).build())
                .addProject(Project.builder().id("p").title(LocalizedText.of("ru", "Проект"))
                        .addParticipant(Participation.of(NGO, ParticipationRole.IMPLEMENTING)).build())
                .build();
    }

    private static Report report(String language) {
        return new ReportBuilder(new GazetteerRollUp(Gazetteers.kyrgyzstan()), language).build(List.of(
                new Document("a.json", withGrants()), new Document("b.json", withoutGrants())));
    }

    @Test
    void allOblastsCountUnderEachOblastAndNeverAsNationwide() {
        DatasetSummary d = report("en").datasets().get(0);
        Map<String, Integer> perRegion = d.regions().stream()
                .collect(Collectors.toMap(r -> r.region().code(), RegionCount::grants));
        assertThat(perRegion).isEqualTo(Map.of("KG-B", 1, "KG-C", 1, "KG-J", 1, "KG-N", 2, "KG-O", 1, "KG-T", 1,
                "KG-Y", 1, "KG-GB", 1));
        assertThat(d.nationwide()).isZero();
        assertThat(d.allOfLevel()).isEqualTo(1);
        assertThat(d.multiRegion()).isEqualTo(2);
        assertThat(d.unresolved()).isZero();
    }

    @Test
    void withoutAGazetteerAllOblastsIsCountedAsUnresolvedNotGuessed() {
        DatasetSummary d = new ReportBuilder(RegionRollUp.isoCodesOnly())
                .build(List.of(new Document("a.json", withGrants()))).datasets().get(0);
        assertThat(d.unresolved()).isEqualTo(1);
        assertThat(d.regions()).extracting(r -> r.region().code()).containsExactly("KG-GB", "KG-N");
    }

    @Test
    void componentsShowStatedAndListedCounts() {
        assertThat(report("en").datasets().get(0).components()).containsExactly(
                new ComponentCount("Peace", "lsg", "For LG bodies", Optional.of(25), Optional.of(25), 0),
                new ComponentCount("Peace", "cso", "For CSOs", Optional.of(25), Optional.empty(), 2));
    }

    @Test
    void theTextExplainsWhatItCountsAndWhatADatasetWithoutGrantsHolds() {
        String text = ReportText.render(report("en"));
        assertThat(text.lines().findFirst()).hasValueSatisfying(l -> assertThat(l).startsWith("Kichi report:"));
        assertThat(text).contains("Dataset with-grants: Newsletter (a.json)")
                .contains("1 grant covers \"all oblasts\" as stated: counted under every oblast")
                .contains("2 grants work in several units, counted in the row of each")
                .containsPattern("Peace\\s+For LG bodies\\s+25\\s+25\\s+0")
                .containsPattern("Peace\\s+For CSOs\\s+25\\s+not stated\\s+2")
                .contains("No grant is listed in this dataset. It holds 1 project with 1 participating organisation,"
                        + " 0 stated activities (0 stated numbers) and 0 target groups.");
        assertThat(text).doesNotContain("Dataset no-grants: Пресс-релиз (b.json)" + System.lineSeparator()
                + "  Amounts awarded");
        assertThat(text.lines()).noneMatch(line -> line.endsWith(" "));
    }

    @Test
    void titlesAreInTheReadersLanguageWithAFallback() {
        Report ky = report("ky");
        assertThat(ky.datasets()).extracting(DatasetSummary::title).containsExactly("Жаңылыктар", "Пресс-релиз");
        assertThat(ky.datasets().get(0).components()).extracting(ComponentCount::project).containsOnly("Тынчтык");
        assertThat(report("en").datasets()).extracting(DatasetSummary::title).containsExactly("Newsletter", "Пресс-релиз");
    }
}
