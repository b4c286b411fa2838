package kg.kichi.core.grant;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import kg.kichi.core.internal.Constraints;

/** A grant's cross-field rules; see {@link Grant}. */
@Documented
@Constraint(validatedBy = ConsistentGrant.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ConsistentGrant {
    /** @return the default message key; each rule reports its own */
    String message() default "{kichi.grant.source}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link ConsistentGrant}. */
    final class Validator implements ConstraintValidator<ConsistentGrant, AbstractGrant> {
        @Override
        public boolean isValid(AbstractGrant grant, ConstraintValidatorContext context) {
            if (grant == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (grant.getCall().isEmpty() && grant.getProject().isEmpty()) {
                valid = Constraints.report(context, "kichi.grant.source", "call");
            }
            if (grant.getLot().isPresent() && grant.getCall().isEmpty()) {
                valid = Constraints.report(context, "kichi.grant.lotWithoutCall", "lot");
            }
            if (grant.getComponent().isPresent() && grant.getProject().isEmpty()) {
                valid = Constraints.report(context, "kichi.grant.componentWithoutProject", "component");
            }
            if (grant.getAmountAwarded().isPresent() && !grant.getAmountAwarded().get().isPositive()) {
                valid = Constraints.report(context, "kichi.money.positive", "amountAwarded");
            }
            return valid;
        }

    }
}
