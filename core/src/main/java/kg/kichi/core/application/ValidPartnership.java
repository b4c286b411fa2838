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
import java.util.List;
import java.util.Map;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.internal.Constraints;
import kg.kichi.core.internal.Repeats;

/**
 * A partnership has exactly one lead ({@code kichi.partnership.lead}) and no organisation twice
 * ({@code kichi.partnership.duplicate}).
 */
@Documented
@Constraint(validatedBy = ValidPartnership.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ValidPartnership {
    /** @return the message key of the lead rule; the duplicate rule reports its own */
    String message() default "{kichi.partnership.lead}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link ValidPartnership}. */
    final class Validator implements ConstraintValidator<ValidPartnership, AbstractPartnership> {
        @Override
        public boolean isValid(AbstractPartnership partnership, ConstraintValidatorContext context) {
            if (partnership == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            List<Partner> members = partnership.getMembers();
            boolean valid = true;
            Repeats<OrganisationId> seen = new Repeats<>(members.size());
            int leads = 0;
            for (int i = 0; i < members.size(); i++) {
                Partner member = members.get(i);
                if (member == null) {
                    continue; // reported by the element constraint of members
                }
                if (member.getOrganisation() != null && seen.repeated(member.getOrganisation())) {
                    valid = false;
                    Constraints.report(context, "kichi.partnership.duplicate", "members[" + i + "].organisation", Map.of("value", member.getOrganisation().toString()));
                }
                leads += member.getRole() == PartnerRole.LEAD ? 1 : 0;
            }
            if (leads != 1) {
                valid = false;
                Constraints.report(context, "kichi.partnership.lead", "members");
            }
            return valid;
        }
    }
}
