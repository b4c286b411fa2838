package kg.kichi.core.internal;

import java.math.BigDecimal;
import java.util.Map;

/** Decimal numbers written as text, as money, scales and scores take them. */
public final class Decimals {
    /** Longer texts are not read: {@link BigDecimal}'s parse of a huge exponent or digit string is not bounded. */
    private static final int MAX_LENGTH = 40;

    private Decimals() {}

    /**
     * @param text the text, not null
     * @return the number, or null when the text is not a decimal number of at most 40 characters
     */
    public static BigDecimal parse(String text) {
        if (text.length() <= MAX_LENGTH) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException notADecimal) {
                // not a number
            }
        }
        return null;
    }

    /**
     * @param text the text, not null
     * @param path the property it is for
     * @param problems where a text that is not a decimal of at most 40 characters is reported
     *     ({@code kichi.decimal.format}, quoting at most 40 characters of it)
     * @return the number, or null when it was reported
     */
    public static BigDecimal parse(String text, String path, ViolationCollector problems) {
        BigDecimal number = parse(text);
        if (number == null) {
            String quoted = text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "…";
            problems.check(false, path, "kichi.decimal.format", Map.of("value", quoted));
        }
        return number;
    }
}
