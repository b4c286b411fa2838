package kg.kichi.core.catalogue;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A catalogue's identifiers are unique per kind ({@code kichi.catalogue.duplicateId}) and every reference
 * names an object of the catalogue ({@code kichi.catalogue.unknownReference}); a lot referred to belongs to the
 * call referred to ({@code kichi.catalogue.unknownLot}). {@link kg.kichi.core.internal.Reference#ALL} lists the
 * references; {@link IntegrityCheck} checks them.
 */
@Documented
@Constraint(validatedBy = ReferentialIntegrity.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ReferentialIntegrity {
    /** @return the default message key; each rule reports its own */
    String message() default "{kichi.catalogue.unknownReference}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link ReferentialIntegrity}. */
    final class Validator implements ConstraintValidator<ReferentialIntegrity, AbstractCatalogue> {
        @Override
        public boolean isValid(AbstractCatalogue catalogue, ConstraintValidatorContext context) {
            if (catalogue == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            return new IntegrityCheck(catalogue, context).run();
        }
    }
}
