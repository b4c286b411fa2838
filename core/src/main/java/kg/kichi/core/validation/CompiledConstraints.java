package kg.kichi.core.validation;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The model's constraints as plain Java checks, compiled once per class from the metadata Hibernate Validator reads
 * from the annotations, which stay the only statement of the rules.
 *
 * <p>Why it exists: every builder of the model validates, and Hibernate Validator's traversal of a valid object
 * costs more than checking it; with it alone, a strict read of a whole document takes about 1.3–1.4 times as long
 * (measured in a paired run: {@code benchmarks/README.md}, "Issue 19"). It answers only "valid" or "not valid";
 * for an object it rejects, Hibernate Validator runs and writes the report, so violations are always Hibernate
 * Validator's.
 *
 * <p>It knows exactly what the model uses, and nothing else: the constraints {@code @NotNull}, {@code @NotBlank},
 * {@code @NotEmpty} (on collections), {@code @Positive} and {@code @PositiveOrZero} (on whole numbers and decimals),
 * {@code @Identifier}, and constraints with one validator of their own ({@code @NotNegativeAmount}, the class-level
 * rules, called with a context that turns a report into "not valid"), on getters, on a class, or on the elements of
 * an {@code Optional}, a collection or a map's keys or values. A class using anything else (another constraint, a
 * cascade, a composed constraint, nested containers) cannot be compiled: {@link #passes} throws
 * {@link IllegalStateException} naming the class and what it uses, and a test compiles every constrained class of
 * the model. Semantics it could get wrong (groups, say, which the model does not use) are caught by the cross-check:
 * Kichi's test runs compare every answer with Hibernate Validator's ({@link Validity}).
 */
final class CompiledConstraints {
    private static final ClassValue<Plan> PLANS = new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
            return compile(type); // a failure is not cached: every object of the class fails alike
        }
    };

    private CompiledConstraints() {}

    /**
     * Whether an object satisfies every constraint of its class.
     *
     * @param object the object, not null
     * @return whether it is valid
     * @throws IllegalStateException when its class uses what this class does not know
     */
    static boolean passes(Object object) {
        return PLANS.get(object.getClass()).passes(object);
    }

    /**
     * Compiles the checks of a class.
     *
     * @param type the class
     * @return its checks
     * @throws IllegalStateException naming the class and the construct when it uses one not known here
     */
    static Plan compile(Class<?> type) {
        BeanDescriptor bean = Validity.validator().getConstraintsForClass(type);
        List<Function<Object, Object>> getters = new ArrayList<>();
        List<Predicate<Object>> checks = new ArrayList<>();
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            String where = type.getName() + "." + property.getPropertyName();
            if (property.isCascaded()) {
                throw unsupported(where, "@Valid");
            }
            List<Predicate<Object>> all = new ArrayList<>();
            for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
                all.add(check(constraint, where));
            }
            for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                all.add(elements(element, where));
            }
            getters.add(getter(type, property.getPropertyName()));
            checks.add(allOf(all));
        }
        List<Predicate<Object>> classChecks = new ArrayList<>();
        for (ConstraintDescriptor<?> constraint : bean.getConstraintDescriptors()) {
            classChecks.add(check(constraint, type.getName()));
        }
        @SuppressWarnings("unchecked")
        Function<Object, Object>[] getterArray = getters.toArray(Function[]::new);
        @SuppressWarnings("unchecked")
        Predicate<Object>[] checkArray = checks.toArray(Predicate[]::new);
        return new Plan(getterArray, checkArray, allOf(classChecks));
    }

    /** The checks of one class: each constrained property's getter and its check, then the class's own check. */
    record Plan(Function<Object, Object>[] getters, Predicate<Object>[] checks, Predicate<Object> classCheck) {
        boolean passes(Object object) {
            for (int i = 0; i < getters.length; i++) {
                if (!checks[i].test(getters[i].apply(object))) {
                    return false;
                }
            }
            return classCheck.test(object);
        }
    }

    /** One constraint, with Hibernate Validator's meaning: only {@code @NotNull} and its kin reject {@code null}. */
    private static Predicate<Object> check(ConstraintDescriptor<?> constraint, String where) {
        Class<? extends Annotation> type = constraint.getAnnotation().annotationType();
        if (!constraint.getComposingConstraints().isEmpty()) {
            throw unsupported(where, "@" + type.getName() + ", composed of other constraints");
        } else if (type == NotNull.class) {
            return value -> value != null;
        } else if (type == NotBlank.class) {
            return value -> value != null && !((CharSequence) value).toString().isBlank();
        } else if (type == NotEmpty.class) {
            return value -> value != null && !((Collection<?>) value).isEmpty();
        } else if (type == Positive.class) {
            return value -> value == null || signum((Number) value) > 0;
        } else if (type == PositiveOrZero.class) {
            return value -> value == null || signum((Number) value) >= 0;
        } else if (type == Identifier.class) { // the commonest: every id and reference; its validator's own test
            return value -> value == null || Identifier.Validator.isIdentifier((CharSequence) value);
        } else if (constraint.getConstraintValidatorClasses().size() == 1) {
            return validator(constraint);
        }
        throw unsupported(where, "@" + type.getName());
    }

    /** A constraint with a validator of its own: the validator, given a context that turns a report into "no". */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate<Object> validator(ConstraintDescriptor<?> constraint) {
        ConstraintValidator validator;
        try {
            validator = constraint.getConstraintValidatorClasses().get(0).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the validator of " + constraint.getAnnotation(), e);
        }
        validator.initialize(constraint.getAnnotation());
        return value -> {
            try {
                return validator.isValid(value, ReportMeansInvalid.CONTEXT);
            } catch (Reported invalid) {
                return false;
            }
        };
    }

    /** The constraints on a container's elements; an empty {@code Optional} holds {@code null}, as for HV. */
    private static Predicate<Object> elements(ContainerElementTypeDescriptor element, String where) {
        if (element.isCascaded() || !element.getConstrainedContainerElementTypes().isEmpty()) {
            throw unsupported(where, "@Valid or nested containers");
        }
        List<Predicate<Object>> all = new ArrayList<>();
        for (ConstraintDescriptor<?> constraint : element.getConstraintDescriptors()) {
            all.add(check(constraint, where));
        }
        Predicate<Object> each = allOf(all);
        Class<?> container = element.getContainerClass();
        Integer argument = element.getTypeArgumentIndex();
        if (container == Optional.class) {
            return value -> value == null || each.test(((Optional<?>) value).orElse(null));
        } else if (Collection.class.isAssignableFrom(container)) {
            return value -> value == null || allMatch((Collection<?>) value, each);
        } else if (Map.class.isAssignableFrom(container) && argument == 0) {
            return value -> value == null || allMatch(((Map<?, ?>) value).keySet(), each);
        } else if (Map.class.isAssignableFrom(container) && argument == 1) {
            return value -> value == null || allMatch(((Map<?, ?>) value).values(), each);
        }
        throw unsupported(where, "constraints on the elements of a " + container.getName());
    }

    private static boolean allMatch(Collection<?> values, Predicate<Object> check) {
        for (Object value : values) {
            if (!check.test(value)) {
                return false;
            }
        }
        return true;
    }

    private static int signum(Number number) {
        if (number instanceof Integer || number instanceof Long) {
            return Long.signum(number.longValue());
        } else if (number instanceof BigDecimal decimal) {
            return decimal.signum();
        }
        throw new IllegalStateException("no sign check for a " + number.getClass().getName());
    }

    @SuppressWarnings("unchecked")
    private static Predicate<Object> allOf(List<Predicate<Object>> checks) {
        if (checks.size() == 1) {
            return checks.get(0);
        }
        Predicate<Object>[] each = checks.toArray(Predicate[]::new);
        return value -> {
            for (Predicate<Object> check : each) {
                if (!check.test(value)) {
                    return false;
                }
            }
            return true;
        };
    }

    /**
     * The getter Hibernate Validator reads, {@code getX} or {@code isX}, as a plain function: a class of its own,
     * made by {@link LambdaMetafactory}, which the JIT compiles like a written call (reflection would not be).
     */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> getter(Class<?> type, String property) {
        String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        Method getter;
        try {
            getter = type.getMethod("get" + suffix);
        } catch (NoSuchMethodException notGet) {
            try {
                getter = type.getMethod("is" + suffix);
            } catch (NoSuchMethodException notIs) {
                throw unsupported(type.getName() + "." + property, "a getter other than get or is");
            }
        }
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            Class<?> result = MethodType.methodType(getter.getReturnType()).wrap().returnType();
            return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                    MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class),
                    lookup.unreflect(getter), MethodType.methodType(result, type)).getTarget().invoke();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot call " + getter + " from kichi-core", e);
        }
    }

    private static IllegalStateException unsupported(String where, String what) {
        return new IllegalStateException(where + " uses " + what + ", which Kichi's compiled constraints do not "
                + "know; add it to kg.kichi.core.validation.CompiledConstraints");
    }

    /** Thrown by {@link ReportMeansInvalid} when a validator reports a violation: the object is not valid. */
    private static final class Reported extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Reported INSTANCE = new Reported();

        private Reported() {
            super(null, null, false, false); // no stack trace: it only says "not valid"
        }
    }

    /**
     * The context handed to the model's validators. Each of them disables the default violation, then reports one
     * through the context only when the object is invalid; so reporting means "not valid", and ends the check.
     */
    private static final class ReportMeansInvalid implements ConstraintValidatorContext {
        static final ReportMeansInvalid CONTEXT = new ReportMeansInvalid();

        @Override
        public void disableDefaultConstraintViolation() {
            // no violation is built here
        }

        @Override
        public String getDefaultConstraintMessageTemplate() {
            throw Reported.INSTANCE;
        }

        @Override
        public ClockProvider getClockProvider() {
            throw Reported.INSTANCE;
        }

        @Override
        public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
            throw Reported.INSTANCE;
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw Reported.INSTANCE;
        }
    }
}
