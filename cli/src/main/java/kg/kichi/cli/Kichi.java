package kg.kichi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import kg.kichi.cli.convert.ConvertCommand;
import kg.kichi.cli.giving.ExportCommand;
import kg.kichi.cli.quality.QualityCommand;
import kg.kichi.cli.report.ReportCommand;
import kg.kichi.cli.resolve.ResolveCommand;
import kg.kichi.cli.screen.ScreenCommand;
import kg.kichi.cli.select.SelectCommand;
import kg.kichi.cli.validate.ValidateCommand;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code kichi} command line: {@code validate}, {@code report}, {@code resolve}, {@code export-360giving},
 * {@code screen}, {@code quality}, {@code convert} and {@code select}, parsed and dispatched by picocli, which also
 * writes each command's help, {@code --version} and the shell completion script ({@code generate-completion}).
 * The commands that read documents read Kichi documents and 360Giving packages alike.
 *
 * <p>Errors are one line each on stderr, {@code kichi <command>: <what went wrong>}, with a stack trace only under
 * {@code --debug}. Exit codes are those of {@link ExitCode}. Tests call {@link #run(String[], PrintStream,
 * PrintStream)} or {@link #run(String[])}, which never exit the JVM.
 */
@Command(name = "kichi", versionProvider = Kichi.Version.class,
        customSynopsis = "kichi <command> [options] [arguments]",
        description = "Checks, summarises, screens and converts grant data of donor-funded programmes.",
        footer = {"",
            "Run kichi <command> --help for a command's options. Commands that read documents (validate, report, "
                + "quality, export-360giving, screen, select, convert) read Kichi JSON documents and 360Giving "
                + "JSON packages, recognised by their content; add --from kichi or --from 360giving to say which.",
            "Shell completion (bash, zsh), with kichi on the PATH:%n  source <(kichi generate-completion)"},
        exitCodeList = {"0:success", "1:problems in the input", "2:usage or I/O error"})
public final class Kichi implements Callable<Integer> {
    private final Io io;
    private final Supplier<List<Document>> examples;

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "show stack traces of unexpected errors")
    boolean debug;

    @picocli.CommandLine.Mixin
    Options.Help help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "show the version")
    boolean version;

    /**
     * Creates the command line.
     *
     * @param io where to write
     * @param examples the bundled example datasets, for {@code report --examples}; tests may swap them
     */
    public Kichi(Io io, Supplier<List<Document>> examples) {
        this.io = Objects.requireNonNull(io, "io");
        this.examples = Objects.requireNonNull(examples, "examples");
    }

    /**
     * Runs {@code kichi} and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int exit = new Kichi(new Io(out, err, System.console() != null), BundledExamples::load).run(args);
        out.flush();
        System.exit(exit);
    }

    /**
     * Runs {@code kichi} in-process with the bundled examples and no progress indicator.
     *
     * @param args the command line
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new Kichi(new Io(out, err, false), BundledExamples::load).run(args);
    }

    /**
     * Runs {@code kichi}.
     *
     * @param args the command line
     * @return the exit code
     */
    public int run(String[] args) {
        CommandLine line = commandLine();
        try {
            return line.execute(args);
        } catch (OutOfMemoryError full) {
            String name = commandName(line.getParseResult());
            io.err().println(name + ": out of memory; give Java more heap (java -Xmx2g -jar kichi.jar …)"
                    + (name.equals("kichi validate") ? "" : " or check the files with kichi validate, which streams"));
            trace(debug(line.getParseResult()), full);
            return ExitCode.USAGE;
        } finally {
            line.getOut().flush();
            line.getErr().flush();
            io.out().flush();
        }
    }

    /** @return the command line with every command, its error handling and its streams */
    CommandLine commandLine() {
        CommandLine line = new CommandLine(this);
        List.of(new ValidateCommand(io), new ReportCommand(io, examples), new ResolveCommand(io),
                new ExportCommand(io), new ScreenCommand(io), new QualityCommand(io), new ConvertCommand(io),
                new SelectCommand(io)).forEach(line::addSubcommand);
        line.addSubcommand(new CommandLine.HelpCommand());
        line.addSubcommand(new AutoComplete.GenerateCompletion());
        UsageMessageSpec root = line.getCommandSpec().usageMessage();
        root.descriptionHeading("%n").optionListHeading("%nOptions:%n").commandListHeading("%nCommands:%n")
                .exitCodeListHeading("%nExit codes:%n");
        for (CommandLine command : line.getSubcommands().values()) {
            command.getCommandSpec().usageMessage().descriptionHeading("%n").parameterListHeading("%nArguments:%n")
                    .optionListHeading("%nOptions:%n").exitCodeListHeading("%nExit codes:%n");
        }
        line.setOut(new PrintWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8), true));
        line.setErr(new PrintWriter(new OutputStreamWriter(io.err(), StandardCharsets.UTF_8), true));
        line.setParameterExceptionHandler(this::usageError);
        line.setExecutionExceptionHandler((failure, command, parsed) -> failed(failure, command, parsed));
        return line;
    }

    /** {@code kichi} alone: a usage error. */
    @Override
    public Integer call() {
        throw Usage.error(spec, "no command given");
    }

    /** A usage error, found by picocli or by a command: one line, exit code 2. */
    private int usageError(ParameterException wrong, String[] args) {
        CommandSpec command = wrong.getCommandLine().getCommandSpec();
        String name = command.qualifiedName();
        String message = wrong.getMessage();
        if (command == spec && wrong instanceof UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            message = "unknown command '" + unmatched.getUnmatched().get(0) + "'";
        }
        io.err().println(name + ": " + TerminalText.escape(firstLine(message)) + " (see " + name + " --help)");
        return ExitCode.USAGE;
    }

    /** A command could not go on ({@link CommandFailure}) or failed unexpectedly: one line, a trace on request. */
    private int failed(Exception failure, CommandLine command, ParseResult parsed) {
        String name = command.getCommandSpec().qualifiedName();
        boolean debugging = debug(parsed);
        if (failure instanceof CommandFailure known) {
            io.err().println(name + ": " + TerminalText.escape(known.getMessage()));
            trace(debugging, known);
            return known.getExitCode();
        }
        String text = failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + firstLine(failure.getMessage()));
        io.err().println(name + ": unexpected error: " + TerminalText.escape(text)
                + (debugging ? "" : " (run with --debug for details)"));
        trace(debugging, failure);
        return ExitCode.USAGE;
    }

    /** Whether {@code --debug} was given, before the command's name or after it. */
    private static boolean debug(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** The name of the command run, e.g. {@code kichi report}. */
    private static String commandName(ParseResult parsed) {
        ParseResult p = parsed;
        while (p != null && p.subcommand() != null) {
            p = p.subcommand();
        }
        return p == null ? "kichi" : p.commandSpec().qualifiedName();
    }

    private void trace(boolean debugging, Throwable problem) {
        if (debugging) {
            problem.printStackTrace(io.err());
        }
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl).stripTrailing();
    }

    /** {@code kichi --version}: the version the jar was built as. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties build = new Properties();
            try (InputStream in = Kichi.class.getResourceAsStream("kichi.properties")) {
                if (in == null) {
                    throw new IOException("kichi.properties is missing from the jar");
                }
                build.load(in);
            }
            return new String[] {"kichi " + build.getProperty("version"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
