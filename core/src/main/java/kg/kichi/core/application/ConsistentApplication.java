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
import kg.kichi.core.internal.Constraints;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import kg.kichi.core.money.Money;

/**
 * An application's cross-field rules: every status change is a legal transition
 * ({@code kichi.application.transition}, naming both statuses and the allowed next ones); the requested amount is above zero ({@code kichi.money.positive}),
 * co-financing is not negative ({@code kichi.money.notNegative}) and both share a currency
 * ({@code kichi.application.currency}); the budget is in the currency of the request
 * ({@code kichi.application.budgetCurrency}).
 */
@Documented
@Constraint(validatedBy = ConsistentApplication.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ConsistentApplication {
    /** @return the default message key; each rule reports its own */
    String message() default "{kichi.application.transition}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link ConsistentApplication}. */
    final class Validator implements ConstraintValidator<ConsistentApplication, AbstractApplication> {
        @Override
        public boolean isValid(AbstractApplication application, ConstraintValidatorContext context) {
            if (application == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            List<StatusChange> history = application.getStatusHistory();
            for (int i = 1; i < history.size(); i++) {
                // A null step is reported by the element constraint of statusHistory; skip it here.
                ApplicationStatus from = history.get(i - 1) == null ? null : history.get(i - 1).getStatus();
                ApplicationStatus to = history.get(i) == null ? null : history.get(i).getStatus();
                if (from != null && to != null && !from.canBecome(to)) {
                    // name both statuses and what was allowed (a dash after a final status), so the message
                    // says what to do instead; one code whatever the case
                    String allowed = from.isFinal() ? "—" : from.getNext().stream()
                            .map(ApplicationStatus::getCode).collect(Collectors.joining(", "));
                    String path = "statusHistory[" + i + "].status";
                    valid = Constraints.report(context, "kichi.application.transition", path, Map.of(
                            "from", from.getCode(), "to", to.getCode(), "allowed", allowed));
                }
            }
            Money requested = application.getRequestedAmount().orElse(null);
            Money coFinancing = application.getCoFinancing().orElse(null);
            if (requested != null && !requested.isPositive()) {
                valid = Constraints.report(context, "kichi.money.positive", "requestedAmount");
            }
            if (coFinancing != null && coFinancing.isNegative()) {
                valid = Constraints.report(context, "kichi.money.notNegative", "coFinancing");
            }
            if (requested != null && coFinancing != null && !requested.isSameCurrency(coFinancing)) {
                valid = Constraints.report(context, "kichi.application.currency", "coFinancing");
            }
            Budget budget = application.getBudget().orElse(null);
            String budgetCurrency = budget == null ? null : budget.getCurrencyCode().orElse(null);
            if (requested != null && budgetCurrency != null && !requested.getCurrencyCode().equals(budgetCurrency)) {
                valid = Constraints.report(context, "kichi.application.budgetCurrency", "budget");
            }
            return valid;
        }

    }
}
