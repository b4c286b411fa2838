package kg.kichi.core.grant;

import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kg.kichi.core.Samples;
import kg.kichi.core.classification.Classification;
import kg.kichi.core.geo.RegionalCoverage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GrantTest {
    static final OrganisationId TYNCHTYK = OrganisationId.local("tynchtyk");

    static Grant.Builder valid() {
        return Grant.builder().id("g1").title(LocalizedText.of("ky", "Ийгилик ачкычы ынтымак")).call("c1")
                .partnership(Partnership.ofLead(TYNCHTYK));
    }

    @Test
    void buildsValidGrant() {
        Grant grant = valid().amountAwarded(Money.of("1500.00", "KGS")).build();
        assertThat(grant.getGrantee()).isEqualTo(TYNCHTYK);
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

    @Test
    void mayBeAwardedDirectlyByAProject() {
        Grant direct = Grant.builder().id("g2").title(LocalizedText.of("en", "Direct award")).project("p1")
                .partnership(Partnership.ofLead(TYNCHTYK)).build();
        assertThat(direct.getCall()).isEmpty();
        assertThat(direct.getProject()).contains("p1");
        assertThat(direct.getAmountAwarded()).isEmpty();
        assertThat(Samples.grant().build().getLot()).contains("lot-a");
    }

    @Test
    void amountAwardedIsAboveZero() {
        assertThatThrownBy(() -> valid().amountAwarded(Money.zero("KGS")).build())
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getPath, Violation::getCode)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("amountAwarded", "kichi.money.positive")));
    }

    @Test
    void granteeIsTheLeadOfThePartnership() {
        assertThat(Samples.grant().build().getGrantee()).isEqualTo(Samples.TYNCHTYK);
        assertThat(Samples.grant().build().getPartnership().getOthers()).hasSize(1);
    }

    @Test
    void isImmutableAndCopiesItsInputs() {
        List<Classification> themes = new ArrayList<>(List.of(Classification.of("kichi-theme", "youth")));
        Grant grant = valid().themes(themes).build();
        themes.add(Classification.of("kichi-theme", "media"));
        assertThat(grant.getThemes()).hasSize(1);
        assertThatThrownBy(() -> grant.getThemes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> grant.getTargets().add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(grant.withStatus(GrantStatus.ACTIVE).getStatus()).contains(GrantStatus.ACTIVE);
        assertThat(grant.getStatus()).isEmpty();
        assertThat(grant).isEqualTo(Grant.builder().from(grant).build()).hasSameHashCodeAs(Grant.builder().from(grant).build());
    }

    @ParameterizedTest
    @EnumSource(GrantStatus.class)
    void statusCodesRoundTripThroughFromCode(GrantStatus status) {
        assertThat(status.getCode()).matches("[a-z]+");
        assertThat(GrantStatus.fromCode(status.getCode())).contains(status);
    }

    @Test
    void unknownStatusCodesAreEmpty() {
        assertThat(Arrays.stream(GrantStatus.values()).map(GrantStatus::getCode)).doesNotHaveDuplicates();
        assertThat(GrantStatus.fromCode("ACTIVE")).isEmpty();
        assertThat(GrantStatus.fromCode(null)).isEmpty();
    }

    @Test
    void aNullCoverageIsNotGivenSoNotStated() {
        // null means "not given" (KichiStyle's null rule): the coverage keeps its default, not stated
        assertThat(valid().coverage(null).build().getCoverage()).isEqualTo(RegionalCoverage.notStated());
        assertThat(valid().coverage(null).build()).isEqualTo(valid().build());
    }
}
