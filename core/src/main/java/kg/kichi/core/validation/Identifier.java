package kg.kichi.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.ValidationException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The identifier of an object of the model, or a reference to one: 1 to 200 characters, letters, digits and
 * {@code . _ : / -}, starting with a letter or digit ({@link #PATTERN}). {@code null} is valid (pair with
 * {@code @NotNull}).
 *
 * <p>Users may put it on their own properties. Its message, {@code kichi.id}, shows the rejected value: under
 * Hibernate Validator the value is given to the message as the parameter {@code {value}}, so any message
 * interpolator (with or without Expression Language) fills it in.
 */
@Documented
@Constraint(validatedBy = Identifier.Validator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Identifier {
    /** The regular expression every identifier matches. */
    String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}";

    /** @return the message key */
    String message() default "{kichi.id}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link Identifier} without a regular expression engine, and names the rejected value. */
    final class Validator implements ConstraintValidator<Identifier, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null || isIdentifier(value)) {
                return true;
            }
            try {
                context.unwrap(org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext.class)
                        .addMessageParameter("value", value.toString());
            } catch (ValidationException notHibernate) {
                // another provider: the message keeps its {value} placeholder (README: Hibernate Validator is required)
            }
            return false;
        }

        /** {@link Identifier#PATTERN} without a regular expression engine: every reference is checked with it. */
        static boolean isIdentifier(CharSequence s) {
            return kg.kichi.core.internal.Tokens.isToken(s, 200, "._:/-");
        }
    }
}
