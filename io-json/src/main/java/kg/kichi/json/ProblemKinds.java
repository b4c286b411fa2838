package kg.kichi.json;

import java.util.Map;
import java.util.function.Function;
import kg.kichi.core.validation.Messages;

/**
 * What {@link SyntaxKind} and {@link LimitKind} share: a problem code whose problems name their kind in one
 * argument ({@code kind}, {@code limit}), each kind with its own message {@code <code>.<kind>}.
 */
final class ProblemKinds {
    private ProblemKinds() {}

    /**
     * @param code a problem code
     * @return the argument naming the kind of problems of that code, or {@code null} when they have no kinds
     */
    static String argumentOf(String code) {
        if (code.equals(SyntaxKind.CODE)) {
            return SyntaxKind.ARGUMENT;
        }
        if (code.equals(LimitKind.CODE)) {
            return LimitKind.ARGUMENT;
        }
        return null;
    }

    /**
     * @param code a problem code
     * @param arguments its arguments
     * @return {@code <code>.<kind>} when the code has kinds and the problem names one that has a message, else the
     *     code
     */
    static String messageKey(String code, Map<String, ?> arguments) {
        String argument = argumentOf(code);
        if (argument != null && arguments.get(argument) instanceof String kind) {
            String key = code + "." + kind;
            if (Messages.has(key, "en")) {
                return key;
            }
        }
        return code;
    }

    /**
     * @param problem any problem
     * @param code the code of the kinds
     * @param kinds every kind
     * @param argument a kind's argument value
     * @param other the kind of a problem of that code that names no known kind
     * @return the problem's kind, {@code other}, or {@code null} for a problem of another code
     */
    static <K extends Enum<K>> K of(DocumentProblem problem, String code, K[] kinds, Function<K, String> argument,
            K other) {
        if (!problem.getCode().equals(code)) {
            return null;
        }
        Object named = problem.getArguments().get(argumentOf(code));
        for (K kind : kinds) {
            if (argument.apply(kind).equals(named)) {
                return kind;
            }
        }
        return other;
    }
}
