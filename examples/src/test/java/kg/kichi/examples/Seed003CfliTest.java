package kg.kichi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Activity;
import kg.kichi.core.project.Project;
import kg.kichi.core.project.StatedTarget;
import kg.kichi.core.time.DatePrecision;
import kg.kichi.core.time.PartialDate;
import org.junit.jupiter.api.Test;

/** Seed 003 (ru): a CFLI project of ОФ «Гражданская платформа» that started on 1 September 2022. */
class Seed003CfliTest {
    private final Catalogue seed = ExampleCatalogues.seed003();

    @Test
    void aProgrammeAndAProjectWithNoCallAndNoGrants() {
        assertThat(seed.getCalls()).isEmpty();
        assertThat(seed.getGrants()).isEmpty();
        DonorProgramme cfli = seed.getProgrammes().get(0);
        assertThat(cfli.getAcronyms()).containsExactly("CFLI");
        assertThat(cfli.getDonor()).isEqualTo(OrganisationId.local("global-affairs-canada"));
        assertThat(seed.getProjects()).singleElement().satisfies(p -> assertThat(p.getProgramme()).contains(cfli.getId()));
    }

    @Test
    void startedOnTheFirstOfSeptember2022WithNoStatedEnd() {
        Project project = seed.getProjects().get(0);
        PartialDate start = project.getPeriod().orElseThrow().getStart().orElseThrow();
        assertThat(start).isEqualTo(PartialDate.of(2022, 9, 1));
        assertThat(start.getPrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(project.getPeriod().get().getEnd()).isEmpty();
        assertThat(project.getLead()).contains(OrganisationId.local("civic-platform"));
    }

    @Test
    void everythingIsInRussianAsTheSeedIs() {
        Project project = seed.getProjects().get(0);
        assertThat(project.getTitle().getLanguages()).containsExactly("ru");
        assertThat(project.getActivities()).allSatisfy(a -> assertThat(a.getDescription().getLanguages()).containsExactly("ru"));
        assertThat(seed.getOrganisations()).allSatisfy(o -> assertThat(o.getName().getLanguages()).containsExactly("ru"));
    }

    @Test
    void eightCitiesInEightRegionsOfTheCountry() {
        Project project = seed.getProjects().get(0);
        assertThat(project.getCoverage().getUnitRefs()).hasSize(8).doesNotHaveDuplicates();
        assertThat(Regions.of(project.getCoverage())).containsExactlyInAnyOrder(
                "KG-N", "KG-Y", "KG-GB", "KG-C", "KG-J", "KG-GO", "KG-B", "KG-T");
    }

    @Test
    void eightOneDaySeminarsForAbout200Activists() {
        List<Activity> activities = seed.getProjects().get(0).getActivities();
        assertThat(activities).hasSize(4);
        List<StatedTarget> civilSociety = activities.get(1).getTargets();
        assertThat(civilSociety).extracting(StatedTarget::getQuantity).containsExactly(8L, 8L, 200L);
        assertThat(civilSociety).extracting(StatedTarget::isApproximate).containsExactly(false, false, true);
        assertThat(civilSociety.get(2).getStatedAs().orElseThrow().get("ru")).contains("около 200 гражданских активистов");
        assertThat(activities.get(2).getTargets()).extracting(StatedTarget::getQuantity).containsExactly(8L, 8L);
    }
}
