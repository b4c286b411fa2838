package kg.kichi.cli.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kg.kichi.examples.ExampleDataset;
import kg.kichi.cli.CliRun;
import kg.kichi.cli.ExitCode;
import kg.kichi.cli.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code kichi validate} with Kichi's JSON reader on copies of the seed fixtures. */
class ValidateFilesTest {
    private static final ExampleDataset SEED = ExampleDataset.OPEN_COMMUNITIES_MINI_GRANTS;

    @TempDir
    Path dir;

    private String broken() throws IOException {
        return Fixtures.broken(dir, SEED, Fixtures::removeFirstGrantTitleAndAddUnknownMember);
    }

    @ParameterizedTest
    @EnumSource(ExampleDataset.class)
    void everyFixtureIsValidInStrictMode(ExampleDataset example) throws IOException {
        CliRun run = CliRun.standard("validate", "--strict", Fixtures.copy(dir, example));
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aBrokenCopyListsEveryProblemAsFilePointerCodeMessage() throws IOException {
        String file = broken();
        CliRun run = CliRun.standard("validate", Fixtures.copy(dir, SEED), file);
        assertThat(run.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith(file + ":/"));
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line)
                .startsWith(file + ":/grants/0/title: kichi.required: "));
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line)
                .startsWith(file + ":/colour: kichi.json.unknownMember: ").endsWith("\"colour\""));
    }

    @Test
    void lenientModeKeepsUnknownMembersAndStillReportsTheRest() throws IOException {
        CliRun run = CliRun.standard("validate", "--lenient", broken());
        assertThat(run.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(run.outLines()).singleElement().asString().contains(":/grants/0/title: kichi.required: ");
    }

    @Test
    void messagesComeInRussianAndKyrgyz() throws IOException {
        String file = broken();
        String en = message(CliRun.standard("validate", "--lang", "en", file));
        String ru = message(CliRun.standard("validate", "--lang", "ru", file));
        String ky = message(CliRun.standard("validate", "--lang", "ky", file));
        assertThat(en).matches("\\p{IsLatin}.*");
        assertThat(ru).isNotEqualTo(en).containsPattern("\\p{IsCyrillic}");
        assertThat(ky).isNotEqualTo(en).isNotEqualTo(ru).containsPattern("\\p{IsCyrillic}");
    }

    private static String message(CliRun run) {
        String line = run.outLines().stream().filter(l -> l.contains("kichi.required")).findFirst().orElseThrow();
        return line.substring(line.indexOf("kichi.required: ") + "kichi.required: ".length());
    }

    @Test
    void aSyntaxErrorIsAProblemWithItsPosition() throws IOException {
        String file = Files.writeString(dir.resolve("cut.json"), "{\"formatVersion\": \"1.0\", \"id\": ").toString();
        CliRun run = CliRun.standard("validate", file);
        assertThat(run.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(run.outLines()).singleElement().asString().startsWith(file + ":").contains(": kichi.json.")
                .contains("line 1");
    }

    @Test
    void aMissingFileIsOneLineAndExitCode2() {
        String missing = dir.resolve("absent.json").toString();
        CliRun run = CliRun.standard("validate", missing);
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).containsExactly("kichi validate: cannot read " + missing + ": no such file");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void jsonOutputParsesBackWithEveryProblem() throws IOException {
        String ok = Fixtures.copy(dir, SEED);
        String bad = broken();
        CliRun run = CliRun.standard("validate", "--format", "json", "--lang", "ru", ok, bad);
        assertThat(run.exit()).isEqualTo(ExitCode.PROBLEMS);
        JsonNode root = JsonMapper.shared().readTree(run.out());
        assertThat(root.propertyNames()).containsExactly("valid", "mode", "files");
        assertThat(root.get("valid").asBoolean()).isFalse();
        assertThat(root.get("mode").asString()).isEqualTo("strict");
        assertThat(root.at("/files/0/file").asString()).isEqualTo(ok);
        assertThat(root.at("/files/0/valid").asBoolean()).isTrue();
        assertThat(root.at("/files/0/problems")).isEmpty();
        assertThat(root.at("/files/1/file").asString()).isEqualTo(bad);
        assertThat(root.at("/files/1/valid").asBoolean()).isFalse();
        List<String> pointers = root.at("/files/1/problems").valueStream().map(p -> p.get("pointer").asString())
                .toList();
        assertThat(pointers).containsExactlyInAnyOrder("/grants/0/title", "/colour");
        assertThat(root.at("/files/1/problems").valueStream().map(p -> p.get("code").asString()))
                .containsExactlyInAnyOrder("kichi.required", "kichi.json.unknownMember");
        assertThat(root.at("/files/1/problems/0/message").asString()).containsPattern("\\p{IsCyrillic}");
    }
}
