package kg.kichi.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed arguments of one command: flags ({@code --strict}), options with a value ({@code --lang ru} or
 * {@code --lang=ru}) and operands (the rest). {@code --} ends the options; a lone {@code -} is an operand.
 * {@code --help} and {@code -h} are always accepted.
 */
public final class Arguments {
    /** The flag asking for a command's help. */
    public static final String HELP = "--help";

    private final Set<String> flags;
    private final Map<String, String> values;
    private final List<String> operands;

    private Arguments(Set<String> flags, Map<String, String> values, List<String> operands) {
        this.flags = Collections.unmodifiableSet(flags);
        this.values = Collections.unmodifiableMap(values);
        this.operands = Collections.unmodifiableList(operands);
    }

    /**
     * Parses a command's arguments.
     *
     * @param args the arguments after the command's name
     * @param knownFlags the flags the command accepts, e.g. {@code --strict}
     * @param knownOptions the options that take a value, e.g. {@code --lang}
     * @return the parsed arguments
     * @throws UsageException on an unknown option, an option without its value, or an option given twice
     */
    public static Arguments parse(List<String> args, Set<String> knownFlags, Set<String> knownOptions)
            throws UsageException {
        Set<String> flags = new LinkedHashSet<>();
        Map<String, String> values = new LinkedHashMap<>();
        List<String> operands = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                operands.add(arg);
            } else if (arg.equals("--")) {
                optionsEnded = true;
            } else if (arg.equals(HELP) || arg.equals("-h")) {
                flags.add(HELP);
            } else {
                int equals = arg.indexOf('=');
                String name = equals < 0 ? arg : arg.substring(0, equals);
                if (knownOptions.contains(name)) {
                    String value;
                    if (equals >= 0) {
                        value = arg.substring(equals + 1);
                    } else if (i + 1 < args.size()) {
                        value = args.get(++i);
                    } else {
                        throw new UsageException("option " + name + " needs a value");
                    }
                    if (values.putIfAbsent(name, value) != null) {
                        throw new UsageException("option " + name + " given twice");
                    }
                } else if (knownFlags.contains(name) && equals < 0) {
                    flags.add(name);
                } else {
                    throw new UsageException("unknown option " + arg);
                }
            }
        }
        return new Arguments(flags, values, operands);
    }

    /**
     * @param flag e.g. {@code --strict}
     * @return whether the flag was given
     */
    public boolean has(String flag) {
        return flags.contains(flag);
    }

    /** @return whether {@code --help} was given */
    public boolean wantsHelp() {
        return flags.contains(HELP);
    }

    /**
     * @param option e.g. {@code --lang}
     * @return its value, if given
     */
    public Optional<String> value(String option) {
        return Optional.ofNullable(values.get(option));
    }

    /**
     * The value of an option that has a fixed set of choices.
     *
     * @param option e.g. {@code --format}
     * @param choices the accepted values, the first being the default
     * @return the value given, or the default
     * @throws UsageException if the value is not one of the choices
     */
    public String choice(String option, List<String> choices) throws UsageException {
        String value = values.getOrDefault(option, choices.get(0));
        if (!choices.contains(value)) {
            throw new UsageException("option " + option + " must be one of " + String.join(", ", choices)
                    + ", not '" + value + "'");
        }
        return value;
    }

    /** @return the operands, in order */
    public List<String> operands() {
        return operands;
    }
}
