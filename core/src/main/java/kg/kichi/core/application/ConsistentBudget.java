package kg.kichi.core.application;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import kg.kichi.core.money.Money;
import kg.kichi.core.internal.Constraints;

/**
 * A budget's rules: no amount is negative ({@code kichi.money.notNegative}) and all share one currency
 * ({@code kichi.budget.currency}).
 */
@Documented
@Constraint(validatedBy = ConsistentBudget.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ConsistentBudget {
    /** @return the default message key; each rule reports its own */
    String message() default "{kichi.budget.currency}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link ConsistentBudget}. */
    final class Validator implements ConstraintValidator<ConsistentBudget, AbstractBudget> {
        @Override
        public boolean isValid(AbstractBudget budget, ConstraintValidatorContext context) {
            if (budget == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            String currency = null;
            String[] names = {"totalCost", "directCosts", "indirectCosts"};
            Optional<?>[] amounts = {budget.getTotalCost(), budget.getDirectCosts(), budget.getIndirectCosts()};
            for (int i = 0; i < names.length; i++) {
                Money m = (Money) amounts[i].orElse(null);
                if (m == null) {
                    continue;
                }
                if (m.isNegative()) {
                    valid = Constraints.report(context, "kichi.money.notNegative", names[i]);
                }
                if (currency == null) {
                    currency = m.getCurrencyCode();
                } else if (!currency.equals(m.getCurrencyCode())) {
                    valid = Constraints.report(context, "kichi.budget.currency", names[i]);
                }
            }
            return valid;
        }
    }
}
