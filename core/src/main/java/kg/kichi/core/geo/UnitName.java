package kg.kichi.core.geo;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.internal.ViolationCollector;

/**
 * One name of an administrative unit: its text, the language when known, what kind of name it is, and the
 * period in which it was in use when that is known ("Джалал-Абад" until 2025-09-16, "Манас" since).
 */
public final class UnitName {
    /** What kind of name. */
    public enum Kind {
        /** An official name in Kyrgyz, Russian or English. */
        NAME,
        /** A spelling variant, transliteration, short or former name given by a source. */
        ALIAS,
        /** A base name derived by rule from a Russian adjective name (Сумбулинский → Сумбула). */
        DERIVED
    }

    private final String text;
    private final String language;
    private final Kind kind;
    private final DatePeriod validity;

    private UnitName(String text, String language, Kind kind, DatePeriod validity) {
        this.text = text;
        this.language = language;
        this.kind = kind;
        this.validity = validity;
    }

    /**
     * A name.
     *
     * @param text the name, not blank
     * @param language ISO 639-1 code ({@code ky}, {@code ru}, {@code en}) or null when unknown
     * @param kind the kind
     * @param validity when the name was in use, or null when always
     * @return the name
     * @throws kg.kichi.core.validation.InvalidModelException if the text is blank or the kind missing
     */
    public static UnitName of(String text, String language, Kind kind, DatePeriod validity) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        ViolationCollector problems = new ViolationCollector("UnitName");
        problems.check(text != null && !text.isBlank(), "text", "kichi.blank", Map.of());
        problems.check(kind != null, "kind", "kichi.required", Map.of());
        if (language != null && !isLanguageCode(language)) {
            problems.check(false, "language", "kichi.text.language", Map.of("value", language));
        }
        problems.throwIfAny();
        return new UnitName(text.strip(), language, kind, validity);
    }

    private static boolean isLanguageCode(String s) {
        if (s.length() < 2 || s.length() > 3) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 'a' || s.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }

    /**
     * An official name, always in use.
     *
     * @param text the name
     * @param language {@code ky}, {@code ru} or {@code en}
     * @return the name
     */
    public static UnitName name(String text, String language) {
        Objects.requireNonNull(text, "text");
        return of(text, language, Kind.NAME, null);
    }

    /**
     * An alias of unknown language, always in use.
     *
     * @param text the alias
     * @return the name
     */
    public static UnitName alias(String text) {
        Objects.requireNonNull(text, "text");
        return of(text, null, Kind.ALIAS, null);
    }

    /** @return the text as written */
    public String getText() {
        return text;
    }

    /** @return the language, when known */
    public Optional<String> getLanguage() {
        return Optional.ofNullable(language);
    }

    /** @return the kind of name */
    public Kind getKind() {
        return kind;
    }

    /** @return when the name was in use, empty when not limited */
    public Optional<DatePeriod> getValidity() {
        return Optional.ofNullable(validity);
    }

    /**
     * Whether the name was in use on a day.
     *
     * @param date the day, or null for "any time"
     * @return true when no period is known or the day lies in it
     */
    public boolean isValidOn(LocalDate date) {
        return date == null || validity == null || validity.overlaps(PartialDate.from(date));
    }

    /**
     * This name with a validity period.
     *
     * @param period when the name was in use
     * @return the dated name
     */
    public UnitName withValidity(DatePeriod period) {
        return new UnitName(text, language, kind, Objects.requireNonNull(period, "period"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitName n && text.equals(n.text) && Objects.equals(language, n.language)
                && kind == n.kind && Objects.equals(validity, n.validity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, language, kind, validity);
    }

    /** @return the text, with the language and period when known */
    @Override
    public String toString() {
        return text + (language == null ? "" : "@" + language) + (validity == null ? "" : " [" + validity + "]");
    }
}
