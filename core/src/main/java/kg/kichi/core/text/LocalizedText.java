package kg.kichi.core.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import kg.kichi.core.validation.ViolationCollector;

/**
 * Text written in one or more languages, such as an organisation's name in Kyrgyz, Russian and English.
 *
 * <p>Languages are ISO 639 codes ({@code ky}, {@code ru}, {@code en}, or any other); at least one is present
 * and no text is blank. Text is kept exactly as given. {@link #resolve(String...)} picks the best text for a
 * reader: the first language asked for that is present, then {@link #DEFAULT_FALLBACK}, then any.
 *
 * <pre>{@code
 * LocalizedText name = LocalizedText.of("ru", "ОО «Тынчтык»").with("en", "PA \"Tynchtyk\"");
 * name.resolve("ky", "ru");   // "ОО «Тынчтык»"
 * }</pre>
 */
public final class LocalizedText {
    /** The order in which languages are tried when none of the reader's is present. */
    public static final List<String> DEFAULT_FALLBACK = List.of("en", "ru", "ky");

    private final Map<String, String> texts;

    private LocalizedText(Map<String, String> texts) {
        this.texts = texts;
    }

    /**
     * Text in one language.
     *
     * @param language an ISO 639 code such as {@code ky}
     * @param text the text, not blank
     * @return the localized text
     * @throws kg.kichi.core.validation.InvalidModelException if the language code or the text is invalid
     */
    public static LocalizedText of(String language, String text) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(language, text);
        return of(map);
    }

    /**
     * Text in several languages.
     *
     * @param texts text by ISO 639 language code, at least one entry
     * @return the localized text
     * @throws kg.kichi.core.validation.InvalidModelException listing every bad language code and blank text
     */
    public static LocalizedText of(Map<String, String> texts) {
        Objects.requireNonNull(texts, "texts");
        if (!texts.isEmpty()) {
            SortedTexts.Builder valid = new SortedTexts.Builder(texts.size());
            texts.forEach(valid);
            if (valid.isComplete()) {
                return new LocalizedText(valid.build());
            }
        }
        ViolationCollector problems = new ViolationCollector("LocalizedText");
        problems.check(!texts.isEmpty(), "", "kichi.text.empty", Map.of());
        TreeMap<String, String> sorted = new TreeMap<>();
        texts.forEach((language, text) -> {
            String lang = String.valueOf(language);
            boolean ok = problems.check(language != null && isLanguageCode(language), lang,
                    "kichi.text.language", Map.of("value", lang));
            ok &= problems.check(text != null && !text.isBlank(), lang, "kichi.text.blank", Map.of());
            if (ok) {
                sorted.put(language, text);
            }
        });
        problems.throwIfAny();
        return new LocalizedText(SortedTexts.copyOf(sorted));
    }

    /** Whether a code is two or three letters a–z, as {@code [a-z]{2,3}}; without a regex, as every text read calls it. */
    static boolean isLanguageCode(String code) {
        int length = code.length();
        if (length < 2 || length > 3) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = code.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /**
     * A copy with the text of one language added or replaced.
     *
     * @param language an ISO 639 code
     * @param text the text, not blank
     * @return the new localized text
     */
    public LocalizedText with(String language, String text) {
        Map<String, String> map = new LinkedHashMap<>(texts);
        map.put(language, text);
        return of(map);
    }

    /**
     * The text in one language.
     *
     * @param language an ISO 639 code
     * @return the text, or empty when this language is absent
     */
    public Optional<String> get(String language) {
        return Optional.ofNullable(texts.get(language));
    }

    /**
     * The best text for a reader: the first of the given languages that is present, then the first of
     * {@link #DEFAULT_FALLBACK}, then whichever language comes first alphabetically.
     *
     * @param preferred the reader's languages, most wanted first
     * @return the text, never null
     */
    public String resolve(String... preferred) {
        for (String language : preferred) {
            String text = texts.get(language);
            if (text != null) {
                return text;
            }
        }
        for (String language : DEFAULT_FALLBACK) {
            String text = texts.get(language);
            if (text != null) {
                return text;
            }
        }
        return texts.values().iterator().next();
    }

    /** @return the languages present, alphabetically */
    public Set<String> getLanguages() {
        return texts.keySet();
    }

    /** @return the texts by language, alphabetically by language, unmodifiable */
    public Map<String, String> asMap() {
        return texts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other && texts.equals(other.texts);
    }

    @Override
    public int hashCode() {
        return texts.hashCode();
    }

    /** @return the texts as {@code {en=…, ru=…}} */
    @Override
    public String toString() {
        return texts.toString();
    }
}
