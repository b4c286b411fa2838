package kg.kichi.core.project;

import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static kg.kichi.core.Samples.EU;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ParticipationTest {
    @Test
    void doesNotLeadUnlessSaid() {
        Participation participation = Participation.of(EU, ParticipationRole.FUNDING);
        assertThat(participation.isLead()).isFalse();
        assertThat(participation.withLead(true).isLead()).isTrue();
        assertThat(participation).isEqualTo(Participation.of(EU, ParticipationRole.FUNDING))
                .isNotEqualTo(participation.withLead(true));
    }

    @Test
    void needsOrganisationAndRole() {
        assertRejected(() -> Participation.builder().build()).containsExactlyInAnyOrder(
                violation("organisation", "kichi.required"), violation("role", "kichi.required"));
    }

    @ParameterizedTest
    @EnumSource(ParticipationRole.class)
    void roleCodesRoundTripThroughFromCode(ParticipationRole role) {
        assertThat(ParticipationRole.fromCode(role.getCode())).contains(role);
        assertThat(role.getIatiCode()).isEqualTo(String.valueOf(role.ordinal() + 1));
    }

    @Test
    void unknownRoleCodesAreEmpty() {
        assertThat(Arrays.stream(ParticipationRole.values()).map(ParticipationRole::getCode)).doesNotHaveDuplicates();
        assertThat(ParticipationRole.fromCode("4")).isEmpty();
        assertThat(ParticipationRole.fromCode("IMPLEMENTING")).isEmpty();
        assertThat(ParticipationRole.fromCode(null)).isEmpty();
    }
}
