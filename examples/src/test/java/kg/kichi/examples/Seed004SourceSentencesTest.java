package kg.kichi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.project.GrantComponent;
import kg.kichi.core.project.Project;
import kg.kichi.core.time.PartialDate;
import org.junit.jupiter.api.Test;

/** Seed 004 (ky): each fact of the fixture with the sentence of the project page that states it. */
class Seed004SourceSentencesTest {
    private final Catalogue seed = ExampleCatalogues.seed004();
    private final Project project = seed.getProjects().get(0);

    @Test
    void nationalLevelStakeholdersAreTargetGroups() {
        // "Улуттук деңгээлде негизги кызыкдар тараптар тармактык министриликтер жана ведомстволор, Парламент,
        // Кыргыз Республикасынын Өкмөтү, Акыйкатчынын аппараты болуп саналат."
        assertThat(project.getTargetGroups()).extracting(t -> t.get("ky").orElseThrow()).contains(
                "тармактык министриликтер жана ведомстволор", "Парламент", "Кыргыз Республикасынын Өкмөтү",
                "Акыйкатчынын аппараты", "өнүгүү боюнча өнөктөштөр");
    }

    @Test
    void smallGrantsToPublicCouncilsAreAComponentWithoutCounts() {
        // "Коомдук кеңештерге кичигрант берүү жана медиа-өнөктөштөрдүн маалымдуулугун жогорулатуу аркылуу
        // жактоочулар кампаниясын иштеп чыгуу жана ишке ашыруу": grants to public councils, no number given.
        GrantComponent component = project.grantComponent("public-councils").orElseThrow();
        assertThat(component.getPlannedGrants()).isEmpty();
        assertThat(component.getAwardedGrants()).isEmpty();
        assertThat(component.getRecipientForms()).containsExactly(LegalForm.PUBLIC_COUNCIL);
        assertThat(seed.getGrants()).isEmpty();
    }

    @Test
    void theProjectRunsNovember2019ToDecember2021() {
        // "Долбоордун узактыгы: Ноябрь 2019 - декабрь 2021"
        assertThat(project.getPeriod().orElseThrow().getStart()).contains(PartialDate.of(2019, 11));
        assertThat(project.getPeriod().orElseThrow().getEnd()).contains(PartialDate.of(2021, 12));
        SourceSentences.noNonProfitStatusIsStated(seed);
    }
}
