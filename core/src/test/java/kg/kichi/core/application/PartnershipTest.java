package kg.kichi.core.application;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;
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
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.Samples;
import kg.kichi.core.time.PartialDate;
import org.junit.jupiter.api.Test;

class PartnershipTest {
    @Test
    void knowsItsLeadAndOthers() {
        Partnership partnership = Samples.partnership();
        assertThat(partnership.getLead()).isEqualTo(TYNCHTYK);
        assertThat(partnership.getOthers()).containsExactly(Partner.of(NARYN_EDC, PartnerRole.PARTNER));
        assertThat(partnership.roleOf(NARYN_EDC)).contains(PartnerRole.PARTNER);
        assertThat(partnership.roleOf(EU)).isEmpty();
        assertThat(Partnership.ofLead(EU).getMembers()).containsExactly(Partner.of(EU, PartnerRole.LEAD));
    }

    @Test
    void needsExactlyOneLead() {
        assertRejected(() -> Partnership.builder().build()).containsExactly(violation("members", "kichi.partnership.lead"));
        assertRejected(() -> Partnership.builder().addMember(Partner.of(EU, PartnerRole.LEAD))
                .addMember(Partner.of(TYNCHTYK, PartnerRole.LEAD)).build())
                .containsExactly(violation("members", "kichi.partnership.lead"));
    }

    @Test
    void holdsNoOrganisationTwice() {
        assertRejected(() -> Partnership.builder().addMember(Partner.of(EU, PartnerRole.LEAD))
                .addMember(Partner.of(TYNCHTYK, PartnerRole.PARTNER))
                .addMember(Partner.of(TYNCHTYK, PartnerRole.ASSOCIATE)).build())
                .containsExactly(violation("members[2].organisation", "kichi.partnership.duplicate"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {3, 16, 17, 40})
    void findsTheRepeatedOrganisationInSmallAndLargePartnerships(int size) {
        Partnership.Builder builder = Partnership.builder().addMember(Partner.of(EU, PartnerRole.LEAD));
        for (int i = 1; i < size; i++) {
            builder.addMember(Partner.of(OrganisationId.local("partner-" + i), PartnerRole.PARTNER));
        }
        assertThat(builder.build().getMembers()).hasSize(size);
        builder.addMember(Partner.of(OrganisationId.local("partner-" + (size / 2)), PartnerRole.ASSOCIATE));
        assertRejected(builder::build)
                .containsExactly(violation("members[" + size + "].organisation", "kichi.partnership.duplicate"));
    }

    @Test
    void addsAPartnerInOneCall() {
        Partnership partnership = Partnership.ofLead(EU).withPartner(TYNCHTYK, PartnerRole.PARTNER)
                .withPartner(NARYN_EDC, PartnerRole.ASSOCIATE);
        assertThat(partnership.getMembers()).containsExactly(Partner.of(EU, PartnerRole.LEAD),
                Partner.of(TYNCHTYK, PartnerRole.PARTNER), Partner.of(NARYN_EDC, PartnerRole.ASSOCIATE));
        assertRejected(() -> partnership.withPartner(TYNCHTYK, PartnerRole.AFFILIATED_ENTITY))
                .containsExactly(violation("members[3].organisation", "kichi.partnership.duplicate"));
        // a partner's role is what Partner.of needs: null is refused at once, naming it (the null rule)
        assertThatNullPointerException().isThrownBy(() -> partnership.withPartner(OrganisationId.local("x"), null))
                .withMessageContaining("role");

        Application application = Samples.application().build();
        Application larger = application.withPartner(EU, PartnerRole.ASSOCIATE);
        assertThat(larger.getPartnership().roleOf(EU)).contains(PartnerRole.ASSOCIATE);
        assertThat(larger.withPartnership(application.getPartnership())).isEqualTo(application);
        kg.kichi.core.grant.Grant grant = Samples.grant().build();
        assertThat(grant.withPartner(EU, PartnerRole.ASSOCIATE).getPartnership().getOthers())
                .endsWith(Partner.of(EU, PartnerRole.ASSOCIATE));
    }

    @Test
    void partnerNeedsOrganisationAndRole() {
        assertRejected(() -> Partner.builder().build()).containsExactlyInAnyOrder(
                violation("organisation", "kichi.required"), violation("role", "kichi.required"));
        assertThat(Partner.of(EU, PartnerRole.ASSOCIATE).withNote(en("hosts the events")).getNote()).isPresent();
    }

    @Test
    void statusChangeNeedsAStatus() {
        assertRejected(() -> StatusChange.builder().on(PartialDate.ofYear(2019)).build())
                .containsExactly(violation("status", "kichi.required"));
        assertThat(StatusChange.of(ApplicationStatus.DRAFT, null).getOn()).isEmpty();
        assertThat(StatusChange.of(ApplicationStatus.DRAFT, PartialDate.ofYear(2019)))
                .isEqualTo(StatusChange.of(ApplicationStatus.DRAFT, PartialDate.ofYear(2019)))
                .isNotEqualTo(StatusChange.of(ApplicationStatus.DRAFT, null));
    }

    @Test
    void isImmutableAndCopiesItsInputs() {
        List<Partner> members = new ArrayList<>(List.of(Partner.of(EU, PartnerRole.LEAD)));
        Partnership partnership = Partnership.builder().members(members).build();
        members.add(Partner.of(TYNCHTYK, PartnerRole.LEAD));
        assertThat(partnership.getMembers()).hasSize(1);
        assertThatThrownBy(() -> partnership.getMembers().add(Partner.of(NARYN_EDC, PartnerRole.PARTNER)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
