package kg.kichi.json.internal.stream;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.kichi.json.SyntaxKind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Sorts Jackson's syntax errors into {@link SyntaxKind}s and builds the arguments of a {@code kichi.json.syntax}
 * problem: {@code kind}, the kind's own argument, and {@code detail} (Jackson's English text, for diagnostics).
 * Jackson states most errors only in its text, so the kinds are read from the exception's class first, then from
 * the start of its message; what does not match is {@link SyntaxKind#OTHER}, never wrong.
 */
final class SyntaxErrors {
    static final int MAX_DETAIL = 200;
    private static final int MAX_TOKEN = 40;
    private static final Pattern CODE = Pattern.compile("code (\\d+)");
    private static final Pattern BYTE = Pattern.compile("0x([0-9a-fA-F]{1,2})\\b");
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)'");

    private SyntaxErrors() {}

    /**
     * @param e a syntax error of Jackson's (not a limit, not an I/O error)
     * @return the arguments of its problem
     */
    static Map<String, Object> arguments(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        Map<String, Object> arguments = classify(e, message);
        arguments.put("detail", shorten(message, MAX_DETAIL));
        return arguments;
    }

    /**
     * @param kind a kind without an argument of its own
     * @param detail the English detail
     * @return the arguments of its problem
     */
    static Map<String, Object> arguments(SyntaxKind kind, String detail) {
        Map<String, Object> arguments = kind(kind);
        arguments.put("detail", shorten(detail, MAX_DETAIL));
        return arguments;
    }

    private static Map<String, Object> classify(JacksonException e, String message) {
        if (e instanceof UnexpectedEndOfInputException || message.startsWith("Unexpected end-of-input")) {
            return kind(SyntaxKind.UNEXPECTED_END);
        }
        if (message.startsWith("Invalid UTF-8")) {
            Matcher b = BYTE.matcher(message);
            return kind(SyntaxKind.INVALID_UTF8, "byte",
                    b.find() ? "0x" + b.group(1).toUpperCase(Locale.ROOT) : "?");
        }
        String character = character(message);
        if (message.startsWith("Unrecognized character escape") || message.contains("character escape sequence")) {
            return character == null ? kind(SyntaxKind.OTHER) : kind(SyntaxKind.INVALID_ESCAPE, "character", character);
        }
        if (message.startsWith("Illegal unquoted character")) {
            return character == null ? kind(SyntaxKind.OTHER)
                    : kind(SyntaxKind.CONTROL_CHARACTER, "character", character);
        }
        if (e instanceof InputCoercionException || message.startsWith("Invalid numeric value")
                || message.contains(") in numeric value")) {
            return kind(SyntaxKind.INVALID_NUMBER);
        }
        for (String prefix : new String[] {"Unrecognized token '", "Non-standard token '"}) {
            if (message.startsWith(prefix)) {
                int end = message.indexOf("':", prefix.length());
                String token = message.substring(prefix.length(), end < 0 ? message.length() : end);
                return kind(SyntaxKind.INVALID_TOKEN, "token", shorten(token, MAX_TOKEN));
            }
        }
        if ((message.startsWith("Unexpected character (") || message.startsWith("Illegal character ("))
                && character != null) {
            return kind(SyntaxKind.UNEXPECTED_CHARACTER, "character", character);
        }
        Matcher close = CLOSE_MARKER.matcher(message);
        if (close.find()) {
            return kind(SyntaxKind.UNEXPECTED_CHARACTER, "character", close.group(1));
        }
        return kind(SyntaxKind.OTHER);
    }

    /** The character Jackson names by its code ({@code ('}' (code 125))}), shown as is or as U+XXXX. */
    private static String character(String message) {
        Matcher m = CODE.matcher(message);
        if (!m.find()) {
            return null;
        }
        try {
            return display(Integer.parseInt(m.group(1)));
        } catch (IllegalArgumentException tooLarge) {
            return null;
        }
    }

    /**
     * @param codePoint a character
     * @return the character itself when it can be seen, else its U+XXXX form (controls, spaces, format marks such as
     *     the byte order mark, surrogates, unassigned code points)
     */
    static String display(int codePoint) {
        int type = Character.getType(codePoint);
        boolean invisible = Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint) || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
        return invisible ? String.format(Locale.ROOT, "U+%04X", codePoint) : new String(Character.toChars(codePoint));
    }

    private static Map<String, Object> kind(SyntaxKind kind) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("kind", kind.argument());
        return arguments;
    }

    private static Map<String, Object> kind(SyntaxKind kind, String name, String value) {
        Map<String, Object> arguments = kind(kind);
        arguments.put(name, value);
        return arguments;
    }

    static String shorten(String text, int max) {
        return text.length() > max ? text.substring(0, max) + "…" : text;
    }
}
