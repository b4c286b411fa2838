package kg.kichi.cli;

import java.util.List;
import java.util.Set;

/** One {@code kichi} command: its name, its help, the options it accepts and what it does. */
public interface Command {
    /** @return the name typed after {@code kichi}, e.g. {@code validate} */
    String name();

    /** @return one line saying what the command does, for {@code kichi --help} */
    String summary();

    /** @return the full help shown by {@code kichi <command> --help}: usage, options, exit codes */
    String help();

    /** @return the flags the command accepts, e.g. {@code --strict} */
    Set<String> flags();

    /** @return the options that take a value, e.g. {@code --lang} */
    Set<String> options();

    /**
     * Runs the command.
     *
     * @param args its parsed arguments ({@code --help} is handled before)
     * @param io where to write
     * @return the exit code ({@link ExitCode})
     * @throws UsageException if the arguments are wrong
     * @throws CommandFailure if the command cannot go on
     */
    int run(Arguments args, Io io) throws UsageException, CommandFailure;

    /**
     * Parses this command's arguments.
     *
     * @param args the arguments after the command's name
     * @return the parsed arguments
     * @throws UsageException on an unknown option
     */
    default Arguments parse(List<String> args) throws UsageException {
        return Arguments.parse(args, flags(), options());
    }
}
