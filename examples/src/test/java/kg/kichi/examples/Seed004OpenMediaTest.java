package kg.kichi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Project;
import kg.kichi.core.project.StatedTarget;
import kg.kichi.core.time.DatePrecision;
import kg.kichi.core.time.PartialDate;
import org.junit.jupiter.api.Test;

/** Seed 004 (ky): the project "Ачык коомчулук – ачык маалымат каражаттары" under EIDHR CBSS Kyrgyzstan 2018-2019. */
class Seed004OpenMediaTest {
    private final Catalogue seed = ExampleCatalogues.seed004();

    @Test
    void eidhrFundsTheCountrySchemeWhichFundsTheProject() {
        DonorProgramme cbss = seed.programme("eidhr-cbss-kyrgyzstan-2018-2019").orElseThrow();
        assertThat(cbss.getParent()).contains("eidhr");
        assertThat(cbss.getPeriod().orElseThrow().getStart()).contains(PartialDate.ofYear(2018));
        assertThat(cbss.getPeriod().orElseThrow().getEnd()).contains(PartialDate.ofYear(2019));
        assertThat(seed.programme("eidhr").orElseThrow().getAcronyms()).containsExactly("ЕДИАУ");
        assertThat(seed.getProjects()).singleElement().satisfies(p -> assertThat(p.getProgramme()).contains(cbss.getId()));
    }

    @Test
    void runsFromNovember2019ToDecember2021() {
        Project project = seed.getProjects().get(0);
        assertThat(project.getPeriod().orElseThrow().getStart()).contains(PartialDate.of(2019, 11));
        assertThat(project.getPeriod().orElseThrow().getEnd()).contains(PartialDate.of(2021, 12));
        assertThat(project.getPeriod().get().getStart().get().getPrecision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void twentyOnePublicCouncilsInSevenOblasts() {
        Project project = seed.getProjects().get(0);
        assertThat(project.getActivities().get(0).getTargets()).extracting(StatedTarget::getQuantity).containsExactly(21L, 7L);
        assertThat(Regions.of(project.getCoverage())).containsExactlyInAnyOrder(
                "KG-B", "KG-C", "KG-J", "KG-N", "KG-O", "KG-T", "KG-Y");
        assertThat(project.getActivities()).as("the scope and the nine listed activities").hasSize(10);
    }

    @Test
    void noCallAndNoGrantsAreInvented() {
        assertThat(seed.getCalls()).isEmpty();
        assertThat(seed.getGrants()).isEmpty();
        assertThat(seed.getProjects().get(0).getTitle().getLanguages()).containsExactly("ky");
    }
}
