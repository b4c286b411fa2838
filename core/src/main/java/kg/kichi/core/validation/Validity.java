package kg.kichi.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks objects of the model against their Bean Validation constraints.
 *
 * <p>Every value type calls {@link #check(Object)} from its {@code @Value.Check}, so no builder returns an
 * invalid object. Hibernate Validator runs with {@link ParameterMessageInterpolator}: no Expression Language
 * implementation is needed at run time. Messages are rendered by {@link Messages}, in any language, on demand.
 *
 * <p>A valid object is recognised without Hibernate Validator's traversal, by checks compiled once per class
 * from the same constraint metadata; Hibernate Validator runs, and writes the report, whenever those checks are
 * not certain the object is valid. Run with {@code -Dkg.kichi.validation.crossCheck=true} to have every answer of
 * those checks compared with Hibernate Validator's (an {@link AssertionError} on any difference); Kichi's own test
 * suites run that way.
 */
public final class Validity {
    private static final Set<String> NOT_ARGUMENTS = Set.of("message", "groups", "payload");

    private static final boolean CROSS_CHECK = Boolean.getBoolean(FastConstraints.CROSS_CHECK);

    private Validity() {}

    /** @return the Hibernate Validator every check uses */
    static Validator validator() {
        return Holder.VALIDATOR;
    }

    /**
     * Returns the object when valid.
     *
     * @param object the object to check
     * @param <T> its type
     * @return the object
     * @throws InvalidModelException with every violation, when there is any
     */
    public static <T> T check(T object) {
        if (object == null) {
            throw new IllegalArgumentException("no object to check");
        }
        boolean passes = FastConstraints.passes(object);
        if (passes && !CROSS_CHECK) {
            return object;
        }
        List<Violation> violations = violationsOf(object);
        if (CROSS_CHECK && passes != violations.isEmpty() && FastConstraints.isCompiled(object.getClass())) {
            throw new AssertionError("the fast constraint path " + (passes ? "accepted" : "rejected") + " a "
                    + object.getClass().getName() + " that Hibernate Validator " + (passes ? "rejects: " + violations
                    : "accepts"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidModelException(object.getClass().getSimpleName(), violations);
        }
        return object;
    }

    /**
     * Lists every violation of an object's constraints, sorted by path.
     *
     * @param object the object to check
     * @return the violations, empty when valid
     */
    public static List<Violation> violationsOf(Object object) {
        Set<ConstraintViolation<Object>> found = Holder.VALIDATOR.validate(object);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>(found.size());
        for (ConstraintViolation<Object> v : found) {
            violations.add(toViolation(v));
        }
        violations.sort(Comparator.comparing(Violation::getPath).thenComparing(Violation::getCode));
        return violations;
    }

    /**
     * Turns a Bean Validation violation into ours: the template {@code {kichi.x}} becomes the code
     * {@code kichi.x}, the constraint's attributes become the message arguments.
     *
     * @param v the Bean Validation violation
     * @return our violation
     */
    public static Violation toViolation(ConstraintViolation<?> v) {
        String template = v.getMessageTemplate();
        String code = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : template;
        Map<String, Object> arguments = new LinkedHashMap<>();
        v.getConstraintDescriptor().getAttributes().forEach((k, value) -> {
            if (!NOT_ARGUMENTS.contains(k)) {
                arguments.put(k, value);
            }
        });
        Object payload = v.unwrap(HibernateConstraintViolation.class).getDynamicPayload(Map.class);
        if (payload instanceof Map<?, ?> dynamic) {
            dynamic.forEach((k, value) -> arguments.put(String.valueOf(k), value));
        }
        if (v.getInvalidValue() != null && isSimple(v.getInvalidValue())) {
            arguments.putIfAbsent("value", v.getInvalidValue());
        }
        return Violation.of(v.getPropertyPath().toString(), code, arguments);
    }

    private static boolean isSimple(Object value) {
        return value instanceof CharSequence || value instanceof Number || value instanceof Enum<?>
                || value.getClass().getName().startsWith("java.time.");
    }

    /** Bootstraps Hibernate Validator on first use; quietly, since a library should not log its version. */
    private static final class Holder {
        static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate.validator");
        static final Validator VALIDATOR;

        static {
            HIBERNATE_LOG.setLevel(Level.WARNING);
            VALIDATOR = Validation.byProvider(HibernateValidator.class)
                    .configure()
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory()
                    .getValidator();
        }
    }
}
