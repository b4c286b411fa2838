package kg.kichi.core.project;

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
import kg.kichi.core.internal.Constraints;
import kg.kichi.core.internal.Repeats;

/**
 * A project's participants: no organisation in the same role twice ({@code kichi.project.duplicateRole}), at
 * most one lead ({@code kichi.project.leads}); and its grant components: no identifier twice
 * ({@code kichi.project.duplicateComponent}).
 */
@Documented
@Constraint(validatedBy = ConsistentParticipants.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ConsistentParticipants {
    /** @return the message key of the lead rule; the duplicate rule reports its own */
    String message() default "{kichi.project.leads}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link ConsistentParticipants}. */
    final class Validator implements ConstraintValidator<ConsistentParticipants, AbstractProject> {
        @Override
        public boolean isValid(AbstractProject project, ConstraintValidatorContext context) {
            if (project == null) {
                return true;
            }
            List<Participation> participants = project.getParticipants();
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            Repeats<List<Object>> seen = new Repeats<>(participants.size());
            int leads = 0;
            for (int i = 0; i < participants.size(); i++) {
                Participation p = participants.get(i);
                if (p == null) {
                    continue; // reported by the element constraint of participants
                }
                if (p.getOrganisation() != null && p.getRole() != null
                        && seen.repeated(List.of(p.getOrganisation(), p.getRole()))) {
                    valid = false;
                    Constraints.report(context, "kichi.project.duplicateRole", "participants[" + i + "].organisation", Map.of("value", p.getOrganisation().toString()));
                }
                leads += p.isLead() ? 1 : 0;
            }
            if (leads > 1) {
                valid = false;
                Constraints.report(context, "kichi.project.leads", "participants");
            }
            List<GrantComponent> components = project.getGrantComponents();
            Repeats<String> componentIds = new Repeats<>(components.size());
            for (int i = 0; i < components.size(); i++) {
                GrantComponent c = components.get(i);
                if (c != null && c.getId() != null && componentIds.repeated(c.getId())) {
                    valid = false;
                    Constraints.report(context, "kichi.project.duplicateComponent", "grantComponents[" + i + "].id",
                            Map.of("value", c.getId()));
                }
            }
            return valid;
        }
    }
}
