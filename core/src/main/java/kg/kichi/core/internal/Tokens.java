package kg.kichi.core.internal;

/**
 * The character rule behind the model's identifiers and codes: a letter or digit (ASCII), then letters, digits or
 * a few punctuation marks, up to a length — {@code [A-Za-z0-9][A-Za-z0-9<punctuation>]{0,max-1}} — checked without
 * a regular expression engine, as documents carry such tokens by the thousand.
 */
public final class Tokens {
    /** The digits, as bits of the characters 0 to 63. */
    private static final long DIGITS = 0x03FF_0000_0000_0000L;
    /** The letters, as bits of the characters 64 to 127 (bit {@code c - 64}). */
    private static final long LETTERS = 0x07FF_FFFE_07FF_FFFEL;

    private Tokens() {}

    /**
     * Whether a text is a token.
     *
     * <p>The ASCII characters allowed after the first are turned into a 128-bit set, two {@code long}s, on each
     * call, so that each character is one bit test; kept for speed (see benchmarks/README.md).
     *
     * @param text the text, or {@code null} (not a token)
     * @param maxLength the longest token allowed
     * @param punctuation the characters allowed after the first besides letters and digits, e.g. {@code "._-"}
     * @return whether the text matches {@code [A-Za-z0-9][A-Za-z0-9<punctuation>]{0,maxLength-1}}
     */
    public static boolean isToken(CharSequence text, int maxLength, String punctuation) {
        if (text == null) {
            return false;
        }
        String string = text instanceof String s ? s : text.toString(); // for speed: benchmarks/README.md
        int length = string.length();
        if (length == 0 || length > maxLength || !isAsciiLetterOrDigit(string.charAt(0))) {
            return false;
        }
        long low = DIGITS; // the characters 0 to 63 allowed after the first
        long high = LETTERS; // and 64 to 127
        for (int i = 0; i < punctuation.length(); i++) {
            char c = punctuation.charAt(i);
            if (c < 64) {
                low |= 1L << c;
            } else if (c < 128) {
                high |= 1L << c; // a shift by c is one by c % 64
            }
        }
        for (int i = 1; i < length; i++) {
            char c = string.charAt(i);
            if (c < 128 ? ((c < 64 ? low : high) >>> c & 1) == 0 : punctuation.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a character is an ASCII letter or digit.
     *
     * @param c the character
     * @return whether it is {@code [A-Za-z0-9]}
     */
    public static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
