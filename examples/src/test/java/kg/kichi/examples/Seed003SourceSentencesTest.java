package kg.kichi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.ParticipationRole;
import kg.kichi.core.project.StatedTarget;
import org.junit.jupiter.api.Test;

/** Seed 003 (ru): each fact of the fixture with the sentence of the press release that states it. */
class Seed003SourceSentencesTest {
    private final Catalogue seed = ExampleCatalogues.seed003();

    @Test
    void theTitleSaysWhatTheReleaseAnnounces() {
        // "1 сентября 2022 года стартовал Проект по укреплению потенциала представителей гражданского общества в
        // Кыргызстане…": the headline "ПРЕСС – РЕЛИЗ" says nothing of the dataset.
        assertThat(seed.getTitle().orElseThrow().get("ru")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("1 сентября 2022 года стартовал Проект по укреплению потенциала"));
    }

    @Test
    void theSchoolRunsDialoguePlatformsAsAnImplementerNotTheLead() {
        // "Школа гражданского лидерства www.education.kg будет проводить диалоговые площадки на тему женского
        // лидерства"; "Координатор проекта – Опобекова Бермет … info@platforma.kg"
        assertThat(seed.getProjects().get(0).getParticipants())
                .extracting(p -> p.getOrganisation().getValue(), Participation::getRole, Participation::isLead)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("global-affairs-canada", ParticipationRole.FUNDING, false),
                        org.assertj.core.groups.Tuple.tuple("civic-platform", ParticipationRole.IMPLEMENTING, true),
                        org.assertj.core.groups.Tuple.tuple("civic-leadership-school", ParticipationRole.IMPLEMENTING,
                                false));
        SourceSentences.formsNotStated(seed, "civic-leadership-school");
        SourceSentences.noNonProfitStatusIsStated(seed);
    }

    @Test
    void onlyTheActivistsAreAnApproximateNumber() {
        // "Планируется, что около 200 гражданских активистов улучшат свои знания"; "Восемь однодневных семинаров"
        assertThat(seed.getProjects().get(0).getActivities()).flatExtracting(a -> a.getTargets())
                .filteredOn(StatedTarget::isApproximate).extracting(StatedTarget::getQuantity).containsExactly(200L);
        assertThat(seed.getGrants()).isEmpty();
        assertThat(seed.getCalls()).isEmpty();
    }
}
