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
import java.util.List;
import java.util.Map;
import kg.kichi.core.eligibility.Rule;
import java.util.Optional;
import kg.kichi.core.money.Money;
import kg.kichi.core.money.MoneyRange;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.internal.Constraints;
import kg.kichi.core.internal.Repeats;

/**
 * A call's cross-field rules, each with its own code: the deadline is not before the announcement
 * ({@code kichi.call.deadlineBeforeAnnouncement}); every amount of the call and its lots is in one currency
 * ({@code kichi.call.currency}); the largest grant does not exceed the envelope
 * ({@code kichi.call.grantAboveEnvelope}); no two lots share an identifier ({@code kichi.call.duplicateLot}); no two
 * eligibility rules share an identifier ({@code kichi.call.duplicateRule}); a rule's lot scope names lots of the
 * call ({@code kichi.call.unknownLot}).
 */
@Documented
@Constraint(validatedBy = ConsistentCall.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ConsistentCall {
    /** @return the default message key; each rule reports its own */
    String message() default "{kichi.call.deadlineBeforeAnnouncement}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link ConsistentCall}. */
    final class Validator implements ConstraintValidator<ConsistentCall, AbstractCallForProposals> {
        @Override
        public boolean isValid(AbstractCallForProposals call, ConstraintValidatorContext context) {
            if (call == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            Optional<PartialDate> announced = call.getAnnounced();
            Optional<PartialDate> deadline = call.getDeadline();
            if (announced.isPresent() && deadline.isPresent() && deadline.get().isBefore(announced.get())) {
                valid = Constraints.report(context, "kichi.call.deadlineBeforeAnnouncement", "deadline");
            }
            String currency = call.getEnvelope().isPresent() ? call.getEnvelope().get().getCurrencyCode()
                    : call.getGrantSize().isPresent() ? call.getGrantSize().get().getCurrencyCode() : null;
            valid &= sameCurrency(context, currency, call.getGrantSize(), -1);
            valid &= withinEnvelope(context, call.getEnvelope(), call.getGrantSize(), -1);
            List<Lot> lots = call.getLots();
            Repeats<String> lotIds = new Repeats<>(lots.size());
            for (int i = 0; i < lots.size(); i++) {
                Lot lot = lots.get(i);
                if (lot == null) {
                    continue; // reported by the element constraint of lots
                }
                if (lotIds.repeated(lot.getId())) {
                    valid = Constraints.report(context, "kichi.call.duplicateLot", "lots[" + i + "].id");
                }
                if (currency != null && lot.getEnvelope().isPresent()
                        && !lot.getEnvelope().get().getCurrencyCode().equals(currency)) {
                    valid = Constraints.report(context, "kichi.call.currency", "lots[" + i + "].envelope");
                }
                valid &= sameCurrency(context, currency, lot.getGrantSize(), i);
                valid &= withinEnvelope(context, lot.getEnvelope(), lot.getGrantSize(), i);
            }
            valid &= rulesConsistent(call, context);
            return valid;
        }

        private static boolean rulesConsistent(AbstractCallForProposals call, ConstraintValidatorContext context) {
            boolean valid = true;
            List<Rule> rules = call.getEligibilityRules();
            Repeats<String> ruleIds = new Repeats<>(rules.size());
            for (int i = 0; i < rules.size(); i++) {
                Rule rule = rules.get(i);
                if (rule == null) {
                    continue; // reported by the element constraint of eligibilityRules
                }
                if (ruleIds.repeated(rule.getId())) {
                    valid = Constraints.report(context, "kichi.call.duplicateRule", "eligibilityRules[" + i + "].id",
                            Map.of("value", rule.getId()));
                }
                for (Rule each : rule.flatten()) {
                    for (String lot : each.getLots()) {
                        if (call.lot(lot).isEmpty()) {
                            valid = Constraints.report(context, "kichi.call.unknownLot",
                                    "eligibilityRules[" + i + "].lots", Map.of("value", lot));
                        }
                    }
                }
            }
            return valid;
        }

        private static boolean sameCurrency(ConstraintValidatorContext context, String currency,
                Optional<MoneyRange> range, int lot) {
            if (currency == null || range.isEmpty() || range.get().getCurrencyCode().equals(currency)) {
                return true;
            }
            return Constraints.report(context, "kichi.call.currency", grantSizePath(lot));
        }

        /** {@code grantSize} of the call ({@code lot} -1) or of one lot: built only when reported. */
        private static String grantSizePath(int lot) {
            return lot < 0 ? "grantSize" : "lots[" + lot + "].grantSize";
        }

        private static boolean withinEnvelope(ConstraintValidatorContext context, Optional<Money> envelope,
                Optional<MoneyRange> range, int lot) {
            if (envelope.isEmpty() || range.isEmpty() || range.get().getMax().isEmpty()) {
                return true;
            }
            Money max = range.get().getMax().get();
            if (!max.isSameCurrency(envelope.get()) || max.compareTo(envelope.get()) <= 0) {
                return true;
            }
            return Constraints.report(context, "kichi.call.grantAboveEnvelope", grantSizePath(lot) + ".max");
        }

    }
}
