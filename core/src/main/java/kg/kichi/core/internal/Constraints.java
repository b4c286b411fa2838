package kg.kichi.core.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Helps custom constraint validators report a violation with its own code, path and message arguments.
 *
 * <p>The arguments travel twice: as message parameters, for any provider's message interpolation, and as a
 * dynamic payload, from which {@link kg.kichi.core.validation.Validity} rebuilds the
 * {@link kg.kichi.core.validation.Violation} in any language.
 */
public final class Constraints {
    private Constraints() {}

    /**
     * Reports one violation.
     *
     * @param context the validator's context; its default violation must be disabled by the caller
     * @param code the message key, e.g. {@code kichi.grant.source}
     * @param path the property path relative to the validated object, e.g. {@code lots[1].id}
     * @param arguments the message arguments
     * @return {@code false}, for {@code valid = report(...)}
     */
    public static boolean report(ConstraintValidatorContext context, String code, String path,
            Map<String, ?> arguments) {
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        arguments.forEach(hibernate::addMessageParameter);
        hibernate.withDynamicPayload(new LinkedHashMap<String, Object>(arguments));
        hibernate.buildConstraintViolationWithTemplate("{" + code + "}").addPropertyNode(path)
                .addConstraintViolation();
        return false;
    }

    /**
     * Reports one violation without message arguments.
     *
     * @param context the validator's context
     * @param code the message key
     * @param path the property path
     * @return {@code false}
     */
    public static boolean report(ConstraintValidatorContext context, String code, String path) {
        return report(context, code, path, Map.of());
    }
}
