package kg.kichi.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import kg.kichi.core.geo.resolve.Resolution;
import kg.kichi.core.geo.resolve.ResolutionStatus;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.InvalidDocumentException;
import kg.kichi.json.KichiJson;
import kg.kichi.json.Mode;
import java.math.BigDecimal;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.eligibility.Screening;
import kg.kichi.core.eligibility.Verdict;
import kg.kichi.core.money.ExchangeRates;
import kg.kichi.core.time.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code shown in README.md, kept compiling and true. */
class ReadmeSnippetsTest {
    @Test
    void buildingAGrant() {
        Grant grant = Grant.builder()
                .id("lip-cso-nar-02")
                .title(LocalizedText.of("ky", "Ийгилик ачкычы ынтымак").with("ru", "Ийгилик ачкычы - ынтымак"))
                .call("lip-call-2021").lot("cso")
                .partnership(Partnership.ofLead(OrganisationId.local("tynchtyk")))
                .coverage(RegionalCoverage.of(UnitRef.iso("KG-N")))
                .build();
        assertThat(grant.getGrantee()).isEqualTo(OrganisationId.local("tynchtyk"));
    }

    @Test
    void everyViolationInKyrgyz() {
        assertThatThrownBy(() -> Grant.builder().lot("cso").amountAwarded(Money.of("-5", "KGS")).build())
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .hasSize(6)
                        .allSatisfy(v -> assertThat(v.getMessage(Locale.forLanguageTag("ky")))
                                .isNotBlank().doesNotContain("{")));
    }

    @Test
    void readingWritingAndValidating(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("grants.json");
        Files.writeString(file, ExampleDataset.values()[2].readText());
        Catalogue catalogue = KichiJson.read(file, Mode.STRICT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KichiJson.write(catalogue, out);
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo(Files.readString(file).strip());

        Files.writeString(file, "{\"formatVersion\": \"1.0\", \"id\": \"x\", \"grants\": [{\"id\": 7}]}");
        assertThatThrownBy(() -> KichiJson.read(file, Mode.STRICT))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblems())
                        .extracting(p -> p.getPointer()).contains("/grants/0/id"));
    }

    @Test
    void resolvingAPlaceInContext() {
        Gazetteer kg = Gazetteers.kyrgyzstan();
        Resolution r = kg.resolve("Каракуль", UnitRef.iso("KG-J"));
        assertThat(r.getStatus()).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(kg.isWithin(r.getCandidates().get(0).getRef(), UnitRef.iso("KG-J"))).isTrue();
        assertThat(kg.resolve("Ош облусу, Ноокат району, Кара-Таш а/а").getChain())
                .extracting(u -> u.getRef().getCode()).containsExactly("KG-O", "41706242000000", "41706242812000");
        assertThat(kg.resolve("Нарынская обл., Ноокатский р-н").getStatus())
                .isEqualTo(ResolutionStatus.CONTRADICTORY);
    }

    @Test
    void screeningApplications() {
        Catalogue catalogue = WorkedCompetition.catalogue();
        java.util.List<String> lines = new java.util.ArrayList<>();
        Screening screening = Screening.of(catalogue)
                .withExchangeRates(ExchangeRates.none().with("EUR", "KGS", new BigDecimal("95.00")));
        for (Verdict v : screening.screenAll()) {
            lines.add(v.getApplication() + " " + v.getOutcome());
            v.getFailures().forEach(r -> lines.add("  " + r.getMessage(Locale.forLanguageTag("ky"))));
        }
        assertThat(lines).contains("wc-cso-03 INELIGIBLE", "  call:coverage: иш [iso3166-2:KG-Y, iso3166-2:KG-N, "
                + "iso3166-2:KG-T] чегинде жүрөт: аткарылган жок (Kara-Köl (Jalal-Abad Region))");

        Application application = catalogue.application("wc-cso-03").orElseThrow();
        Verdict verdict = screening.screen(application);
        Application decided = verdict.applyTo(application, PartialDate.of(2024, 3, 20));
        assertThat(decided.getStatus()).isEqualTo(ApplicationStatus.INELIGIBLE);
        assertThat(decided.getStatusHistory().get(1).getReason().orElseThrow().get("en").orElseThrow())
                .startsWith("ineligible (call:coverage):");
    }

    @Test
    void evaluationAndSelection() throws Exception {
        kg.kichi.core.catalogue.Catalogue catalogue = kg.kichi.json.KichiJson.read(
                WorkedCompetition.readEvaluationText(), kg.kichi.json.Mode.STRICT);
        kg.kichi.core.evaluation.SelectionResult result = kg.kichi.core.evaluation.Selection.of(catalogue, "wc-2024",
                "cso", kg.kichi.core.geo.gazetteer.Gazetteers.kyrgyzstan()).run();
        org.assertj.core.api.Assertions.assertThat(result.getRanking()).hasSize(6);
        org.assertj.core.api.Assertions.assertThat(result.decision("wc-cso-17").orElseThrow()
                .getMessage(java.util.Locale.ENGLISH))
                .isEqualTo("reserve 1: rank 4: skipped, iso3166-2:KG-N already has its maximum of 3 grants");
        kg.kichi.core.catalogue.Catalogue decided = result.applyTo(catalogue,
                kg.kichi.core.time.PartialDate.of(2024, 4, 15));
        org.assertj.core.api.Assertions.assertThat(decided.getGrants()).hasSize(4);
    }
}
