package kg.kichi.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The identifier of an object of the model, or a reference to one: 1 to 200 characters, letters, digits and
 * {@code . _ : / -}, starting with a letter or digit. {@code null} is valid (pair with {@code @NotNull}).
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = Identifier.PATTERN)
@jakarta.validation.ReportAsSingleViolation
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
}
