package kg.kichi.core.call;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import kg.kichi.core.internal.Constraints;

/** A call's results select no more applications than it received. */
@Documented
@Constraint(validatedBy = ConsistentResults.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ConsistentResults {
    /** @return the message key */
    String message() default "{kichi.call.selectedAboveReceived}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link ConsistentResults}. */
    final class Validator implements ConstraintValidator<ConsistentResults, AbstractCallResults> {
        @Override
        public boolean isValid(AbstractCallResults results, ConstraintValidatorContext context) {
            if (results == null || results.getApplicationsReceived().isEmpty()
                    || results.getApplicationsSelected().isEmpty()) {
                return true;
            }
            if (results.getApplicationsSelected().get() <= results.getApplicationsReceived().get()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            return Constraints.report(context, "kichi.call.selectedAboveReceived", "applicationsSelected",
                    Map.of("selected", results.getApplicationsSelected().get(), "received",
                            results.getApplicationsReceived().get()));
        }
    }
}
