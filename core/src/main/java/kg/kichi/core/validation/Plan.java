package kg.kichi.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import kg.kichi.core.validation.FastConstraints.ValueCheck;

/**
 * The checks of one class, compiled by {@link FastConstraints}: each constrained property's getter and what its
 * value must satisfy, then the class's own constraints.
 *
 * <p>The commonest property checks ({@code @NotNull}, {@code @NotNull @Identifier},
 * {@code Optional<@Identifier String>}, {@code List<@NotNull X>}, {@code Map<@NotNull K, @NotNull V>}) are
 * recognised when compiling and done here, by kind, rather than through a {@link ValueCheck}. Why: a plan serves
 * every class of the model, so each interface call in its loop meets many classes and cannot be inlined; by kind,
 * the getter is the only such call for most properties.
 */
final class Plan {
    /** {@code @NotNull}. */
    private static final byte REQUIRED = 0;
    /** {@code @NotNull @Identifier}, in either order. */
    private static final byte REQUIRED_IDENTIFIER = 1;
    /** {@code Optional<@Identifier String>}. */
    private static final byte OPTIONAL_IDENTIFIER = 2;
    /** {@code List<@NotNull X>}. */
    private static final byte LIST_OF_REQUIRED = 3;
    /** {@code Map<@NotNull K, @NotNull V>}, in either order. */
    private static final byte MAP_OF_REQUIRED = 4;
    /** Anything else: the property's {@link ValueCheck}. */
    private static final byte OTHER = 5;

    /** The plan of every class the fast path does not handle: it never passes an object. */
    static final Plan UNSUPPORTED = new Plan(null, null, null, null);

    private final Function<Object, Object>[] getters;
    private final byte[] kinds;
    /** For {@link #OTHER} properties, their checks as one; {@code null} for the others. */
    private final ValueCheck[] checks;
    /** {@code null} when the class is not supported: Hibernate Validator decides every object. */
    private final ValueCheck[] classChecks;

    private Plan(Function<Object, Object>[] getters, byte[] kinds, ValueCheck[] checks, ValueCheck[] classChecks) {
        this.getters = getters;
        this.kinds = kinds;
        this.checks = checks;
        this.classChecks = classChecks;
    }

    /** @return whether the class has checks of its own, rather than always going to Hibernate Validator */
    boolean isCompiled() {
        return classChecks != null;
    }

    /**
     * Whether an object of the class certainly satisfies every constraint.
     *
     * @param object the object
     * @return {@code true} when valid; {@code false} when Hibernate Validator must decide
     * @throws RuntimeException from a getter or a check that cannot tell (then Hibernate Validator decides)
     */
    boolean passes(Object object) {
        if (classChecks == null) {
            return false;
        }
        Function<Object, Object>[] getters = this.getters;
        byte[] kinds = this.kinds;
        for (int i = 0; i < getters.length; i++) {
            Object value = getters[i].apply(object);
            boolean passes;
            switch (kinds[i]) {
                case REQUIRED:
                    passes = value != null;
                    break;
                case REQUIRED_IDENTIFIER:
                    passes = value != null && ValueChecks.identifier(value);
                    break;
                case OPTIONAL_IDENTIFIER:
                    passes = ContainerChecks.isEmptyOrIdentifier(value);
                    break;
                case LIST_OF_REQUIRED:
                    passes = ContainerChecks.hasNoNull(value);
                    break;
                case MAP_OF_REQUIRED:
                    passes = ContainerChecks.hasNoNullEntry(value, true, true);
                    break;
                default:
                    passes = checks[i].passes(value);
            }
            if (!passes) {
                return false;
            }
        }
        for (ValueCheck check : classChecks) {
            if (!check.passes(object)) {
                return false;
            }
        }
        return true;
    }

    /** Collects the properties of a plan. */
    static final class Builder {
        private final List<Function<Object, Object>> getters = new ArrayList<>();
        private final List<ValueCheck> checks = new ArrayList<>();
        private final List<Byte> kinds = new ArrayList<>();

        /**
         * Adds a property.
         *
         * @param getter its getter
         * @param all the checks its value must pass
         */
        void property(Function<Object, Object> getter, List<ValueCheck> all) {
            byte kind = kindOf(all);
            getters.add(getter);
            kinds.add(kind);
            checks.add(kind == OTHER ? allOf(all) : null);
        }

        /**
         * The plan.
         *
         * @param classChecks the class's own constraints
         * @return the plan
         */
        @SuppressWarnings("unchecked")
        Plan build(ValueCheck[] classChecks) {
            byte[] kindArray = new byte[kinds.size()];
            for (int i = 0; i < kindArray.length; i++) {
                kindArray[i] = kinds.get(i);
            }
            return new Plan(getters.toArray(Function[]::new), kindArray, checks.toArray(ValueCheck[]::new), classChecks);
        }

        private static byte kindOf(List<ValueCheck> all) {
            if (all.size() == 1 && all.get(0) == ValueChecks.NOT_NULL) {
                return REQUIRED;
            } else if (all.size() == 2 && all.contains(ValueChecks.NOT_NULL) && all.contains(ValueChecks.IDENTIFIER)) {
                return REQUIRED_IDENTIFIER;
            } else if (all.size() == 1 && all.get(0) == ContainerChecks.OPTIONAL_IDENTIFIER) {
                return OPTIONAL_IDENTIFIER;
            } else if (all.size() == 1 && all.get(0) == ContainerChecks.LIST_OF_NOT_NULL) {
                return LIST_OF_REQUIRED;
            } else if (all.size() == 2 && all.contains(ContainerChecks.KEYS_NOT_NULL)
                    && all.contains(ContainerChecks.VALUES_NOT_NULL)) {
                return MAP_OF_REQUIRED;
            }
            return OTHER;
        }

        private static ValueCheck allOf(List<ValueCheck> all) {
            if (all.size() == 1) {
                return all.get(0);
            }
            ValueCheck[] each = all.toArray(ValueCheck[]::new);
            return value -> {
                for (ValueCheck check : each) {
                    if (!check.passes(value)) {
                        return false;
                    }
                }
                return true;
            };
        }
    }
}
