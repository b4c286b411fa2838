package kg.kichi.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.kichi.cli.convert.ConvertCommand;
import kg.kichi.cli.giving.ExportCommand;
import kg.kichi.cli.quality.QualityCommand;
import kg.kichi.cli.report.ReportCommand;
import kg.kichi.cli.resolve.ResolveCommand;
import kg.kichi.cli.screen.ScreenCommand;
import kg.kichi.cli.select.SelectCommand;
import kg.kichi.cli.validate.Formats;
import kg.kichi.cli.validate.ValidateCommand;

/**
 * The {@code kichi} command line: {@code validate}, {@code report}, {@code resolve}, {@code export-360giving},
 * {@code screen}, {@code quality}, {@code convert} and {@code select}. The commands that read documents read Kichi
 * documents and 360Giving packages alike.
 *
 * <p>Errors are one line each on stderr, with a stack trace only under {@code --debug}. Exit codes are those of
 * {@link ExitCode}. Tests call {@link #run(String[], PrintStream, PrintStream)}, which never exits the JVM.
 */
public final class Kichi {
    private static final String DEBUG = "--debug";

    private static final String FROM = "--from";
    /** The commands that read documents, and so accept {@code --from}. */
    private static final java.util.Set<String> READING = java.util.Set.of("validate", "report", "export-360giving",
            "screen", "convert");

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final Toolkit toolkit;

    /**
     * Creates the command line with the given tools.
     *
     * @param toolkit the reader, examples, gazetteer and exporter the commands use
     */
    public Kichi(Toolkit toolkit) {
        this.toolkit = toolkit;
        for (Command command : List.of(new ValidateCommand(toolkit.reader()), new ReportCommand(toolkit),
                new ResolveCommand(toolkit.resolver()), new ExportCommand(toolkit),
                new ScreenCommand(toolkit.reader()), new QualityCommand(), new ConvertCommand(toolkit),
                new SelectCommand(toolkit.reader()))) {
            commands.put(command.name(), command);
        }
    }

    /**
     * Runs {@code kichi} and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int exit = new Kichi(Toolkit.standard()).run(args, new Io(out, err, System.console() != null));
        out.flush();
        System.exit(exit);
    }

    /**
     * Runs {@code kichi} in-process with the standard tools and no progress indicator.
     *
     * @param args the command line
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new Kichi(Toolkit.standard()).run(args, new Io(out, err, false));
    }

    /**
     * Runs {@code kichi}.
     *
     * @param args the command line
     * @param io where to write
     * @return the exit code
     */
    public int run(String[] args, Io io) {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean debug = rest.remove(DEBUG);
        while (rest.remove(DEBUG)) {
            debug = true;
        }
        if (rest.isEmpty()) {
            io.err().println("kichi: no command given (see kichi --help)");
            return ExitCode.USAGE;
        }
        String name = rest.remove(0);
        if (name.equals(Arguments.HELP) || name.equals("-h") || name.equals("help")) {
            io.out().print(help());
            io.out().flush();
            return ExitCode.OK;
        }
        Command command = commands.get(name);
        if (command == null) {
            io.err().println("kichi: unknown command '" + name + "' (see kichi --help)");
            return ExitCode.USAGE;
        }
        try {
            String from = from(rest);
            if (from != null) {
                if (!READING.contains(name)) {
                    throw new UsageException("--from is for commands that read documents");
                }
                command = new Kichi(toolkit.withFormat(from)).commands.get(name);
            }
            Arguments arguments = command.parse(rest);
            if (arguments.wantsHelp()) {
                io.out().print(command.help());
                io.out().flush();
                return ExitCode.OK;
            }
            return command.run(arguments, io);
        } catch (UsageException usage) {
            io.err().println("kichi " + name + ": " + usage.getMessage() + " (see kichi " + name + " --help)");
            return ExitCode.USAGE;
        } catch (CommandFailure failure) {
            io.err().println("kichi " + name + ": " + failure.getMessage());
            trace(debug, failure, io);
            return failure.getExitCode();
        } catch (OutOfMemoryError full) {
            io.err().println("kichi " + name + ": out of memory; give Java more heap (java -Xmx2g -jar kichi.jar …)"
                    + (name.equals("validate") ? "" : " or check the files with kichi validate, which streams"));
            trace(debug, full, io);
            return ExitCode.USAGE;
        } catch (RuntimeException bug) {
            io.err().println("kichi " + name + ": unexpected error: " + oneLine(bug)
                    + (debug ? "" : " (run with --debug for details)"));
            trace(debug, bug, io);
            return ExitCode.USAGE;
        }
    }

    /**
     * Takes {@code --from FORMAT} out of a command's arguments: the format of every input file, which is otherwise
     * recognised by its content.
     */
    private static String from(List<String> rest) throws UsageException {
        String from = null;
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            String value = null;
            if (arg.equals(FROM)) {
                if (i + 1 >= rest.size()) {
                    throw new UsageException("--from needs a value: " + String.join(" or ", Formats.ALL));
                }
                value = rest.remove(i + 1);
                rest.remove(i--);
            } else if (arg.startsWith(FROM + "=")) {
                value = arg.substring(FROM.length() + 1);
                rest.remove(i--);
            } else if (arg.equals("--")) {
                break;
            }
            if (value != null) {
                if (!Formats.ALL.contains(value)) {
                    throw new UsageException("--from must be one of " + String.join(", ", Formats.ALL)
                            + ", not '" + value + "'");
                }
                from = value;
            }
        }
        return from;
    }

    /** @return the general help: usage and the list of commands */
    public String help() {
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder();
        text.append("Usage: kichi <command> [options] [arguments]").append(nl).append(nl);
        text.append("Commands:").append(nl);
        commands.values().forEach(c -> text.append(String.format("  %-18s %s", c.name(), c.summary())).append(nl));
        text.append(nl).append("Run kichi <command> --help for a command's options.").append(nl);
        text.append("Commands that read documents (validate, report, export-360giving, screen, convert) read Kichi")
                .append(nl).append("JSON documents and 360Giving JSON packages, recognised by their content; add")
                .append(nl).append("--from kichi or --from 360giving to say which.").append(nl);
        text.append("Add --debug to any command to see stack traces of unexpected errors.").append(nl);
        text.append("Exit codes: 0 success, 1 problems in the input, 2 usage or I/O error.").append(nl);
        return text.toString();
    }

    private static void trace(boolean debug, Throwable problem, Io io) {
        if (debug) {
            problem.printStackTrace(io.err());
        }
    }

    private static String oneLine(Throwable problem) {
        String message = problem.getMessage();
        String text = problem.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
