package kg.kichi.cli.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kg.kichi.cli.CliRun;
import kg.kichi.cli.ExitCode;
import kg.kichi.cli.HandBuiltCatalogues;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.json.KichiJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class QualityCommandTest {
    private static final String PUBLISHED = "--published=2026-12-04";

    @TempDir
    Path dir;

    private String file(String name, Catalogue catalogue) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, KichiJson.writeString(catalogue), StandardCharsets.UTF_8);
        return path.toString();
    }

    /** beta, with Tynchtyk renamed in English: the same id under a name that does not match alpha's. */
    private static Catalogue betaRenamed() {
        Catalogue beta = HandBuiltCatalogues.beta();
        return Catalogue.builder().from(beta).organisations(java.util.List.of(Organisation.builder()
                .id(HandBuiltCatalogues.TYNCHTYK).name(LocalizedText.of("en", "PA Ak-Tal"))
                .legalForm(LegalForm.PUBLIC_ASSOCIATION).build())).build();
    }

    @Test
    void theExamplesReportListsTheirFindingsAndExitsZero() {
        CliRun run = CliRun.standard("quality", "--examples", PUBLISHED);
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines().get(0))
                .isEqualTo("5 document(s), 24 checks; objects flagged: 1 by warnings, 5 by info checks");
        assertThat(run.out()).contains("  - 000-open-communities-mini-grants.json /grants/3/coverage: grant g000-4:"
                + " neither it nor its application states where the work takes place\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void failOnSetsTheExitCodeByTheSeverityFound() throws IOException {
        // alpha alone: only info (grant g4 states no place)
        String alpha = file("alpha.json", HandBuiltCatalogues.alpha());
        assertThat(CliRun.standard("quality", PUBLISHED, alpha).exit()).isEqualTo(ExitCode.OK);
        assertThat(CliRun.standard("quality", PUBLISHED, "--fail-on", "warning", alpha).exit()).isEqualTo(ExitCode.OK);
        CliRun info = CliRun.standard("quality", PUBLISHED, "--fail-on", "info", alpha);
        assertThat(info.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(info.out()).contains("alpha.json /grants/3/coverage: grant g4:");
    }

    @Test
    void severalFilesAreCheckedTogether() throws IOException {
        String alpha = file("alpha.json", HandBuiltCatalogues.alpha());
        String beta = file("beta.json", betaRenamed());
        CliRun run = CliRun.standard("quality", PUBLISHED, "--fail-on", "warning", alpha, beta);
        assertThat(run.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(run.out()).contains("organisation XI-KICHI-tynchtyk is «PA Tynchtyk» in " + alpha
                + " but «PA Ak-Tal» in " + beta);
        assertThat(run.out()).contains("      " + beta + " /organisations/0/name\n");
        // the same two files with the names as in HandBuiltCatalogues: PA Tynchtyk and ОО Тынчтык fold alike
        String sameName = file("beta-same.json", HandBuiltCatalogues.beta());
        assertThat(CliRun.standard("quality", PUBLISHED, "--fail-on", "warning", alpha, sameName).exit())
                .isEqualTo(ExitCode.OK);
    }

    @Test
    void controlCharactersOfADocumentDoNotReachTheTerminal() throws IOException {
        String alpha = file("alpha.json", HandBuiltCatalogues.alpha());
        Catalogue beta = HandBuiltCatalogues.beta();
        String forged = file("forged.json", Catalogue.builder().from(beta).organisations(java.util.List.of(
                Organisation.builder().id(HandBuiltCatalogues.TYNCHTYK).name(LocalizedText.of("en", "PA\u001b[2J\nok"))
                        .legalForm(LegalForm.PUBLIC_ASSOCIATION).build())).build());
        CliRun run = CliRun.standard("quality", PUBLISHED, alpha, forged);
        assertThat(run.out()).contains("organisation XI-KICHI-tynchtyk is «PA Tynchtyk» in " + alpha);
        assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\nok»");
    }

    @Test
    void theJsonFormHasTheDocumentedShape() throws IOException {
        String alpha = file("alpha.json", HandBuiltCatalogues.alpha());
        CliRun run = CliRun.standard("quality", PUBLISHED, "--format", "json", "--lang", "ru", alpha);
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        JsonNode json = JsonMapper.shared().readTree(run.out());
        assertThat(json.get("language").asString()).isEqualTo("ru");
        assertThat(json.get("documents").get(0).asString()).isEqualTo(alpha);
        assertThat(json.get("flagged").get("warning").asLong()).isZero();
        assertThat(json.get("flagged").get("info").asLong()).isEqualTo(1);
        JsonNode place = json.get("checks").get(12);
        assertThat(place.get("code").asString()).isEqualTo("no-beneficiary-location");
        assertThat(place.get("title").asString()).isEqualTo("Гранты без места работы");
        assertThat(place.get("lookedAt").asLong()).isEqualTo(4);
        assertThat(place.get("flagged").asLong()).isEqualTo(1);
        assertThat(place.get("sharePercent").decimalValue()).isEqualByComparingTo("25.0");
        JsonNode finding = place.get("findings").get(0);
        assertThat(finding.get("message").asString())
                .isEqualTo("грант g4: ни он, ни его заявка не указывают, где идёт работа");
        assertThat(finding.get("arguments").get("grant").asString()).isEqualTo("g4");
        assertThat(finding.get("objects").get(0).get("pointer").asString()).isEqualTo("/grants/3/coverage");
        assertThat(finding.get("objects").get(0).get("document").asString()).isEqualTo(alpha);
    }

    @Test
    void anInvalidDocumentGivesItsProblemsAndNoReport() throws IOException {
        String alpha = file("alpha.json", HandBuiltCatalogues.alpha());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, KichiJson.writeString(HandBuiltCatalogues.beta()).replace("\"EUR\"", "\"QQQ\""));
        CliRun run = CliRun.standard("quality", PUBLISHED, bad.toString(), alpha);
        assertThat(run.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(bad + ":/grants/0/amountAwarded/currency: ");
        assertThat(run.err()).contains("not a valid Kichi document: " + bad);
    }

    @Test
    void usageAndIoErrorsExitTwo() throws IOException {
        String alpha = file("alpha.json", HandBuiltCatalogues.alpha());
        assertThat(CliRun.standard("quality").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.standard("quality", "--examples", alpha).exit()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.standard("quality", "--fail-on", "error", alpha).exit()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.standard("quality", "--published", "4 Dec", alpha).exit()).isEqualTo(ExitCode.USAGE);
        CliRun missing = CliRun.standard("quality", dir.resolve("none.json").toString());
        assertThat(missing.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("no such file");
    }

    @Test
    void helpListsTheOptions() {
        CliRun run = CliRun.standard("quality", "--help");
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("--fail-on=LEVEL", "--published=DATE", "--examples");
    }
}
