package kg.kichi.core.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import kg.kichi.core.internal.ViolationCollector;

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

    /**
     * Language, text, language, text…, sorted by language: one array, not a map, as a third of all objects read
     * from a document are texts. {@link #asMap()} makes a map view of it.
     */
    private final String[] entries;

    private LocalizedText(String[] entries) {
        this.entries = entries;
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
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        Map<String, String> map = new LinkedHashMap<>();
        map.put(language, text);
        return of(map);
    }

    /**
     * Text in several languages.
     *
     * @param texts text by ISO 639 language code, at least one entry; an entry with a null language or text is "not
     *     given" and left out
     * @return the localized text
     * @throws kg.kichi.core.validation.InvalidModelException listing every bad language code and blank text
     */
    public static LocalizedText of(Map<String, String> texts) {
        Objects.requireNonNull(texts, "texts");
        for (Map.Entry<String, String> e : texts.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                texts = withoutNulls(texts); // null means "not given" (the null rule): such an entry says nothing
                break;
            }
        }
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
        return new LocalizedText(SortedTexts.entriesOf(sorted));
    }

    private static Map<String, String> withoutNulls(Map<String, String> texts) {
        Map<String, String> given = new LinkedHashMap<>();
        texts.forEach((language, text) -> {
            if (language != null && text != null) {
                given.put(language, text);
            }
        });
        return given;
    }

    /**
     * A builder, for code that receives the languages one at a time, such as a document reader: it builds the
     * text without a map in between.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects the texts of a {@link LocalizedText} language by language. {@link #build()} accepts and rejects
     * exactly what {@link LocalizedText#of(Map)} does for a map of the same entries in the order they were first
     * put, with the same violations in the same order. Not thread-safe; it can go on being used after
     * {@code build()}, which never changes the texts built.
     *
     * <pre>{@code
     * LocalizedText name = LocalizedText.builder().put("ru", "Нарын").put("en", "Naryn").build();
     * }</pre>
     */
    public static final class Builder {
        /** Up to this many languages, {@link #contains} scans; beyond, it asks a hash map. */
        private static final int SCAN_LIMIT = 8;

        /**
         * Language, text, language, text… in the order first put; room for two languages, as most texts have one
         * or two, and for as many as were put when it grows: a text of exactly that many shares the array.
         */
        private String[] entries = new String[4];
        private int size;
        /** Whether the array belongs to a text built: the next change copies it first. */
        private boolean shared;
        /** The position of each language, once there are more than {@link #SCAN_LIMIT}. */
        private Map<String, Integer> index;

        private Builder() {}

        /**
         * Whether a language was put.
         *
         * @param language a language code as given, possibly invalid or {@code null}
         * @return whether {@link #put} was called with it
         */
        public boolean contains(String language) {
            return indexOf(language) >= 0;
        }

        /**
         * Sets the text of a language, replacing the text it had; an invalid language code or text is kept and
         * reported by {@link #build()}. A null language or text is "not given" (Kichi's null rule): nothing is put.
         *
         * @param language an ISO 639 code such as {@code ky}
         * @param text the text, not blank
         * @return this builder
         */
        public Builder put(String language, String text) {
            if (language == null || text == null) {
                return this;
            }
            if (shared) {
                entries = entries.clone();
                shared = false;
            }
            int at = indexOf(language);
            if (at >= 0) {
                entries[2 * at + 1] = text;
                return this;
            }
            if (2 * size == entries.length) { // by one language, then by half: three languages fill six slots
                entries = Arrays.copyOf(entries, 2 * Math.max(size + 1, size + size / 2));
            }
            entries[2 * size] = language;
            entries[2 * size + 1] = text;
            size++;
            if (index != null) {
                index.put(language, size - 1);
            } else if (size > SCAN_LIMIT) {
                index = new HashMap<>();
                for (int i = 0; i < size; i++) {
                    index.put(entries[2 * i], i);
                }
            }
            return this;
        }

        private int indexOf(String language) {
            if (index != null) {
                Integer at = index.get(language);
                return at == null ? -1 : at;
            }
            for (int i = 0; i < size; i++) {
                if (Objects.equals(entries[2 * i], language)) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * The localized text of the languages put.
         *
         * @return the localized text
         * @throws kg.kichi.core.validation.InvalidModelException listing every bad language code and blank text,
         *     or that there is none, as {@link LocalizedText#of(Map)} does
         */
        public LocalizedText build() {
            boolean sorted = true;
            for (int i = 0; i < 2 * size; i += 2) {
                String language = entries[i];
                String text = entries[i + 1];
                if (language == null || !isLanguageCode(language) || text == null || isBlank(text)) {
                    return slowBuild();
                }
                sorted &= i == 0 || entries[i - 2].compareTo(language) < 0;
            }
            if (size == 0) {
                return slowBuild();
            }
            if (sorted) { // the usual case: a writer sorts the languages
                if (2 * size == entries.length) {
                    shared = true;
                    return new LocalizedText(entries);
                }
                return new LocalizedText(Arrays.copyOf(entries, 2 * size));
            }
            SortedTexts.Builder valid = new SortedTexts.Builder(size);
            for (int i = 0; i < 2 * size; i += 2) {
                valid.accept(entries[i], entries[i + 1]);
            }
            return new LocalizedText(valid.build());
        }

        /** Through {@link LocalizedText#of(Map)}, which reports the problems. */
        private LocalizedText slowBuild() {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < 2 * size; i += 2) {
                map.put(entries[i], entries[i + 1]);
            }
            return of(map);
        }
    }

    /**
     * {@link String#isBlank()}, answered from the first character when it is certainly not white space. Why: for
     * a text in Cyrillic (or any script beyond Latin-1) {@code isBlank} looks the first character up in the
     * Unicode tables, a few cache misses per text read. No character from U+0021 to U+167F is white space for
     * {@link Character#isWhitespace(int)} (the first space separator above U+0020 that it counts is U+1680; the
     * no-break space U+00A0 it does not count); a test checks every one.
     */
    static boolean isBlank(String text) {
        if (!text.isEmpty()) {
            char first = text.charAt(0);
            if (first > ' ' && first < '\u1680') {
                return false;
            }
        }
        return text.isBlank();
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
        Map<String, String> map = new LinkedHashMap<>(asMap());
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
        return Optional.ofNullable(textOf(language));
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
            String text = textOf(language);
            if (text != null) {
                return text;
            }
        }
        for (String language : DEFAULT_FALLBACK) {
            String text = textOf(language);
            if (text != null) {
                return text;
            }
        }
        return entries[1];
    }

    private String textOf(String language) {
        int at = SortedTexts.indexOf(entries, language);
        return at < 0 ? null : entries[at + 1];
    }

    /** @return the languages present, alphabetically */
    public Set<String> getLanguages() {
        return asMap().keySet();
    }

    /** @return the texts by language, alphabetically by language, unmodifiable */
    public Map<String, String> asMap() {
        return new SortedTexts(entries);
    }

    /** Equal when the languages and texts are: both sorted by language, their entries are then the same. */
    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other && Arrays.equals(entries, other.entries);
    }

    /** @return the hash code of {@link #asMap()} */
    @Override
    public int hashCode() {
        return SortedTexts.hashCode(entries);
    }

    /** @return the texts as {@code {en=…, ru=…}} */
    @Override
    public String toString() {
        return asMap().toString();
    }
}
