package kg.kichi.core.validation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Thrown when an object of the model would be invalid; carries every violation of that object, not the first.
 *
 * <p>Builders and factories throw it instead of returning an invalid object, so an object of the model that
 * exists is valid.
 */
public class InvalidModelException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String type;
    private final transient List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param type the simple name of the type that could not be built
     * @param violations every violation found, at least one
     */
    public InvalidModelException(String type, List<Violation> violations) {
        super(describe(type, violations, Locale.ENGLISH));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidModelException needs at least one violation");
        }
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    /**
     * Creates the exception for a single violation.
     *
     * @param type the simple name of the type that could not be built
     * @param violation the violation
     */
    public InvalidModelException(String type, Violation violation) {
        this(type, List.of(violation));
    }

    /** @return the simple name of the type that could not be built, e.g. {@code Grant} */
    public String getType() {
        return type;
    }

    /** @return every violation, in the order found */
    public List<Violation> getViolations() {
        return violations;
    }

    /**
     * Describes every violation in a language.
     *
     * @param locale the language wanted
     * @return one line per violation after a heading line
     */
    public String getMessage(Locale locale) {
        return describe(type, violations, locale);
    }

    private static String describe(String type, List<Violation> violations, Locale locale) {
        return "invalid " + type + " (" + violations.size() + (violations.size() == 1 ? " violation" : " violations")
                + "):" + violations.stream()
                        .map(v -> "\n  " + (v.getPath().isEmpty() ? "" : v.getPath() + ": ") + v.getCode() + ": "
                                + v.getMessage(locale))
                        .collect(Collectors.joining());
    }
}
