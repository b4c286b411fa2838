package kg.kichi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KichiTest {
    private static final String[] COMMANDS = {"validate", "report", "resolve", "export-360giving"};

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void generalHelpListsEveryCommand(String flag) {
        CliRun run = CliRun.standard(flag);
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("Usage: kichi <command>").contains(COMMANDS);
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "report", "resolve", "export-360giving"})
    void eachCommandHasItsHelp(String command) {
        CliRun run = CliRun.standard(command, "--help");
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("Usage: kichi " + command).contains("Exit codes:", "--help");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpWinsOverOtherArguments() {
        CliRun run = CliRun.standard("validate", "missing.json", "--help");
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("Usage: kichi validate");
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.standard();
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).containsExactly("kichi: no command given (see kichi --help)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun run = CliRun.standard("frobnicate");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).containsExactly("kichi: unknown command 'frobnicate' (see kichi --help)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate --bogus a.json", "validate", "validate --lang de a.json",
        "validate --format xml a.json", "validate --strict --lenient a.json", "report", "report --examples a.json",
        "report --format", "resolve", "resolve --within", "export-360giving", "export-360giving a.json b.json"})
    void usageErrorsGiveOneLineAndExitCode2(String line) {
        CliRun run = CliRun.standard(line.split(" "));
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith("kichi " + line.split(" ")[0] + ": ").contains("--help");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unexpectedErrorsAreOneLineWithoutDebugAndTracedWithIt() {
        Supplier<List<Document>> failing = () -> {
            throw new IllegalStateException("boom");
        };
        CliRun quiet = CliRun.withExamples(failing, "report", "--examples");
        assertThat(quiet.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(quiet.errLines()).containsExactly(
                "kichi report: unexpected error: IllegalStateException: boom (run with --debug for details)");
        CliRun debug = CliRun.withExamples(failing, "report", "--debug", "--examples");
        assertThat(debug.errLines().get(0)).isEqualTo("kichi report: unexpected error: IllegalStateException: boom");
        assertThat(debug.err()).contains("\tat ");
    }

    @Test
    void runningOutOfMemoryIsOneLineSuggestingMoreHeap() {
        Supplier<List<Document>> starved = () -> {
            throw new OutOfMemoryError("Java heap space");
        };
        CliRun run = CliRun.withExamples(starved, "report", "--examples");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).singleElement().asString().startsWith("kichi report: out of memory; ")
                .contains("-Xmx");
    }
}
