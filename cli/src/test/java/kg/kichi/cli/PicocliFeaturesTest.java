package kg.kichi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What picocli gives the command line: generated help, {@code --version}, the completion script, its errors. */
class PicocliFeaturesTest {
    private static final String[] COMMANDS = {"validate", "report", "resolve", "export-360giving", "screen",
        "quality", "convert", "select", "generate-completion"};

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void versionIsTheBuiltVersion(String flag) throws IOException {
        Properties built = new Properties();
        try (InputStream in = Kichi.class.getResourceAsStream("kichi.properties")) {
            built.load(in);
        }
        // the resource is filtered by Maven: a version, not the placeholder
        assertThat(built.getProperty("version")).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        CliRun run = CliRun.standard(flag);
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines().get(0)).isEqualTo("kichi " + built.getProperty("version"));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theCompletionScriptCompletesEveryCommandAndItsOptions() {
        CliRun run = CliRun.standard("generate-completion");
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines().get(0)).isEqualTo("#!/usr/bin/env bash");
        assertThat(run.out()).contains("complete -F _complete_kichi").contains(COMMANDS)
                .contains("--max-document-length", "--within", "--fail-on", "--rates")
                // the choices of --lang, --format, --from, --to are completed too, each list under its own name
                .contains("LANG_option_args=(\"en\" \"ru\" \"ky\") # --lang values",
                        "FORMAT_option_args=(\"text\" \"json\") # --format values",
                        "IN_FORMAT_option_args=(\"kichi\" \"360giving\") # --from values",
                        "OUT_FORMAT_option_args=(\"kichi\" \"360giving\") # --to values");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpNamesACommandAsWell() {
        CliRun help = CliRun.standard("help", "validate");
        CliRun flag = CliRun.standard("validate", "--help");
        assertThat(help.exit()).isEqualTo(ExitCode.OK);
        assertThat(help.out()).isEqualTo(flag.out()).startsWith("Usage: kichi validate ")
                .contains("Arguments:", "Options:", "Exit codes:", "--max-document-length=SIZE");
    }

    @Test
    void theHelpDocsCliMdShowsIsTheHelpTheCommandWrites() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "cli.md"), StandardCharsets.UTF_8);
        String help = CliRun.standard("validate", "--help").out();
        assertThat(docs).contains("```\n" + help.replace(System.lineSeparator(), "\n") + "```\n");
    }

    @Test
    void theGeneralHelpListsTheCommandsWithTheirSummaries() {
        CliRun run = CliRun.standard("--help");
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).startsWith("  validate ")
                .endsWith("Checks Kichi JSON documents and 360Giving packages and"));
        assertThat(run.out()).contains("  generate-completion  Generate bash/zsh completion script for kichi.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate --lang ru --lang ky a.json", "validate --strict=yes a.json",
        "export-360giving a.json b.json", "convert a.json", "select --lot", "report --format=xml --examples"})
    void parseErrorsAreOneLineWithExitCode2(String line) {
        CliRun run = CliRun.standard(line.split(" "));
        String command = line.split(" ")[0];
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).singleElement().asString().startsWith("kichi " + command + ": ")
                .endsWith(" (see kichi " + command + " --help)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anArgumentWithControlCharactersIsEchoedEscaped() {
        CliRun run = CliRun.standard("validate", "--lang", "x\u001b[2J\nkichi validate: forged", "a.json");
        assertThat(run.errLines()).containsExactly("kichi validate: --lang must be one of en, ru, ky, not"
                + " 'x\\u001B[2J\\nkichi validate: forged' (see kichi validate --help)");
    }

    @Test
    void debugIsTakenBeforeOrAfterTheCommandName() {
        CliRun before = CliRun.withExamples(() -> {
            throw new IllegalStateException("boom");
        }, "--debug", "report", "--examples");
        assertThat(before.errLines().get(0)).isEqualTo("kichi report: unexpected error: IllegalStateException: boom");
        assertThat(before.err()).contains("\tat ");
    }
}
