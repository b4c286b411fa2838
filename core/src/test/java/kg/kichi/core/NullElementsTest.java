package kg.kichi.core;

import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;

import kg.kichi.core.application.Partner;
import kg.kichi.core.application.PartnerRole;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.call.Lot;
import kg.kichi.core.classification.Classification;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.project.Participation;
import org.junit.jupiter.api.Test;

/**
 * A null element, key or value handed to a builder is "not given" (the null rule of {@link KichiStyle}): the
 * adder or put adds nothing, never stores null and never throws; what the collection must hold is still reported
 * by {@code build()}.
 */
class NullElementsTest {
    @Test
    void aNullStepMemberOrParticipantAddsNothing() {
        assertThat(Samples.application().addStatusHistory((StatusChange) null).build())
                .isEqualTo(Samples.application().build());
        Partner lead = Partner.of(Samples.EU, PartnerRole.LEAD);
        Partnership withNull = Partnership.builder().addMember(lead).addMember((Partner) null).build();
        assertThat(withNull.getMembers()).containsExactly(lead);
        assertThat(Samples.project().addParticipant((Participation) null).build().getParticipants()).hasSize(2);
        assertThat(Samples.call().addLot((Lot) null).build().getLots()).hasSize(2);
        assertThat(Samples.grant().addTheme((Classification) null).build().getThemes()).isEmpty();
    }

    @Test
    void aNullLegalFormAddsNothingInsteadOfTheEnumSetsNullPointerException() {
        Lot lot = Lot.builder().id("lot-1").title(Samples.en("Lot 1"))
                .addEligibleLegalForm(null).addEligibleLegalForm(LegalForm.PUBLIC_ASSOCIATION).build();
        assertThat(lot.getEligibleLegalForms()).containsExactly(LegalForm.PUBLIC_ASSOCIATION);
    }

    @Test
    void nullObjectsOfACatalogueAddNothing() {
        assertThat(Samples.catalogue().addOrganisation((Organisation) null).addGrant((Grant) null).build())
                .isEqualTo(Samples.catalogue().build());
    }

    @Test
    void aNullExtensionKeyOrValueAddsNothing() {
        assertThat(Samples.grant().putExtension("x-note", null).putExtension(null, "text").build().getExtensions())
                .isEmpty();
    }

    @Test
    void aCollectionThatMustHoldSomethingIsStillReportedWhenOnlyNullsWereGiven() {
        // a partnership needs exactly one lead: handing it only a null is the same as handing it nothing
        assertRejected(() -> Partnership.builder().addMember((Partner) null).build())
                .containsExactly(violation("members", "kichi.partnership.lead"));
    }
}
