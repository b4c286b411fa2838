package kg.kichi.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;

/**
 * Gathers the violations of one object so that a factory reports all of them together.
 *
 * <pre>{@code
 * ViolationCollector problems = new ViolationCollector("Money");
 * problems.check(scale <= digits, "amount", "kichi.money.scale", Map.of("scale", scale));
 * problems.throwIfAny();
 * }</pre>
 */
public final class ViolationCollector {
    private final String type;
    private final List<Violation> violations = new ArrayList<>();

    /** @param type the simple name of the type being built, for the exception */
    public ViolationCollector(String type) {
        this.type = type;
    }

    /**
     * Records a violation unless the condition holds.
     *
     * @param condition what must be true
     * @param path the property path
     * @param code the message key
     * @param arguments the message arguments
     * @return whether the condition held
     */
    public boolean check(boolean condition, String path, String code, Map<String, ?> arguments) {
        if (!condition) {
            violations.add(Violation.of(path, code, arguments));
        }
        return condition;
    }

    /**
     * Records a violation.
     *
     * @param violation the violation
     */
    public void add(Violation violation) {
        violations.add(violation);
    }

    /** @return whether no violation was recorded */
    public boolean isEmpty() {
        return violations.isEmpty();
    }

    /** @throws InvalidModelException with every recorded violation, when there is any */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidModelException(type, violations);
        }
    }
}
