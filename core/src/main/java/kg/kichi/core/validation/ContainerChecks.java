package kg.kichi.core.validation;

import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.kichi.core.validation.FastConstraints.Unsupported;
import kg.kichi.core.validation.FastConstraints.ValueCheck;

/**
 * Turns the constraints on a container's elements ({@code List<@NotNull X>}, {@code Optional<@Positive Integer>},
 * {@code Map<@NotBlank String, V>}) into a {@link ValueCheck} on the container: each element is checked, an empty
 * {@code Optional} has none.
 */
final class ContainerChecks {
    /** {@code List<@NotNull X>}, one instance, so that {@link Plan} recognises it and does it itself. */
    static final ValueCheck LIST_OF_NOT_NULL = ContainerChecks::hasNoNull;

    /** {@code Optional<@Identifier String>}, one instance, for the same reason. */
    static final ValueCheck OPTIONAL_IDENTIFIER = ContainerChecks::isEmptyOrIdentifier;

    /** {@code Map<@NotNull K, V>}, one instance, for the same reason. */
    static final ValueCheck KEYS_NOT_NULL = value -> hasNoNullEntry(value, true, false);

    /** {@code Map<K, @NotNull V>}, one instance, for the same reason. */
    static final ValueCheck VALUES_NOT_NULL = value -> hasNoNullEntry(value, false, true);

    private ContainerChecks() {}

    /**
     * {@code List<@NotNull X>}: whether a list, if any, holds no {@code null}.
     *
     * <p>By index, with no interface type checks per value: they are slow when one class meets several.
     */
    static boolean hasNoNull(Object value) {
        if (value != null) {
            List<?> list = (List<?>) value;
            for (int i = 0, n = list.size(); i < n; i++) {
                if (list.get(i) == null) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * {@code Map<@NotNull K, @NotNull V>} and either half of it: whether a map, if any, has no {@code null} key
     * (when asked) and no {@code null} value (when asked).
     */
    static boolean hasNoNullEntry(Object value, boolean keys, boolean values) {
        if (value != null && !((Map<?, ?>) value).isEmpty()) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                if (keys && entry.getKey() == null || values && entry.getValue() == null) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code Optional<@Identifier String>}: whether an optional, if any, is empty or holds an identifier. */
    static boolean isEmptyOrIdentifier(Object value) {
        return value == null || ((Optional<?>) value).isEmpty() || ValueChecks.identifier(((Optional<?>) value).get());
    }

    static ValueCheck of(ContainerElementTypeDescriptor element) {
        if (element.isCascaded()) {
            throw new Unsupported();
        }
        List<ValueCheck> checks = new ArrayList<>();
        for (ConstraintDescriptor<?> constraint : element.getConstraintDescriptors()) {
            checks.add(ValueChecks.of(constraint));
        }
        for (ContainerElementTypeDescriptor nested : element.getConstrainedContainerElementTypes()) {
            checks.add(of(nested));
        }
        ValueCheck[] each = checks.toArray(ValueCheck[]::new);
        Class<?> container = element.getContainerClass();
        int argument = element.getTypeArgumentIndex() == null ? -1 : element.getTypeArgumentIndex();
        if (container == Optional.class && each.length == 1 && each[0] == ValueChecks.IDENTIFIER) {
            return OPTIONAL_IDENTIFIER;
        } else if (container == Optional.class) {
            ValueCheck only = each.length == 1 ? each[0] : null;
            if (only != null) {
                return value -> value == null || ((Optional<?>) value).isEmpty() || only.passes(((Optional<?>) value).get());
            }
            return value -> value == null || ((Optional<?>) value).isEmpty() || all(each, ((Optional<?>) value).get());
        } else if (List.class.isAssignableFrom(container) && argument == 0 && each.length == 1
                && each[0] == ValueChecks.NOT_NULL) {
            return LIST_OF_NOT_NULL;
        } else if (List.class.isAssignableFrom(container) && argument == 0) {
            // by index, with no interface type checks per value: they are slow when one class meets several
            return value -> {
                if (value != null) {
                    List<?> list = (List<?>) value;
                    for (int i = 0, n = list.size(); i < n; i++) {
                        if (!all(each, list.get(i))) {
                            return false;
                        }
                    }
                }
                return true;
            };
        } else if (Iterable.class.isAssignableFrom(container) && argument == 0) {
            return value -> {
                if (value != null) {
                    for (Object item : (Iterable<?>) value) {
                        if (!all(each, item)) {
                            return false;
                        }
                    }
                }
                return true;
            };
        } else if (Map.class.isAssignableFrom(container) && (argument == 0 || argument == 1) && each.length == 1
                && each[0] == ValueChecks.NOT_NULL) {
            return argument == 0 ? KEYS_NOT_NULL : VALUES_NOT_NULL;
        } else if (Map.class.isAssignableFrom(container) && (argument == 0 || argument == 1)) {
            boolean keys = argument == 0;
            return value -> {
                if (value != null) {
                    for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                        if (!all(each, keys ? entry.getKey() : entry.getValue())) {
                            return false;
                        }
                    }
                }
                return true;
            };
        }
        throw new Unsupported();
    }

    private static boolean all(ValueCheck[] checks, Object value) {
        for (ValueCheck check : checks) {
            if (!check.passes(value)) {
                return false;
            }
        }
        return true;
    }
}
