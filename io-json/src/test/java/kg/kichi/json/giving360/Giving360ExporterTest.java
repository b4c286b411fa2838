package kg.kichi.json.giving360;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kg.kichi.core.application.Partner;
import kg.kichi.core.application.PartnerRole;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.money.Money;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.ParticipationRole;
import kg.kichi.core.project.Project;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.Violation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class Giving360ExporterTest {
    private static final Giving360Exporter EXPORTER = Giving360Exporter.create();

    @Test
    void namesExactlyTheMissingFieldsOfEachGrantOfACatalogueWithoutAmounts() {
        Catalogue catalogue = SmallCatalogues.base()
                .addGrants(SmallCatalogues.completeGrant("no-amount").amountAwarded(java.util.Optional.empty()).awardDate(java.util.Optional.empty()).build())
                .addGrants(SmallCatalogues.completeGrant("complete").build())
                .addGrants(SmallCatalogues.completeGrant("month-only").description(java.util.Optional.empty())
                        .awardDate(PartialDate.of(2021, 4)).build())
                .build();

        assertThatThrownBy(() -> EXPORTER.export(catalogue))
                .asInstanceOf(type(MissingFieldsException.class))
                .satisfies(e -> {
                    assertThat(e.getMissingFields()).containsExactly(
                            Map.entry("no-amount", Set.of("currency", "amountAwarded", "awardDate")),
                            Map.entry("month-only", Set.of("description", "awardDate")));
                    assertThat(e.getMissingFields().get("no-amount")).containsExactly("currency", "amountAwarded", "awardDate");
                    assertThat(e.getViolations()).extracting(Violation::getPath)
                            .containsExactly("grants[0]", "grants[0]", "grants[0]", "grants[2]", "grants[2]");
                    assertThat(e.getViolations()).extracting(Violation::getCode).containsExactly(
                            MissingFieldsException.MISSING, MissingFieldsException.MISSING, MissingFieldsException.MISSING,
                            MissingFieldsException.MISSING, MissingFieldsException.IMPRECISE);
                    assertThat(e.getMessage()).contains("grant no-amount", "amountAwarded", "2021-04");
                });
    }

    @Test
    void saysWhatIsMissingInRussianAndKyrgyz() {
        Catalogue catalogue = SmallCatalogues.base()
                .addGrants(SmallCatalogues.completeGrant("g").amountAwarded(java.util.Optional.empty()).awardDate(PartialDate.ofYear(2021)).build())
                .build();

        MissingFieldsException e = org.junit.jupiter.api.Assertions.assertThrows(MissingFieldsException.class,
                () -> EXPORTER.export(catalogue));

        for (String language : new String[] {"ru", "ky"}) {
            String message = e.getMessage(Locale.forLanguageTag(language));
            assertThat(message).doesNotContain("{").contains("amountAwarded", "2021").isNotEqualTo(e.getMessage());
            assertThat(message).containsPattern("[а-яөүң]");
        }
    }

    @Test
    void refusesACatalogueWithoutGrants() {
        assertThatThrownBy(() -> EXPORTER.export(SmallCatalogues.base().build()))
                .asInstanceOf(type(MissingFieldsException.class))
                .satisfies(e -> {
                    assertThat(e.getMissingFields()).isEmpty();
                    assertThat(e.getViolations()).extracting(Violation::getCode).containsExactly(Giving360Exporter.NO_GRANTS);
                });
    }

    @Test
    void exportsACompleteGrantThatTheOfficialSchemaAccepts() {
        Catalogue catalogue = SmallCatalogues.base().title(LocalizedText.of("ru", "Мини-гранты"))
                .addGrants(SmallCatalogues.completeGrant("g-1")
                        .period(DatePeriod.of(PartialDate.of(2021, 5), PartialDate.of(2021, 10, 31))).build())
                .build();

        ObjectNode pack = EXPORTER.export(catalogue);
        JsonNode grant = pack.get("grants").get(0);

        assertThat(Giving360Schema.validate(pack)).isEmpty();
        assertThat(pack.get("version").asString()).isEqualTo("1.4");
        assertThat(pack.get("title").asString()).isEqualTo("Мини-гранты");
        assertThat(grant.get("id").asString()).isEqualTo("360G-kichi-small-catalogue-g-1");
        assertThat(grant.get("title").asString()).isEqualTo("Youth media");
        assertThat(grant.get("currency").asString()).isEqualTo("KGS");
        assertThat(grant.get("amountAwarded").decimalValue()).isEqualByComparingTo("450000");
        assertThat(grant.get("awardDate").asString()).isEqualTo("2021-04-01");
        assertThat(grant.at("/plannedDates/0/startDate").asString()).isEqualTo("2021-05");
        assertThat(grant.at("/plannedDates/0/endDate").asString()).isEqualTo("2021-10-31");
        assertThat(grant.at("/recipientOrganization/0/id").asString()).isEqualTo(SmallCatalogues.GRANTEE.toString());
        assertThat(grant.at("/recipientOrganization/0/name").asString()).isEqualTo("Naryn youth");
        assertThat(grant.get("recipientOrganization")).hasSize(1);
        assertThat(grant.at("/fundingOrganization/0/id").asString()).isEqualTo(SmallCatalogues.NGO.toString());
        assertThat(grant.at("/grantProgramme/0/code").asString()).isEqualTo("call-2021");
        assertThat(grant.at("/grantProgramme/0/title").asString()).isEqualTo("Mini-grants 2021");
        assertThat(grant.get("fromOpenCall").asString()).isEqualTo("Yes");
        assertThat(grant.get("regrantType").asString()).isEqualTo("FRG010");
        assertThat(grant.has("beneficiaryLocation")).isFalse();
        assertThat(grant.has("locationScope")).isFalse();
    }

    @Test
    void withTheGazetteerSoateUnitsExportWithTheirOblastCode() {
        Catalogue catalogue = SmallCatalogues.base().addGrants(SmallCatalogues.completeGrant("g")
                .coverage(kg.kichi.core.geo.RegionalCoverage.of(kg.kichi.core.geo.UnitRef.soate("41704220000000"))).build())
                .build();

        ObjectNode pack = Giving360Exporter.builder().gazetteer(kg.kichi.core.geo.gazetteer.Gazetteers.kyrgyzstan()).build()
                .export(catalogue);
        JsonNode plain = EXPORTER.export(catalogue).at("/grants/0/beneficiaryLocation/0");

        assertThat(Giving360Schema.validate(pack)).isEmpty();
        assertThat(pack.at("/grants/0/beneficiaryLocation/0/geoCode").asString()).isEqualTo("KG-N");
        assertThat(pack.at("/grants/0/beneficiaryLocation/0/countryCode").asString()).isEqualTo("KG");
        assertThat(pack.at("/grants/0/beneficiaryLocation/0/name").asString()).isEqualTo("At-Bashy District");
        assertThat(pack.at("/grants/0/locationScope").asString()).isEqualTo("GLS050");
        assertThat(plain.has("geoCode")).isFalse();
        assertThat(plain.get("countryCode").asString()).isEqualTo("KG");
    }

    @Test
    void partnersAreNotRecipients() {
        Partnership partnership = Partnership.builder().addMember(Partner.of(SmallCatalogues.PARTNER, PartnerRole.PARTNER))
                .addMember(Partner.of(SmallCatalogues.GRANTEE, PartnerRole.LEAD)).build();
        Catalogue catalogue = SmallCatalogues.base()
                .addGrants(SmallCatalogues.completeGrant("g").partnership(partnership).build()).build();

        JsonNode recipients = EXPORTER.export(catalogue).at("/grants/0/recipientOrganization");

        assertThat(recipients).hasSize(1);
        assertThat(recipients.at("/0/id").asString()).isEqualTo(SmallCatalogues.GRANTEE.toString());
    }

    @Test
    void grantIdsAreDeterministicAndUseAGivenPrefix() {
        Catalogue catalogue = SmallCatalogues.base().addGrants(SmallCatalogues.completeGrant("g-7").build()).build();
        Giving360Exporter registered = Giving360Exporter.builder().grantIdPrefix("360G-example").build();

        assertThat(EXPORTER.toJson(catalogue)).isEqualTo(EXPORTER.toJson(catalogue));
        assertThat(registered.export(catalogue).at("/grants/0/id").asString()).isEqualTo("360G-example-g-7");
        assertThatThrownBy(() -> Giving360Exporter.builder().grantIdPrefix("GB-CHC-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("360G-");
    }

    @Test
    void prefersTheConfiguredLanguage() {
        Catalogue catalogue = SmallCatalogues.base().addGrants(SmallCatalogues.completeGrant("g").build()).build();

        JsonNode grant = Giving360Exporter.builder().languages("ky", "ru").build().export(catalogue).at("/grants/0");

        assertThat(grant.get("title").asString()).isEqualTo("Жаштар медиасы");
        assertThat(grant.at("/recipientOrganization/0/name").asString()).isEqualTo("Молодёжь Нарына");
    }

    @Test
    void fundersFallBackFromTheLeadToTheAccountableToTheFundingParticipantsToTheDonor() {
        Project bare = Project.builder().id("direct").title(LocalizedText.of("en", "Direct")).programme("eidhr").build();
        Project accountable = Project.builder().from(bare).id("accountable")
                .addParticipants(Participation.of(SmallCatalogues.PARTNER, ParticipationRole.ACCOUNTABLE),
                        Participation.of(SmallCatalogues.DONOR, ParticipationRole.FUNDING)).build();
        Project funding = Project.builder().from(bare).id("funding")
                .addParticipants(Participation.of(SmallCatalogues.NGO, ParticipationRole.FUNDING)).build();
        Catalogue catalogue = SmallCatalogues.base().addProjects(bare, accountable, funding)
                .addGrants(SmallCatalogues.completeGrant("via-call").build())
                .addGrants(SmallCatalogues.completeGrant("by-accountable").call(java.util.Optional.empty()).project("accountable").build())
                .addGrants(SmallCatalogues.completeGrant("by-funding").call(java.util.Optional.empty()).project("funding").build())
                .addGrants(SmallCatalogues.completeGrant("by-donor").call(java.util.Optional.empty()).project("direct").build())
                .build();

        JsonNode grants = EXPORTER.export(catalogue).get("grants");

        assertThat(grants.at("/0/fundingOrganization/0/id").asString()).isEqualTo(SmallCatalogues.NGO.toString());
        assertThat(grants.at("/1/fundingOrganization/0/id").asString()).isEqualTo(SmallCatalogues.PARTNER.toString());
        assertThat(grants.at("/1/fundingOrganization")).hasSize(1);
        assertThat(grants.at("/2/fundingOrganization/0/id").asString()).isEqualTo(SmallCatalogues.NGO.toString());
        assertThat(grants.at("/3/fundingOrganization/0/id").asString()).isEqualTo(SmallCatalogues.DONOR.toString());
        assertThat(grants.at("/3/grantProgramme/0/code").asString()).isEqualTo("direct");
        assertThat(grants.at("/3/fromOpenCall").isMissingNode()).isTrue();
    }

    @Test
    void onlyGrantsOfARegrantingProjectHaveARegrantType() {
        Project quiet = Project.builder().id("no-calls").title(LocalizedText.of("en", "No calls"))
                .addParticipants(Participation.of(SmallCatalogues.DONOR, ParticipationRole.FUNDING)).build();
        Catalogue catalogue = SmallCatalogues.base().addProjects(quiet)
                .addGrants(SmallCatalogues.completeGrant("direct-by-regranter").call(java.util.Optional.empty()).project("open-communities").build())
                .addGrants(SmallCatalogues.completeGrant("direct-by-quiet").call(java.util.Optional.empty()).project("no-calls").build())
                .build();

        JsonNode grants = EXPORTER.export(catalogue).get("grants");

        assertThat(grants.at("/0/regrantType").asString()).isEqualTo(GrantMapper.COMMON_REGRANT);
        assertThat(grants.at("/1/regrantType").isMissingNode()).isTrue();
        assertThat(Giving360Schema.codelist("regrantType.csv")).contains(GrantMapper.COMMON_REGRANT);
    }

    @Test
    void amountAppliedForComesFromTheApplicationInTheSameCurrency() {
        kg.kichi.core.application.Application application = kg.kichi.core.application.Application.builder()
                .id("app").call("call-2021").partnership(Partnership.ofLead(SmallCatalogues.GRANTEE))
                .title(LocalizedText.of("en", "A")).requestedAmount(Money.of("480000", "KGS"))
                .addStatusHistory(kg.kichi.core.application.StatusChange.builder()
                        .status(kg.kichi.core.application.ApplicationStatus.SUBMITTED).build())
                .build();
        Catalogue catalogue = SmallCatalogues.base().addApplications(application)
                .addGrants(SmallCatalogues.completeGrant("same").application("app").build())
                .addGrants(SmallCatalogues.completeGrant("other").application("app")
                        .amountAwarded(Money.of("5000", "USD")).build())
                .build();

        JsonNode grants = EXPORTER.export(catalogue).get("grants");

        assertThat(grants.at("/0/amountAppliedFor").decimalValue()).isEqualByComparingTo("480000");
        assertThat(grants.at("/1/amountAppliedFor").isMissingNode()).isTrue();
    }

    @Test
    void writesAmountsExactlyInPlainNotation() {
        Catalogue catalogue = SmallCatalogues.base().addGrants(SmallCatalogues.completeGrant("g")
                .amountAwarded(Money.of(new BigDecimal("1.2E+6"), "KGS")).build()).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        EXPORTER.write(catalogue, out);
        String json = out.toString(StandardCharsets.UTF_8);

        assertThat(json).contains("\"amountAwarded\" : 1200000").doesNotContain("E+");
        assertThat(JsonMapper.builder().build().readTree(json).at("/grants/0/amountAwarded").decimalValue())
                .isEqualByComparingTo("1200000");
    }
}
