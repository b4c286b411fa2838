package kg.kichi.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Usage errors found once the arguments are parsed (a value outside its choices, options that exclude each other,
 * a missing FILE): picocli's {@link ParameterException}, so that they are reported like the parser's own errors, as
 * one line with exit code 2.
 */
public final class Usage {
    private Usage() {}

    /**
     * @param spec the command whose usage is wrong
     * @param message one line saying what is wrong
     * @return the exception to throw
     */
    public static ParameterException error(CommandSpec spec, String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /**
     * Checks an option's value against its choices. Choices are checked here rather than with an enum so that
     * they are written as users type them ({@code en}, {@code 360giving}) in help, completion and messages.
     *
     * @param spec the command
     * @param option e.g. {@code --lang}
     * @param value the value given
     * @param choices the accepted values
     * @return the value
     * @throws ParameterException if the value is not one of the choices
     */
    public static String choice(CommandSpec spec, String option, String value, List<String> choices) {
        if (!choices.contains(value)) {
            throw error(spec, option + " must be one of " + String.join(", ", choices) + ", not '"
                    + TerminalText.escape(value) + "'");
        }
        return value;
    }
}
