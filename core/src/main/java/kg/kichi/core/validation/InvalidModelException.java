package kg.kichi.core.validation;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Thrown when an object of the model would be invalid; carries every violation of that object, not the first.
 *
 * <p>Builders and factories throw it instead of returning an invalid object, so an object of the model that
 * exists is valid.
 *
 * <p>It survives Java serialization with every violation; a message argument other than a string, number,
 * boolean, enum constant or date travels as its string form, which is what messages show.
 */
public class InvalidModelException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String type;
    private transient List<Violation> violations;

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

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeInt(violations.size());
        for (Violation v : violations) {
            out.writeObject(v.getPath()); // not writeUTF: a path may quote user text of any length
            out.writeObject(v.getCode());
            Map<String, Object> arguments = new LinkedHashMap<>();
            v.getArguments().forEach((k, value) -> arguments.put(k, portable(value)));
            out.writeObject(arguments);
        }
    }

    private static Object portable(Object value) {
        boolean jdkValue = value != null && value.getClass().getName().startsWith("java.")
                && (value instanceof Number || value instanceof java.time.temporal.Temporal);
        if (value instanceof String || value instanceof Boolean || value instanceof Enum<?> || jdkValue) {
            return value;
        }
        return value instanceof Object[] array ? java.util.Arrays.toString(array) : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        int count = in.readInt();
        if (count < 1) {
            throw new java.io.InvalidObjectException("an InvalidModelException needs at least one violation");
        }
        List<Violation> read = new ArrayList<>(Math.min(count, 1_000));
        for (int i = 0; i < count; i++) {
            read.add(Violation.of((String) in.readObject(), (String) in.readObject(),
                    (Map<String, Object>) in.readObject()));
        }
        this.violations = List.copyOf(read);
    }

    private static String describe(String type, List<Violation> violations, Locale locale) {
        return "invalid " + type + " (" + violations.size() + (violations.size() == 1 ? " violation" : " violations")
                + "):" + violations.stream()
                        .map(v -> "\n  " + (v.getPath().isEmpty() ? "" : v.getPath() + ": ") + v.getCode() + ": "
                                + v.getMessage(locale))
                        .collect(Collectors.joining());
    }
}
