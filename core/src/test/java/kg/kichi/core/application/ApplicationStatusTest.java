package kg.kichi.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ApplicationStatusTest {
    /** Every legal transition, by code; every other pair is illegal. */
    static final Set<String> LEGAL = Set.of(
            "draft>submitted", "draft>withdrawn",
            "submitted>eligible", "submitted>ineligible", "submitted>withdrawn",
            "eligible>under-evaluation", "eligible>withdrawn",
            "under-evaluation>awarded", "under-evaluation>reserve", "under-evaluation>rejected",
            "under-evaluation>withdrawn",
            "reserve>awarded", "reserve>rejected", "reserve>withdrawn");

    static Stream<Arguments> everyPair() {
        return Arrays.stream(ApplicationStatus.values()).flatMap(
                from -> Arrays.stream(ApplicationStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void allowsExactlyTheLegalTransitions(ApplicationStatus from, ApplicationStatus to) {
        boolean legal = LEGAL.contains(from.getCode() + ">" + to.getCode());
        assertThat(from.canBecome(to)).isEqualTo(legal);
        assertThat(from.getNext().contains(to)).isEqualTo(legal);
    }

    @Test
    void theTableHasEightyOnePairsOfWhichFourteenAreLegal() {
        assertThat(everyPair()).hasSize(81);
        assertThat(everyPair().filter(a -> ((ApplicationStatus) a.get()[0]).canBecome((ApplicationStatus) a.get()[1])))
                .hasSize(LEGAL.size());
    }

    @Test
    void finalStatusesAreTheOnesNothingLeaves() {
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(ApplicationStatus::isFinal))
                .containsExactlyInAnyOrder(ApplicationStatus.INELIGIBLE, ApplicationStatus.AWARDED,
                        ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN);
    }

    @Test
    void getNextIsACopy() {
        ApplicationStatus.DRAFT.getNext().clear();
        assertThat(ApplicationStatus.DRAFT.canBecome(ApplicationStatus.SUBMITTED)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(ApplicationStatus.class)
    void codesRoundTripThroughFromCode(ApplicationStatus status) {
        assertThat(status.getCode()).matches("[a-z]+(-[a-z]+)*");
        assertThat(ApplicationStatus.fromCode(status.getCode())).contains(status);
    }

    @ParameterizedTest
    @EnumSource(PartnerRole.class)
    void partnerRoleCodesRoundTripThroughFromCode(PartnerRole role) {
        assertThat(role.getCode()).matches("[a-z]+(-[a-z]+)*");
        assertThat(PartnerRole.fromCode(role.getCode())).contains(role);
    }

    @Test
    void unknownCodesAreEmpty() {
        assertThat(Arrays.stream(ApplicationStatus.values()).map(ApplicationStatus::getCode)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(PartnerRole.values()).map(PartnerRole::getCode)).doesNotHaveDuplicates();
        assertThat(ApplicationStatus.fromCode("UNDER_EVALUATION")).isEmpty();
        assertThat(ApplicationStatus.fromCode(null)).isEmpty();
        assertThat(PartnerRole.fromCode("co_applicant")).isEmpty();
        assertThat(PartnerRole.fromCode(null)).isEmpty();
    }
}
