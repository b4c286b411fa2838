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
 * <p>{@link #check} decides with checks compiled once per class from the same constraint metadata
 * ({@link CompiledConstraints}), which are faster than Hibernate Validator's traversal; when they find an object
 * invalid, Hibernate Validator runs and writes the report.
 *
 * <p>When Java assertions are enabled ({@code -ea}), every answer is also compared with Hibernate Validator's, and
 * a difference either way throws {@link AssertionError}. Test runs enable assertions however they are started
 * (Maven Surefire, Gradle, IntelliJ IDEA and Eclipse all do by default), so every test that builds an object of
 * the model checks the compiled constraints against Hibernate Validator; production runs without {@code -ea} do
 * not pay for it. The system property {@value #CROSS_CHECK_PROPERTY} overrides that: {@code false} turns the
 * comparison off (fuzzing campaigns, where it halves the speed), {@code true} turns it on without {@code -ea}.
 */
public final class Validity {
    private static final Set<String> NOT_ARGUMENTS = Set.of("message", "groups", "payload");

    /** The system property that turns the comparison of every answer with Hibernate Validator's on or off. */
    public static final String CROSS_CHECK_PROPERTY = "kg.kichi.validation.crossCheck";

    /** Whether every answer of {@link #check} is compared with Hibernate Validator's: see the class comment. */
    static final boolean CROSS_CHECK = crossCheck();

    private Validity() {}

    private static boolean crossCheck() {
        String stated = System.getProperty(CROSS_CHECK_PROPERTY);
        if (stated != null) {
            return Boolean.parseBoolean(stated);
        }
        boolean assertionsEnabled = false;
        assert assertionsEnabled = true; // the standard test: the assignment runs only under -ea
        return assertionsEnabled;
    }

    /** @return the Hibernate Validator every check uses */
    static Validator validator() {
        return Holder.VALIDATOR;
    }

    /**
     * Returns an object of the model when valid.
     *
     * @param object the object to check: of a class of the model (of kichi-core)
     * @param <T> its type
     * @return the object
     * @throws InvalidModelException with every violation, when there is any
     * @throws IllegalStateException when the object's class uses a constraint, or a feature of Bean Validation,
     *         that the model does not use (check other objects with {@link #violationsOf})
     */
    public static <T> T check(T object) {
        if (object == null) {
            throw new IllegalArgumentException("no object to check");
        }
        boolean passes = CompiledConstraints.passes(object);
        if (passes && !CROSS_CHECK) {
            return object;
        }
        List<Violation> violations = violationsOf(object); // Hibernate Validator's report
        if (CROSS_CHECK && passes != violations.isEmpty()) {
            throw new AssertionError("the compiled constraints " + (passes ? "accepted" : "rejected") + " a "
                    + object.getClass().getName() + " that Hibernate Validator " + (passes ? "rejects: " + violations
                    : "accepts") + ": " + object);
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
