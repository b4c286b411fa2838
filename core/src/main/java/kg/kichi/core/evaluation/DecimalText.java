package kg.kichi.core.evaluation;

import java.math.BigDecimal;
import java.util.Map;
import kg.kichi.core.internal.ViolationCollector;

/** Decimal numbers written as text, as scales and scores take them: a text that is not one is a violation. */
final class DecimalText {
    /** Longer texts are not read: {@link BigDecimal}'s parse of a huge exponent or digit string is not bounded. */
    private static final int MAX_LENGTH = 40;

    private DecimalText() {}

    /**
     * @param text the text, not null
     * @param path the property it is for
     * @param problems where a text that is not a decimal of at most 40 characters is reported
     *     ({@code kichi.decimal.format}, quoting at most 40 characters of it)
     * @return the number, or null when it was reported
     */
    static BigDecimal parse(String text, String path, ViolationCollector problems) {
        if (text.length() <= MAX_LENGTH) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException notADecimal) {
                // reported below
            }
        }
        String quoted = text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "…";
        problems.check(false, path, "kichi.decimal.format", Map.of("value", quoted));
        return null;
    }
}
