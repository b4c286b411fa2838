package kg.kichi.core.quality;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kg.kichi.core.validation.Messages;

/**
 * What one check found: the objects concerned, first the one flagged, and the figures of its message.
 *
 * <p>Invariants: at least one subject; the arguments fill the check's message template
 * ({@link QualityCheck#messageKey()}) and are kept in the order given.
 */
public final class Finding {
    private final QualityCheck check;
    private final List<Subject> subjects;
    private final Map<String, String> arguments;

    private Finding(QualityCheck check, List<Subject> subjects, Map<String, String> arguments) {
        this.check = Objects.requireNonNull(check, "check");
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("a finding of " + check.getCode() + " names no object");
        }
        this.subjects = List.copyOf(subjects);
        this.arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    /**
     * A finding.
     *
     * @param check the check
     * @param subjects the objects concerned, the flagged one first; not empty
     * @param arguments the message's figures by name
     * @return the finding
     * @throws IllegalArgumentException when no subject is given
     */
    public static Finding of(QualityCheck check, List<Subject> subjects, Map<String, String> arguments) {
        Objects.requireNonNull(arguments, "arguments");
        return new Finding(check, subjects, arguments);
    }

    /** @return the check that found it */
    public QualityCheck getCheck() {
        return check;
    }

    /** @return the objects concerned, the flagged one first */
    public List<Subject> getSubjects() {
        return subjects;
    }

    /** @return the figures of its message, by name */
    public Map<String, String> getArguments() {
        return arguments;
    }

    /**
     * The message with its figures.
     *
     * @param locale en, ru or ky (English otherwise)
     * @return e.g. "the grants of call c-1 add up to 270000.00 KGS, over its envelope of 100000.00 KGS"
     */
    public String message(Locale locale) {
        return Messages.format(check.messageKey(), arguments, locale);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && check == f.check && subjects.equals(f.subjects)
                && arguments.equals(f.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(check, subjects, arguments);
    }

    @Override
    public String toString() {
        return check.getCode() + " " + subjects.get(0) + ": " + message(Locale.ENGLISH);
    }
}
