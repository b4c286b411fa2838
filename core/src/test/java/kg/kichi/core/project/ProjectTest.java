package kg.kichi.core.project;

import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static kg.kichi.core.Samples.EU;
import static kg.kichi.core.Samples.NARYN_EDC;
import static kg.kichi.core.Samples.TYNCHTYK;
import static kg.kichi.core.Samples.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import kg.kichi.core.Samples;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.geo.RegionalCoverage;
import org.junit.jupiter.api.Test;

class ProjectTest {
    private static Participation lead(kg.kichi.core.organisation.OrganisationId organisation) {
        return Participation.builder().organisation(organisation).role(ParticipationRole.IMPLEMENTING).lead(true)
                .build();
    }

    @Test
    void buildsAndFindsItsLead() {
        Project project = Samples.project().period(DatePeriod.parse("2019-01/2021-06")).build();
        assertThat(project.getLead()).contains(TYNCHTYK);
        assertThat(project.getCoverage().isNotStated()).isTrue();
        assertThat(Project.builder().id("p").title(en("No participants")).build().getLead()).isEmpty();
    }

    @Test
    void reportsEveryMissingAttributeAtOnce() {
        assertRejected(() -> Project.builder().programme("bad id").build()).containsExactlyInAnyOrder(
                violation("id", "kichi.required"), violation("title", "kichi.required"),
                violation("programme", "kichi.id"));
    }

    @Test
    void oneOrganisationMayHoldSeveralRolesButNotOneRoleTwice() {
        assertThat(Samples.project().addParticipant(Participation.of(EU, ParticipationRole.ACCOUNTABLE)).build()
                .getParticipants()).hasSize(3);
        assertRejected(() -> Samples.project().addParticipant(Participation.of(EU, ParticipationRole.FUNDING)).build())
                .containsExactly(violation("participants[2].organisation", "kichi.project.duplicateRole"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {3, 16, 17, 40})
    void findsTheRepeatedRoleInSmallAndLargeProjects(int size) {
        Project.Builder builder = Project.builder().id("p").title(en("t"));
        for (int i = 0; i < size; i++) {
            builder.addParticipant(Participation.of(kg.kichi.core.organisation.OrganisationId.local("o-" + i % (size - 1)),
                    i < size - 1 ? ParticipationRole.IMPLEMENTING : ParticipationRole.FUNDING));
        }
        assertThat(builder.build().getParticipants()).hasSize(size);
        builder.addParticipant(Participation.of(kg.kichi.core.organisation.OrganisationId.local("o-1"),
                ParticipationRole.IMPLEMENTING));
        assertRejected(builder::build)
                .containsExactly(violation("participants[" + size + "].organisation", "kichi.project.duplicateRole"));
    }

    @Test
    void hasAtMostOneLead() {
        assertRejected(() -> Samples.project().addParticipant(lead(NARYN_EDC)).build())
                .containsExactly(violation("participants", "kichi.project.leads"));
    }

    @Test
    void reportsDuplicateRoleAndTwoLeadsTogether() {
        assertRejected(() -> Samples.project().addParticipant(lead(TYNCHTYK)).build()).containsExactly(
                violation("participants", "kichi.project.leads"),
                violation("participants[2].organisation", "kichi.project.duplicateRole"));
    }

    @Test
    void isImmutableAndCopiesItsInputs() {
        List<Participation> participants = new ArrayList<>(List.of(Participation.of(EU, ParticipationRole.FUNDING)));
        Project project = Project.builder().id("p").title(en("t")).participants(participants).build();
        participants.add(lead(TYNCHTYK));
        assertThat(project.getParticipants()).hasSize(1);
        assertThatThrownBy(() -> project.getParticipants().add(lead(TYNCHTYK)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> project.getObjectives().add(en("x")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertRejected(() -> project.withParticipants(Participation.of(EU, ParticipationRole.FUNDING),
                Participation.of(EU, ParticipationRole.FUNDING)))
                .containsExactly(violation("participants[1].organisation", "kichi.project.duplicateRole"));
    }

    @Test
    void aNullCoverageIsNotGivenSoNotStated() {
        // null means "not given" (KichiStyle's null rule): the coverage keeps its default, not stated
        assertThat(Samples.project().coverage(null).build().getCoverage()).isEqualTo(RegionalCoverage.notStated());
        assertThat(Samples.project().coverage(null).build()).isEqualTo(Samples.project().build());
    }
}
