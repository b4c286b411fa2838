package kg.kichi.cli.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kg.kichi.cli.CliRun;
import kg.kichi.cli.ExitCode;
import kg.kichi.cli.HandBuiltCatalogues;
import kg.kichi.cli.Toolkit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command's own logic (exit codes, line format, JSON shape), over a stand-in reader. */
class ValidateCommandTest {
    /** Reports one problem per line {@code pointer code} of the input, in the language asked for. */
    private static final DocumentReader STAND_IN = (in, strict, locale) -> {
        List<Problem> problems = new ArrayList<>();
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 2) {
                problems.add(new Problem(parts[0], parts[1], (strict ? "strict " : "lenient ")
                        + locale.getLanguage()));
            }
        }
        return problems.isEmpty() ? ReadResult.valid(HandBuiltCatalogues.alpha()) : ReadResult.invalid(problems);
    };
    private static final Toolkit TOOLS = Toolkit.standard().withReader(STAND_IN);

    @TempDir
    Path dir;

    private String file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content).toString();
    }

    @Test
    void validFilesExitZeroSilently() throws IOException {
        CliRun run = CliRun.with(TOOLS, "validate", file("a.json", "{}"), file("b.json", "{}"));
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void problemsArePrintedAsFilePointerCodeMessage() throws IOException {
        String ok = file("ok.json", "{}");
        String bad = file("bad.json", "/grants/0/amountAwarded kichi.money.positive\n/id kichi.required\n");
        CliRun run = CliRun.with(TOOLS, "validate", "--lang", "ky", ok, bad);
        assertThat(run.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(run.outLines()).containsExactly(
                bad + ":/grants/0/amountAwarded: kichi.money.positive: strict ky",
                bad + ":/id: kichi.required: strict ky");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void lenientIsPassedOn() throws IOException {
        CliRun run = CliRun.with(TOOLS, "validate", "--lenient", file("bad.json", "/x kichi.json.null"));
        assertThat(run.outLines()).singleElement().asString().endsWith(": kichi.json.null: lenient en");
    }

    @Test
    void aMissingFileIsOneLineAndExitCode2EvenAmongProblems() throws IOException {
        String bad = file("bad.json", "/id kichi.required");
        String missing = dir.resolve("missing.json").toString();
        CliRun run = CliRun.with(TOOLS, "validate", missing, bad);
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).containsExactly("kichi validate: cannot read " + missing + ": no such file");
        assertThat(run.outLines()).hasSize(1);
    }

    @Test
    void aDirectoryIsNotADocument() {
        CliRun run = CliRun.with(TOOLS, "validate", dir.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).containsExactly("kichi validate: cannot read " + dir + ": is a directory");
    }

    @Test
    void jsonOutputListsEveryFileWithItsProblems() throws IOException {
        String ok = file("ok.json", "{}");
        String bad = file("bad.json", "/title kichi.blank");
        String missing = dir.resolve("gone.json").toString();
        CliRun run = CliRun.with(TOOLS, "validate", "--format", "json", "--lenient", "--lang=ru", ok, bad, missing);
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        JsonNode root = JsonMapper.shared().readTree(run.out());
        assertThat(root.get("valid").asBoolean()).isFalse();
        assertThat(root.get("mode").asString()).isEqualTo("lenient");
        assertThat(root.get("files")).hasSize(3);
        assertThat(root.at("/files/0/file").asString()).isEqualTo(ok);
        assertThat(root.at("/files/0/valid").asBoolean()).isTrue();
        assertThat(root.at("/files/0/problems")).isEmpty();
        assertThat(root.at("/files/1/valid").asBoolean()).isFalse();
        assertThat(root.at("/files/1/problems/0/pointer").asString()).isEqualTo("/title");
        assertThat(root.at("/files/1/problems/0/code").asString()).isEqualTo("kichi.blank");
        assertThat(root.at("/files/1/problems/0/message").asString()).isEqualTo("lenient ru");
        assertThat(root.at("/files/2/error").asString()).isEqualTo("cannot read " + missing + ": no such file");
    }
}
