package kg.kichi.core.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kg.kichi.core.application.Partner;
import kg.kichi.core.application.PartnerRole;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import org.junit.jupiter.api.Test;

class GrantTest {
    static final OrganisationId TYNCHTYK = OrganisationId.local("tynchtyk");

    static Grant.Builder valid() {
        return Grant.builder().id("g1").title(LocalizedText.of("ky", "Ийгилик ачкычы ынтымак")).call("c1")
                .partnership(Partnership.ofLead(TYNCHTYK));
    }

    @Test
    void buildsValidGrant() {
        Grant grant = valid().amountAwarded(Money.of("1500.00", "KGS")).build();
        assertThat(grant.grantee()).isEqualTo(TYNCHTYK);
        assertThat(grant.getCoverage().isNotStated()).isTrue();
    }

    @Test
    void reportsEveryViolationAtOnce() {
        assertThatThrownBy(() -> Grant.builder().lot("lot-a").amountAwarded(Money.of("-5", "KGS")).build())
                .isInstanceOfSatisfying(InvalidModelException.class, e -> {
                    assertThat(e.getType()).isEqualTo("Grant");
                    assertThat(e.getViolations()).extracting(Violation::getPath, Violation::getCode)
                            .containsExactlyInAnyOrder(
                                    org.assertj.core.groups.Tuple.tuple("id", "kichi.required"),
                                    org.assertj.core.groups.Tuple.tuple("title", "kichi.required"),
                                    org.assertj.core.groups.Tuple.tuple("partnership", "kichi.required"),
                                    org.assertj.core.groups.Tuple.tuple("call", "kichi.grant.source"),
                                    org.assertj.core.groups.Tuple.tuple("lot", "kichi.grant.lotWithoutCall"),
                                    org.assertj.core.groups.Tuple.tuple("amountAwarded", "kichi.money.positive"));
                });
    }

    @Test
    void partnershipNeedsExactlyOneLead() {
        assertThatThrownBy(() -> Partnership.builder()
                        .addMember(Partner.of(TYNCHTYK, PartnerRole.PARTNER))
                        .addMember(Partner.of(TYNCHTYK, PartnerRole.ASSOCIATE)).build())
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getPath, Violation::getCode, v -> v.getArguments().get("value"))
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("members", "kichi.partnership.lead", null),
                                org.assertj.core.groups.Tuple.tuple("members[1].organisation",
                                        "kichi.partnership.duplicate", "XI-KICHI-tynchtyk")));
    }
}
