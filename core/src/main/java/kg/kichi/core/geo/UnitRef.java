package kg.kichi.core.geo;

import java.util.Map;
import java.util.Objects;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.internal.Tokens;
import kg.kichi.core.validation.Violation;
import kg.kichi.core.internal.ViolationCollector;

/**
 * A reference to an administrative unit by a code in a vocabulary: {@code iso3166-2:KG-N} (Naryn Region),
 * {@code soate:41704000000000}, or {@code kichi:…} for units that have neither.
 *
 * <p>The model refers to places only through this reference; the units themselves, their names and their
 * hierarchy live in a {@code Gazetteer}.
 */
public final class UnitRef implements Comparable<UnitRef> {
    /** ISO 3166-1 alpha-2 country codes: {@code KG}. */
    public static final String ISO_3166_1 = "iso3166-1";
    /** ISO 3166-2 subdivision codes: {@code KG-N}. */
    public static final String ISO_3166_2 = "iso3166-2";
    /** Kyrgyzstan's national classifier of administrative-territorial units (СОАТЕ): {@code 41704000000000}. */
    public static final String SOATE = "soate";
    /** Stable codes of Kichi's own, for units no public classifier gives. */
    public static final String KICHI = "kichi";

    private final String scheme;
    private final String code;

    private UnitRef(String scheme, String code) {
        this.scheme = scheme;
        this.code = code;
    }

    /**
     * A reference by scheme and code.
     *
     * @param scheme the vocabulary, e.g. {@link #ISO_3166_2}
     * @param code the code in it
     * @return the reference
     * @throws InvalidModelException if either is malformed
     */
    public static UnitRef of(String scheme, String code) {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(code, "code");
        boolean schemeOk = isScheme(scheme);
        boolean codeOk = isCode(code);
        if (!schemeOk || !codeOk) {
            ViolationCollector problems = new ViolationCollector("UnitRef");
            problems.check(schemeOk, "scheme", "kichi.token", Map.of("value", String.valueOf(scheme)));
            problems.check(codeOk, "code", "kichi.token", Map.of("value", String.valueOf(code)));
            problems.throwIfAny();
        }
        return new UnitRef(scheme, code);
    }

    /** {@code [a-z][a-z0-9-]{0,19}}, without a regular expression engine: references are read by the thousand. */
    static boolean isScheme(String s) {
        if (s == null || s.isEmpty() || s.length() > 20) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || i > 0 && (c >= '0' && c <= '9' || c == '-'))) {
                return false;
            }
        }
        return true;
    }

    /** {@code [A-Za-z0-9][A-Za-z0-9._-]{0,39}}. */
    static boolean isCode(String s) {
        return Tokens.isToken(s, 40, "._-");
    }

    /**
     * A reference by ISO 3166-2 code, or by ISO 3166-1 code for a whole country.
     *
     * @param code e.g. {@code KG-N}, or {@code KG}: two capital letters, then for a subdivision a hyphen and one
     *     to three capital letters or digits
     * @return the reference
     * @throws InvalidModelException with code {@code kichi.geo.iso}, naming the value, when it is of neither form
     *     (such as {@code kg-n}, {@code KGZ} or {@code Naryn}); whether the code is assigned is the gazetteer's
     *     business
     */
    public static UnitRef iso(String code) {
        Objects.requireNonNull(code, "code");
        int form = isoForm(code);
        if (form == 0) {
            ViolationCollector problems = new ViolationCollector("UnitRef");
            problems.check(false, "code", "kichi.geo.iso", Map.of("value", String.valueOf(code)));
            problems.throwIfAny();
        }
        return new UnitRef(form == 1 ? ISO_3166_1 : ISO_3166_2, code);
    }

    /**
     * The form of an ISO code: {@code [A-Z]{2}} (1), {@code [A-Z]{2}-[A-Z0-9]{1,3}} (2) or neither (0).
     */
    private static int isoForm(String code) {
        if (code == null || code.length() < 2 || !isCapital(code.charAt(0)) || !isCapital(code.charAt(1))) {
            return 0;
        }
        if (code.length() == 2) {
            return 1;
        }
        if (code.length() < 4 || code.length() > 6 || code.charAt(2) != '-') {
            return 0;
        }
        for (int i = 3; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!isCapital(c) && !(c >= '0' && c <= '9')) {
                return 0;
            }
        }
        return 2;
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * A reference by SOATE code.
     *
     * @param code e.g. {@code 41704000000000}
     * @return the reference
     */
    public static UnitRef soate(String code) {
        Objects.requireNonNull(code, "code");
        return of(SOATE, code);
    }

    /**
     * Parses {@code scheme:code}.
     *
     * @param text e.g. {@code iso3166-2:KG-N}
     * @return the reference
     * @throws InvalidModelException if the text is not of that form
     */
    public static UnitRef parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        int colon = s.indexOf(':');
        if (colon < 0) {
            throw new InvalidModelException("UnitRef", Violation.of("", "kichi.unit.format", Map.of("value", s)));
        }
        String scheme = commonScheme(s, colon);
        return of(scheme != null ? scheme : s.substring(0, colon), s.substring(colon + 1));
    }

    /**
     * The constant for a common scheme that the text starts with, so that parsing copies only the code out of the
     * text (and equal references mostly share their scheme instance).
     *
     * @param text the reference's text
     * @param length the scheme's length in the text: the index of its colon
     * @return the constant, or {@code null} when the scheme is another
     */
    private static String commonScheme(String text, int length) {
        if (length == SOATE.length()) { // == KICHI.length()
            return text.startsWith(SOATE) ? SOATE : text.startsWith(KICHI) ? KICHI : null;
        } else if (length == ISO_3166_2.length()) { // == ISO_3166_1.length()
            return text.startsWith(ISO_3166_2) ? ISO_3166_2 : text.startsWith(ISO_3166_1) ? ISO_3166_1 : null;
        }
        return null;
    }

    /** @return the vocabulary */
    public String getScheme() {
        return scheme;
    }

    /** @return the code */
    public String getCode() {
        return code;
    }

    @Override
    public int compareTo(UnitRef o) {
        int c = scheme.compareTo(o.scheme);
        return c != 0 ? c : code.compareTo(o.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitRef u && scheme.equals(u.scheme) && code.equals(u.code);
    }

    @Override
    public int hashCode() {
        return scheme.hashCode() * 31 + code.hashCode();
    }

    /** @return {@code scheme:code} */
    @Override
    public String toString() {
        return scheme + ":" + code;
    }
}
