package kg.kichi.cli.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kg.kichi.cli.CliRun;
import kg.kichi.cli.ExitCode;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.json.KichiJson;
import kg.kichi.json.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The commands that read documents on the 360Giving samples (io-json's test resources, attribution in their
 * SOURCE.md): recognised by content or named by {@code --from}; converted to Kichi and back.
 */
class Giving360CommandsTest {
    private static final Path SAMPLES = Path.of("..", "io-json", "src", "test", "resources", "kg", "kichi", "json",
            "giving360", "samples");
    private static final String VALID = SAMPLES.resolve("fundingproviders-grants_valid_1.4.json").toString();
    private static final String FIXED = SAMPLES.resolve("fundingproviders-grants_fixed_2_grants.json").toString();
    private static final String MALFORMED = SAMPLES.resolve("fundingproviders-grants_malformed.json").toString();
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @TempDir
    Path dir;

    @Test
    void validateRecognisesA360GivingPackageAndListsItsProblems() {
        CliRun run = CliRun.standard("validate", FIXED);

        assertThat(run.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(run.outLines()).hasSize(14).first().asString()
                .isEqualTo(FIXED + ":/grants/0/dateModified: kichi.json.dateTime:"
                        + " \"2015-03-14\" is not an ISO 8601 date and time with offset");
        assertThat(CliRun.standard("validate", "--from", "360giving", FIXED).out()).isEqualTo(run.out());
    }

    @Test
    void validateInRussianAndOnMalformedJson() {
        CliRun ru = CliRun.standard("validate", "--lang", "ru", FIXED);
        CliRun malformed = CliRun.standard("validate", MALFORMED);

        assertThat(ru.outLines().get(0)).endsWith("«2015-03-14» не является датой и временем ISO 8601 со смещением");
        assertThat(malformed.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(malformed.outLines()).last().asString().contains(":/grants/0/grantProgramme: kichi.json.syntax:")
                .contains("(line 10, column ");
    }

    @Test
    void fromKichiReadsItAsAKichiDocumentWhichItIsNot() {
        CliRun run = CliRun.standard("validate", "--from", "kichi", VALID);

        assertThat(run.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(run.out()).contains(":/formatVersion: kichi.required:");
    }

    @Test
    void aValidPackageValidatesAndReports() {
        CliRun validate = CliRun.standard("validate", VALID);
        CliRun report = CliRun.standard("report", VALID);

        assertThat(validate.exit()).isEqualTo(ExitCode.OK);
        assertThat(validate.out()).isEmpty();
        assertThat(report.exit()).as(report.err()).isEqualTo(ExitCode.OK);
        assertThat(report.out()).contains("University of UK").contains("Company Name Limited");
    }

    @Test
    void convertToKichiAndBackGivesThePackage() throws IOException {
        CliRun toKichi = CliRun.standard("convert", "--from", "360giving", "--to", "kichi", VALID);
        Path kichi = Files.writeString(dir.resolve("kichi.json"), toKichi.out());
        CliRun back = CliRun.standard("convert", "--to", "360giving", kichi.toString());
        CliRun export = CliRun.standard("export-360giving", VALID);

        assertThat(toKichi.exit()).as(toKichi.err()).isEqualTo(ExitCode.OK);
        Catalogue catalogue = KichiJson.read(toKichi.out(), Mode.LENIENT);
        assertThat(catalogue.getGrants()).hasSize(3);
        assertThat(catalogue.getOrganisations()).hasSize(3);
        assertThat(back.exit()).as(back.err()).isEqualTo(ExitCode.OK);
        JsonNode original = JSON.readTree(Files.readString(Path.of(VALID)));
        assertThat(JSON.readTree(back.out())).isEqualTo(original);
        assertThat(JSON.readTree(export.out())).isEqualTo(original);
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "report", "quality --published=2026-12-04", "export-360giving", "screen",
        "convert --to kichi"})
    void everyCommandThatReadsDocumentsReadsAPackageByContentOrNamed(String command) {
        String[] words = command.split(" ");
        CliRun byContent = CliRun.standard(with(words, VALID));
        CliRun named = CliRun.standard(with(words, "--from", "360giving", VALID));

        assertThat(byContent.exit()).as(byContent.err()).isEqualTo(ExitCode.OK);
        assertThat(byContent.err()).isEmpty();
        assertThat(named.out()).isEqualTo(byContent.out());
        assertThat(named.exit()).isEqualTo(ExitCode.OK);
    }

    @Test
    void selectReadsAPackageTooAndFindsNothingToSelect() {
        CliRun run = CliRun.standard("select", "--from", "360giving", VALID);

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).containsExactly("kichi select: no call of " + VALID
                + " has an evaluation grid; name one with --call (see kichi select --help)");
    }

    private static String[] with(String[] command, String... more) {
        String[] all = java.util.Arrays.copyOf(command, command.length + more.length);
        System.arraycopy(more, 0, all, command.length, more.length);
        return all;
    }

    @Test
    void fromIsCheckedAndOnlyForCommandsThatReadDocuments() {
        CliRun bogus = CliRun.standard("validate", "--from", "csv", VALID);
        CliRun resolve = CliRun.standard("resolve", "--from", "360giving", "Нарын");
        CliRun noTo = CliRun.standard("convert", VALID);

        assertThat(bogus.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(bogus.err()).contains("--from must be one of kichi, 360giving, not 'csv'");
        assertThat(resolve.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(noTo.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(noTo.err()).contains("Missing required option: '--to=OUT_FORMAT'");
    }
}
