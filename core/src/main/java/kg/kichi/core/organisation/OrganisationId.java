package kg.kichi.core.organisation;

import java.util.Map;
import java.util.Objects;
import kg.kichi.core.internal.Tokens;
import kg.kichi.core.internal.ViolationCollector;

/**
 * A stable identifier of an organisation: a registry (scheme) and the organisation's number in it, in the
 * form of org-id.guide: {@code KG-INN-02404199910074}.
 *
 * <p>A scheme is a country code and a registry: {@code KG-INN} (taxpayer number), {@code KG-OKPO} (statistical
 * code). Organisations whose registry number is unknown get {@link #local(String) a local identifier} in the
 * scheme {@value #LOCAL_SCHEME}, unique within a dataset only.
 */
public final class OrganisationId implements Comparable<OrganisationId> {
    /** Kyrgyzstan's individual taxpayer number (ИНН). */
    public static final String KG_INN = "KG-INN";
    /** Kyrgyzstan's statistical enterprise code (ОКПО). */
    public static final String KG_OKPO = "KG-OKPO";
    /**
     * Kichi's local scheme, for organisations whose registry number the source does not give. Not a list
     * registered with org-id.guide: such identifiers are unique within one dataset only.
     */
    public static final String LOCAL_SCHEME = "XI-KICHI";

    private final String scheme;
    private final String value;
    private final int hash;

    private OrganisationId(String scheme, String value) {
        this.scheme = canonical(scheme);
        this.value = value;
        this.hash = this.scheme.hashCode() * 31 + value.hashCode();
    }

    /**
     * An identifier in a registry.
     *
     * @param scheme e.g. {@link #KG_INN}
     * @param value the number in that registry
     * @return the identifier
     * @throws kg.kichi.core.validation.InvalidModelException naming each malformed part
     */
    public static OrganisationId of(String scheme, String value) {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
        boolean schemeOk = isCommonScheme(scheme) || isScheme(scheme);
        boolean valueOk = isValue(value);
        if (!schemeOk || !valueOk) {
            ViolationCollector problems = new ViolationCollector("OrganisationId");
            problems.check(schemeOk, "scheme", "kichi.organisation.scheme", Map.of("value", String.valueOf(scheme)));
            problems.check(valueOk, "value", "kichi.id", Map.of("value", String.valueOf(value)));
            problems.throwIfAny();
        }
        return new OrganisationId(scheme, value);
    }

    /** {@code [A-Z]{2}-[A-Z0-9]{2,12}}, without a regular expression engine: ids are read by the thousand. */
    static boolean isScheme(String s) {
        if (s == null || s.length() < 5 || s.length() > 15 || s.charAt(2) != '-') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = i < 2 ? isUpper(c) : i == 2 || isUpper(c) || isDigit(c);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Whether a scheme is one of the constants, which {@link #parse} passes: they need no character check. */
    private static boolean isCommonScheme(String scheme) {
        return scheme == KG_INN || scheme == KG_OKPO || scheme == LOCAL_SCHEME;
    }

    /** {@code [A-Za-z0-9][A-Za-z0-9._-]{0,99}}. */
    static boolean isValue(String s) {
        return Tokens.isToken(s, 100, "._-");
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The constant for the common schemes, so that equal ids mostly share their scheme instance. */
    private static String canonical(String scheme) {
        if (KG_INN.equals(scheme)) { // equals, not a switch: a switch hashes the (fresh) text first
            return KG_INN;
        } else if (KG_OKPO.equals(scheme)) {
            return KG_OKPO;
        } else if (LOCAL_SCHEME.equals(scheme)) {
            return LOCAL_SCHEME;
        }
        return scheme;
    }

    /**
     * A local identifier, for an organisation whose registry number is unknown.
     *
     * @param value a slug unique within the dataset, e.g. {@code naryn-edc}
     * @return the identifier {@code XI-KICHI-value}
     */
    public static OrganisationId local(String value) {
        Objects.requireNonNull(value, "value");
        return of(LOCAL_SCHEME, value);
    }

    /**
     * Parses {@code SCHEME-value}: the scheme is the text up to the second hyphen.
     *
     * @param text e.g. {@code KG-INN-02404199910074}
     * @return the identifier
     * @throws kg.kichi.core.validation.InvalidModelException if the text is not of that form: with the one code
     *     {@code kichi.organisation.form} when it has no scheme (fewer than two hyphens), else naming each
     *     malformed part
     */
    public static OrganisationId parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        int first = s.indexOf('-');
        int second = first < 0 ? -1 : s.indexOf('-', first + 1);
        if (second < 0) {
            // Without a second hyphen there is no scheme to blame apart from a value: one problem, saying the form
            // (reporting a malformed scheme and a 'null' value would name a value the text never had).
            ViolationCollector problems = new ViolationCollector("OrganisationId");
            problems.check(false, "", "kichi.organisation.form", Map.of("value", s));
            problems.throwIfAny();
        }
        String scheme = commonScheme(s, second);
        return of(scheme != null ? scheme : s.substring(0, second), s.substring(second + 1));
    }

    /**
     * The constant for a common scheme that the text starts with, so that parsing copies only the value out of
     * the text: two thirds of the ids read are in one of the common schemes.
     *
     * @param text the identifier's text
     * @param length the scheme's length in the text: the index of its second hyphen
     * @return the constant, or {@code null} when the scheme is another
     */
    private static String commonScheme(String text, int length) {
        if (length == KG_INN.length() && text.startsWith(KG_INN)) {
            return KG_INN;
        } else if (length == KG_OKPO.length() && text.startsWith(KG_OKPO)) {
            return KG_OKPO;
        } else if (length == LOCAL_SCHEME.length() && text.startsWith(LOCAL_SCHEME)) {
            return LOCAL_SCHEME;
        }
        return null;
    }

    /** @return the scheme, e.g. {@code KG-INN} */
    public String getScheme() {
        return scheme;
    }

    /** @return the number in the scheme's registry */
    public String getValue() {
        return value;
    }

    /** @return whether this is a {@linkplain #local(String) local} identifier */
    public boolean isLocal() {
        return LOCAL_SCHEME.equals(scheme);
    }

    @Override
    public int compareTo(OrganisationId o) {
        return toString().compareTo(o.toString());
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof OrganisationId id && hash == id.hash && scheme.equals(id.scheme)
                && value.equals(id.value);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** @return {@code SCHEME-value} */
    @Override
    public String toString() {
        return scheme + "-" + value;
    }
}
