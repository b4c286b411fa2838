package kg.kichi.core;

import java.util.Objects;
import java.util.Optional;

/**
 * An enum constant with a stable lower-kebab code, the form JSON and other external formats use instead of the
 * Java name ({@code public-foundation}, not {@code PUBLIC_FOUNDATION}).
 */
public interface Coded {
    /** @return the stable code */
    String getCode();

    /**
     * Finds the constant of an enum with a code.
     *
     * @param type the enum
     * @param code the code, may be null
     * @param <E> the enum type
     * @return the constant, or empty when no constant has that code
     */
    static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        Objects.requireNonNull(type, "type");
        for (E constant : type.getEnumConstants()) {
            if (constant.getCode().equals(code)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
