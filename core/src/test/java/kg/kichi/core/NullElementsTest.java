package kg.kichi.core;

import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;

import kg.kichi.core.application.Partner;
import kg.kichi.core.application.PartnerRole;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.call.Lot;
import kg.kichi.core.classification.Classification;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.project.Participation;
import org.junit.jupiter.api.Test;

/** A null inside a collection is a violation at its index, never a NullPointerException. */
class NullElementsTest {
    @Test
    void nullStepsMembersAndParticipantsAreReported() {
        assertRejected(() -> Samples.application().addStatusHistory((StatusChange) null).build())
                .containsExactly(violation("statusHistory[4].<list element>", "kichi.required"));
        assertRejected(() -> Partnership.builder().addMember(Partner.of(Samples.EU, PartnerRole.LEAD))
                .addMember((Partner) null).build())
                .containsExactly(violation("members[1].<list element>", "kichi.required"));
        assertRejected(() -> Samples.project().addParticipant((Participation) null).build())
                .containsExactly(violation("participants[2].<list element>", "kichi.required"));
        assertRejected(() -> Samples.call().addLot((Lot) null).build())
                .containsExactly(violation("lots[2].<list element>", "kichi.required"));
        assertRejected(() -> Samples.grant().addTheme((Classification) null).build())
                .containsExactly(violation("themes[0].<list element>", "kichi.required"));
    }

    @Test
    void nullObjectsOfACatalogueAreReported() {
        assertRejected(() -> Samples.catalogue().addOrganisation((Organisation) null).addGrant((Grant) null).build())
                .containsExactly(violation("grants[2].<list element>", "kichi.required"),
                        violation("organisations[3].<list element>", "kichi.required"));
    }

    @Test
    void nullExtensionsAreReported() {
        assertRejected(() -> Samples.grant().putExtension("x-note", null).build())
                .containsExactly(violation("extensions[x-note].<map value>", "kichi.required"));
    }
}
