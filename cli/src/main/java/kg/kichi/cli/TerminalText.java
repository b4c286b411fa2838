package kg.kichi.cli;

import java.util.Locale;

/**
 * Text from documents and command lines made safe to print as one line of a terminal: every control character
 * (C0, DEL, C1), the line and paragraph separators and the bidirectional overrides and isolates are written as
 * escapes ({@code \n}, {@code \r}, {@code \t}, else {@code \}{@code uXXXX}), so that a value cannot start a line
 * that looks like another file's problem, or send escape sequences to the terminal.
 */
public final class TerminalText {
    private TerminalText() {}

    /**
     * @param text any text, or {@code null}
     * @return the text with its control characters escaped; {@code "null"} for {@code null}
     */
    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        int i = 0;
        while (i < text.length() && !control(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!control(c)) {
                b.append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else {
                b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return b.toString();
    }

    private static boolean control(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
