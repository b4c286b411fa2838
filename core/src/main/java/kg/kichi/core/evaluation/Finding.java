package kg.kichi.core.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kg.kichi.core.validation.Messages;

/**
 * One line of the audit trail: a stable code (a message key such as {@code kichi.selection.noMoney}) and the
 * figures it states, each as text (amounts as {@code "KGS 1500.00"}, scores in plain decimals). The message is
 * rendered in English, Russian or Kyrgyz on demand.
 */
public final class Finding {
    private final String code;
    private final Map<String, String> arguments;

    private Finding(String code, Map<String, String> arguments) {
        this.code = code;
        this.arguments = arguments;
    }

    /**
     * A finding.
     *
     * @param code the message key
     * @param namesAndValues alternating argument names and values; each value is written with {@code toString},
     *     a {@link java.math.BigDecimal} in plain notation
     * @return the finding
     * @throws IllegalArgumentException if the names and values do not pair up
     */
    public static Finding of(String code, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("arguments of " + code + " do not pair up");
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object v = namesAndValues[i + 1];
            arguments.put(String.valueOf(namesAndValues[i]),
                    v instanceof java.math.BigDecimal d ? d.toPlainString() : String.valueOf(v));
        }
        return new Finding(Objects.requireNonNull(code, "code"), Collections.unmodifiableMap(arguments));
    }

    /** @return the stable code, a message key */
    public String getCode() {
        return code;
    }

    /** @return the figures, by name, in the order stated */
    public Map<String, String> getArguments() {
        return arguments;
    }

    /**
     * The message.
     *
     * @param locale {@code en}, {@code ru} or {@code ky}; English for any other
     * @return the rendered message
     */
    public String getMessage(Locale locale) {
        return Messages.format(code, arguments, locale);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && code.equals(f.code) && arguments.equals(f.arguments);
    }

    @Override
    public int hashCode() {
        return code.hashCode() * 31 + arguments.hashCode();
    }

    @Override
    public String toString() {
        return code + arguments;
    }
}
