package kg.kichi.core.validation;

import jakarta.validation.GroupSequence;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.validator.group.GroupSequenceProvider;

/**
 * A fast answer to "does this object satisfy every constraint?", compiled once per class from the constraint
 * metadata Hibernate Validator reads from the annotations — which stay the only statement of the rules.
 *
 * <p>Why: Hibernate Validator costs about half a microsecond per object even when nothing is wrong, and every
 * builder of the model validates, so reading a large document spent a third of its time there. The fast path
 * only ever answers "valid" or "ask Hibernate Validator": when it finds a possible violation, when a custom
 * validator touches its context (to report), or when a class uses a feature it does not know (groups, group
 * sequences, cascades, constraints it has no check for), the caller falls back to Hibernate Validator, which
 * produces the report. So violations are always Hibernate Validator's, and an object is rejected only when
 * Hibernate Validator rejects it.
 *
 * <p>With the system property {@value #CROSS_CHECK} set to {@code true}, every answer for a compiled class is
 * checked against Hibernate Validator and a disagreement either way throws {@link AssertionError}: "valid" for an
 * object it rejects would be a bug; "ask Hibernate Validator" for one it accepts means the fast path is slow for
 * that object, which the model's own classes should never be. The test suites run that way.
 */
final class FastConstraints {
    /** The system property that makes every answer be checked against Hibernate Validator. */
    static final String CROSS_CHECK = "kg.kichi.validation.crossCheck";

    private static final ClassValue<Plan> PLANS = new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
            try {
                return compile(type, Validity.validator());
            } catch (ReflectiveOperationException | RuntimeException | LinkageError unsupported) {
                return Plan.UNSUPPORTED; // always correct: Hibernate Validator decides every object
            }
        }
    };

    private FastConstraints() {}

    /**
     * Whether the object certainly satisfies every constraint of its class.
     *
     * @param object the object, not null
     * @return {@code true} when valid; {@code false} when Hibernate Validator must decide
     */
    static boolean passes(Object object) {
        Plan plan = PLANS.get(object.getClass());
        try {
            return plan.passes(object);
        } catch (RuntimeException | LinkageError bailOrThrowingGetter) {
            return false; // Hibernate Validator decides, and reports whatever it finds
        }
    }

    /**
     * Whether a class has a fast plan, or always goes to Hibernate Validator.
     *
     * @param type the class
     * @return {@code true} when compiled
     */
    static boolean isCompiled(Class<?> type) {
        return PLANS.get(type).isCompiled();
    }

    static Plan compile(Class<?> type, Validator validator) throws ReflectiveOperationException {
        if (hasGroupSequence(type) || !isVisibleFromCore(type)) {
            throw new Unsupported();
        }
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        List<ValueCheck> classChecks = new ArrayList<>();
        for (ConstraintDescriptor<?> constraint : bean.getConstraintDescriptors()) {
            classChecks.add(ValueChecks.of(constraint));
        }
        Plan.Builder plan = new Plan.Builder();
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            property(type, property, plan);
        }
        return plan.build(classChecks.toArray(ValueCheck[]::new));
    }

    private static void property(Class<?> type, PropertyDescriptor property, Plan.Builder plan)
            throws ReflectiveOperationException {
        if (property.isCascaded()) {
            throw new Unsupported();
        }
        Method getter = getter(type, property.getPropertyName());
        if (!property.getConstraintDescriptors().isEmpty() && isUnwrappedByDefault(getter.getReturnType())) {
            throw new Unsupported(); // implicit unwrapping: not worth mirroring while the model does not use it
        }
        if (hasConstrainedField(type, property.getPropertyName())) {
            throw new Unsupported(); // Hibernate Validator reads such a field itself, not through the getter
        }
        List<ValueCheck> checks = new ArrayList<>();
        for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
            if (constraint.getValueUnwrapping() == ValidateUnwrappedValue.UNWRAP) {
                throw new Unsupported();
            }
            checks.add(ValueChecks.of(constraint));
        }
        for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
            checks.add(ContainerChecks.of(element));
        }
        plan.property(accessor(type, getter), checks);
    }

    /** The one public getter of a property, {@code getX}, {@code isX} or {@code hasX}; more than one is unclear. */
    private static Method getter(Class<?> type, String property) throws NoSuchMethodException {
        String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        Method found = null;
        for (String prefix : new String[] {"get", "is", "has"}) {
            try {
                Method getter = type.getMethod(prefix + suffix);
                if (found != null) {
                    throw new Unsupported();
                }
                found = getter;
            } catch (NoSuchMethodException absent) {
                // try the next prefix
            }
        }
        if (found == null) {
            throw new NoSuchMethodException(type.getName() + ": no getter of " + property);
        }
        return found;
    }

    /** Types Hibernate Validator unwraps by default, applying a property's constraints to what they hold. */
    private static boolean isUnwrappedByDefault(Class<?> type) {
        return type == Optional.class || type == OptionalInt.class || type == OptionalLong.class
                || type == OptionalDouble.class || type.getName().startsWith("javafx.");
    }

    private static boolean hasConstrainedField(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (java.lang.reflect.Field field : c.getDeclaredFields()) {
                if (field.getName().equals(name) && hasAnnotations(field.getAnnotatedType())
                        || field.getName().equals(name) && field.getAnnotations().length > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasAnnotations(AnnotatedType type) {
        if (type.getAnnotations().length > 0) {
            return true;
        }
        if (type instanceof AnnotatedParameterizedType parameterized) {
            for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                if (hasAnnotations(argument)) {
                    return true;
                }
            }
        }
        return type instanceof AnnotatedArrayType array && hasAnnotations(array.getAnnotatedGenericComponentType());
    }

    /** The generated accessors live beside this class: a class its loader cannot see is left to the validator. */
    private static boolean isVisibleFromCore(Class<?> type) {
        try {
            return Class.forName(type.getName(), false, FastConstraints.class.getClassLoader()) == type;
        } catch (ClassNotFoundException | LinkageError invisible) {
            return false;
        }
    }

    /** The getter as a plain function: a lambda class of its own calls it about as fast as compiled code would. */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> accessor(Class<?> type, Method getter) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle target = lookup.unreflect(getter);
            Class<?> result = MethodType.methodType(getter.getReturnType()).wrap().returnType();
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), target, MethodType.methodType(result, type));
            return (Function<Object, Object>) site.getTarget().invoke();
        } catch (Throwable cannot) {
            throw new Unsupported();
        }
    }

    private static boolean hasGroupSequence(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(GroupSequence.class) || c.isAnnotationPresent(GroupSequenceProvider.class)) {
                return true;
            }
        }
        return false;
    }

    static void requireDefaultGroup(ConstraintDescriptor<?> constraint) {
        Set<Class<?>> groups = constraint.getGroups(); // with Default, the declaring class's own implicit group
        if (!groups.contains(Default.class)) {
            throw new Unsupported();
        }
    }

    /** One constraint, or a container's element constraints, applied to one value. */
    @FunctionalInterface
    interface ValueCheck {
        boolean passes(Object value);
    }

    /** A class or constraint the fast path does not handle: the class always goes to Hibernate Validator. */
    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** Thrown while checking when only Hibernate Validator can tell: the object goes to it. */
    static final class Bail extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Bail INSTANCE = new Bail();

        private Bail() {
            super(null, null, false, false);
        }
    }
}
