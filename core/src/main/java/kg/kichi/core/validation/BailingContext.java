package kg.kichi.core.validation;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorContext;
import kg.kichi.core.validation.FastConstraints.Bail;

/**
 * The context the fast path hands to the model's own validators: they may disable the default violation, which
 * they all do first; anything else — reporting a violation above all — means only Hibernate Validator can
 * answer, so it throws {@link Bail}.
 */
final class BailingContext implements ConstraintValidatorContext {
    static final BailingContext INSTANCE = new BailingContext();

    private BailingContext() {}

    @Override
    public void disableDefaultConstraintViolation() {
        // nothing to disable: no violation is built here
    }

    @Override
    public String getDefaultConstraintMessageTemplate() {
        throw Bail.INSTANCE;
    }

    @Override
    public ClockProvider getClockProvider() {
        throw Bail.INSTANCE;
    }

    @Override
    public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
        throw Bail.INSTANCE;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw Bail.INSTANCE;
    }
}
