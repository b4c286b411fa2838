package kg.kichi.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import kg.kichi.core.money.Money;

/**
 * An amount of money that is zero or more, such as a budget ({@code kichi.money.notNegative}). {@code null} is
 * valid (a budget not stated).
 */
@Documented
@Constraint(validatedBy = NotNegativeAmount.Validator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotNegativeAmount {
    /** @return the message key */
    String message() default "{kichi.money.notNegative}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link NotNegativeAmount}. */
    final class Validator implements ConstraintValidator<NotNegativeAmount, Money> {
        @Override
        public boolean isValid(Money value, ConstraintValidatorContext context) {
            return value == null || !value.isNegative();
        }
    }
}
