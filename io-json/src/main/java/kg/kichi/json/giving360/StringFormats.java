package kg.kichi.json.giving360;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The two string {@code format}s the 360Giving schemas assert: {@code date-time} (RFC 3339) and {@code uri}
 * (an absolute RFC 3986 URI). Other formats are annotations and are not checked.
 *
 * <p>Invariants: each check is total (any string gives true or false, never an exception) and reads only its
 * argument. Stateless.
 */
final class StringFormats {
    private StringFormats() {}

    /**
     * @param text a string
     * @return whether it is an RFC 3339 date-time: a real date, hours 00-23, minutes 00-59, seconds 00-60 (a leap
     *     second), an offset up to ±23:59
     */
    static boolean isDateTime(String text) {
        // date "T" time, optional fraction, then "Z" or an offset: read by position, as the form is fixed
        int n = text.length();
        if (n < 20 || !digits(text, 0, 4) || text.charAt(4) != '-' || !digits(text, 5, 2) || text.charAt(7) != '-'
                || !digits(text, 8, 2) || text.charAt(10) != 'T' && text.charAt(10) != 't' || !digits(text, 11, 2)
                || text.charAt(13) != ':' || !digits(text, 14, 2) || text.charAt(16) != ':' || !digits(text, 17, 2)) {
            return false;
        }
        int i = 19;
        if (text.charAt(i) == '.') {
            int fraction = ++i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == fraction) {
                return false;
            }
        }
        if (i >= n) {
            return false;
        }
        char zone = text.charAt(i);
        boolean offset = zone == '+' || zone == '-';
        if (offset ? n - i != 6 || !digits(text, i + 1, 2) || text.charAt(i + 3) != ':' || !digits(text, i + 4, 2)
                : zone != 'Z' && zone != 'z' || i + 1 != n) {
            return false;
        }
        try {
            LocalDate.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2));
            int second = number(text, 17, 2);
            LocalTime.of(number(text, 11, 2), number(text, 14, 2), Math.min(second, 59));
            if (second == 60 || !offset) {
                return second <= 60;
            }
            return number(text, i + 1, 2) <= 23 && number(text, i + 4, 2) <= 59;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /**
     * @param text a string
     * @return whether it is an absolute URI (RFC 3986): it parses and has a scheme
     */
    static boolean isUri(String text) {
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean digits(String text, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** @return the number written by {@code count} digits from {@code from} */
    private static int number(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
