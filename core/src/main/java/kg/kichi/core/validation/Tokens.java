package kg.kichi.core.validation;

/**
 * The character rule behind the model's identifiers and codes: a letter or digit (ASCII), then letters, digits or
 * a few punctuation marks, up to a length — {@code [A-Za-z0-9][A-Za-z0-9<punctuation>]{0,max-1}} — checked without
 * a regular expression engine, as documents carry such tokens by the thousand.
 */
public final class Tokens {
    private Tokens() {}

    /**
     * Whether a text is a token.
     *
     * @param text the text, or {@code null} (not a token)
     * @param maxLength the longest token allowed
     * @param punctuation the characters allowed after the first besides letters and digits, e.g. {@code "._-"}
     * @return whether the text matches {@code [A-Za-z0-9][A-Za-z0-9<punctuation>]{0,maxLength-1}}
     */
    public static boolean isToken(CharSequence text, int maxLength, String punctuation) {
        if (text == null || text.length() == 0 || text.length() > maxLength) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isAsciiLetterOrDigit(c) && (i == 0 || punctuation.indexOf(c) < 0)) {
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
