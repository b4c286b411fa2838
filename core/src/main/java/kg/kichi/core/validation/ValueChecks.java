package kg.kichi.core.validation;

import jakarta.validation.ConstraintTarget;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import kg.kichi.core.internal.Tokens;
import kg.kichi.core.validation.FastConstraints.Bail;
import org.hibernate.validator.constraints.CompositionType;
import org.hibernate.validator.constraints.ConstraintComposition;
import kg.kichi.core.validation.FastConstraints.Unsupported;
import kg.kichi.core.validation.FastConstraints.ValueCheck;

/**
 * Turns one constraint into a {@link ValueCheck}: the Bean Validation constraints the model uses, each with
 * Hibernate Validator's semantics (null is valid except for {@code @NotNull}, {@code @NotBlank},
 * {@code @NotEmpty}), the model's own constraints through their validators, and composed constraints through
 * their parts. Anything else is {@link Unsupported}.
 */
final class ValueChecks {
    /** A constraint with no check of its own: one made only of other constraints. */
    private static final ValueCheck NOTHING = value -> true;

    /** {@code @NotNull}, one instance, so that {@link Plan} recognises the commonest checks and does them itself. */
    static final ValueCheck NOT_NULL = value -> value != null;

    /** {@code @Identifier}, one instance, for the same reason. */
    static final ValueCheck IDENTIFIER = ValueChecks::identifier;

    private ValueChecks() {}

    static ValueCheck of(ConstraintDescriptor<?> constraint) {
        FastConstraints.requireDefaultGroup(constraint);
        if (constraint.getValidationAppliesTo() == ConstraintTarget.PARAMETERS) {
            throw new Unsupported();
        }
        ConstraintComposition composition =
                constraint.getAnnotation().annotationType().getAnnotation(ConstraintComposition.class);
        if (composition != null && composition.value() != CompositionType.AND) {
            throw new Unsupported(); // OR and ALL_FALSE: the parts do not simply all have to hold
        }
        List<ValueCheck> checks = new ArrayList<>();
        ValueCheck own = own(constraint);
        if (own != NOTHING) {
            checks.add(own);
        }
        for (ConstraintDescriptor<?> part : constraint.getComposingConstraints()) {
            checks.add(of(part));
        }
        return checks.size() == 1 ? checks.get(0) : checks.isEmpty() ? NOTHING : all(checks.toArray(ValueCheck[]::new));
    }

    private static ValueCheck all(ValueCheck[] checks) {
        return value -> {
            for (ValueCheck check : checks) {
                if (!check.passes(value)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static ValueCheck own(ConstraintDescriptor<?> constraint) {
        Annotation annotation = constraint.getAnnotation();
        Class<? extends Annotation> type = annotation.annotationType();
        if (type == NotNull.class) {
            return NOT_NULL;
        } else if (type == Identifier.class) {
            return IDENTIFIER;
        } else if (type == Null.class) {
            return value -> value == null;
        } else if (type == NotBlank.class) {
            return value -> value != null && !text(value).toString().isBlank();
        } else if (type == NotEmpty.class) {
            return value -> value != null && size(value) > 0;
        } else if (type == Size.class) {
            Size size = (Size) annotation;
            return value -> value == null || size.min() <= size(value) && size(value) <= size.max();
        } else if (type == Pattern.class) {
            return pattern((Pattern) annotation);
        } else if (type == Positive.class) {
            return value -> value == null || signum(value) > 0;
        } else if (type == PositiveOrZero.class) {
            return value -> value == null || signum(value) >= 0;
        } else if (type.getName().startsWith("jakarta.validation.") || type.getName().startsWith("org.hibernate.")) {
            throw new Unsupported();
        }
        return custom(constraint);
    }

    private static ValueCheck pattern(Pattern annotation) {
        if (annotation.flags().length == 0 && annotation.regexp().equals(Identifier.PATTERN)) {
            return IDENTIFIER;
        }
        int flags = 0;
        for (Pattern.Flag flag : annotation.flags()) {
            flags |= flag.getValue();
        }
        java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(annotation.regexp(), flags);
        return value -> value == null || compiled.matcher(text(value)).matches();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ValueCheck custom(ConstraintDescriptor<?> constraint) {
        List<? extends Class<? extends ConstraintValidator<?, ?>>> classes = constraint.getConstraintValidatorClasses();
        if (classes.isEmpty()) {
            if (constraint.getComposingConstraints().isEmpty()) {
                throw new Unsupported();
            }
            return NOTHING;
        }
        if (classes.size() != 1) {
            throw new Unsupported();
        }
        ConstraintValidator validator;
        try {
            validator = classes.get(0).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new Unsupported();
        }
        validator.initialize(constraint.getAnnotation());
        return value -> validator.isValid(value, BailingContext.INSTANCE);
    }

    /**
     * {@code @Identifier} (or {@code @Pattern(regexp = Identifier.PATTERN)}): {@code null}, or an identifier.
     *
     * <p>It also computes a {@code String}'s hash code, which the string keeps. Why: identifiers and references
     * are hashed later, when a catalogue's integrity check puts them in tables, by then long after they were
     * read, so hashing would fetch each string's bytes from memory again; here they were just scanned and are in
     * the cache.
     */
    static boolean identifier(Object value) {
        if (value == null) {
            return true;
        } else if (value instanceof String string) {
            boolean valid = isIdentifier(string);
            string.hashCode(); // caches the hash in the string: see above
            return valid;
        }
        return isIdentifier(text(value));
    }

    /** {@link Identifier#PATTERN} without a regular expression engine: the hot path of every reference. */
    static boolean isIdentifier(CharSequence s) {
        return Tokens.isToken(s, 200, "._:/-");
    }

    private static CharSequence text(Object value) {
        if (value instanceof String string) { // a final class: a cheaper test than the interface
            return string;
        } else if (value instanceof CharSequence text) {
            return text;
        }
        throw Bail.INSTANCE;
    }

    private static int size(Object value) {
        if (value instanceof String string) {
            return string.length();
        } else if (value instanceof CharSequence text) {
            return text.length();
        } else if (value instanceof Collection<?> collection) {
            return collection.size();
        } else if (value instanceof Map<?, ?> map) {
            return map.size();
        } else if (value.getClass().isArray()) {
            return Array.getLength(value);
        }
        throw Bail.INSTANCE;
    }

    private static int signum(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Long.signum(((Number) value).longValue());
        } else if (value instanceof BigDecimal decimal) {
            return decimal.signum();
        } else if (value instanceof BigInteger integer) {
            return integer.signum();
        }
        throw Bail.INSTANCE;
    }
}
