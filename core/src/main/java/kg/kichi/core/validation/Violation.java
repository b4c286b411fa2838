package kg.kichi.core.validation;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One broken rule of one object: where (a property path such as {@code lots[0].plannedGrants}), what (a stable
 * code such as {@code kichi.period.order}) and the arguments its message needs.
 *
 * <p>The code is also the key of the message in {@code ContributorValidationMessages.properties} (and its {@code _ru} and
 * {@code _ky} translations); {@link #getMessage(Locale)} renders it in any of those languages.
 */
public final class Violation {
    private final String path;
    private final String code;
    private final Map<String, Object> arguments;

    private Violation(String path, String code, Map<String, ?> arguments) {
        this.path = Objects.requireNonNull(path, "path");
        this.code = Objects.requireNonNull(code, "code");
        this.arguments = Collections.unmodifiableMap(new TreeMap<>(arguments));
    }

    /**
     * Creates a violation.
     *
     * @param path the property path, empty for the object itself
     * @param code the stable code, which is also the message key
     * @param arguments the values the message refers to by {@code {name}}
     * @return the violation
     */
    public static Violation of(String path, String code, Map<String, ?> arguments) {
        Objects.requireNonNull(arguments, "arguments");
        return new Violation(path, code, arguments);
    }

    /**
     * Creates a violation whose message needs no arguments.
     *
     * @param path the property path, empty for the object itself
     * @param code the stable code, which is also the message key
     * @return the violation
     */
    public static Violation of(String path, String code) {
        return new Violation(path, code, Map.of());
    }

    /** @return the property path, empty for the object itself */
    public String getPath() {
        return path;
    }

    /** @return the stable code, e.g. {@code kichi.required} */
    public String getCode() {
        return code;
    }

    /**
     * @return the arguments of the message, unmodifiable, by name: the same order whatever map they were given in
     *     (a {@code Map.of} iterates in an order that changes from one run of the JVM to the next)
     */
    public Map<String, Object> getArguments() {
        return arguments;
    }

    /**
     * Renders the message in a language; English when the language has no translation.
     *
     * @param locale the language wanted ({@code en}, {@code ru} or {@code ky})
     * @return the message
     */
    public String getMessage(Locale locale) {
        return Messages.format(code, arguments, locale);
    }

    /** @return the message in English */
    public String getMessage() {
        return getMessage(Locale.ENGLISH);
    }

    /**
     * Places this violation inside a containing object: {@code withPathPrefix("grants[3]")} turns
     * {@code amountAwarded} into {@code grants[3].amountAwarded}.
     *
     * @param prefix the path of this violation's object inside the container
     * @return the relocated violation
     */
    public Violation withPathPrefix(String prefix) {
        if (prefix.isEmpty()) {
            return this;
        }
        String joined = path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
        return new Violation(joined, code, arguments);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Violation v && path.equals(v.path) && code.equals(v.code) && arguments.equals(v.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, code, arguments);
    }

    /** @return {@code path: code: English message} */
    @Override
    public String toString() {
        return (path.isEmpty() ? "" : path + ": ") + code + ": " + getMessage();
    }
}
