package kg.kichi.core.text;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The texts of a {@link LocalizedText}: an unmodifiable map in two parallel arrays sorted by language. A text
 * has a handful of languages, so a scan beats hashing, and millions of texts read from documents cost two small
 * arrays each instead of a linked hash map's table and nodes.
 */
final class SortedTexts extends AbstractMap<String, String> {
    /** Up to this many languages, scans and an insertion sort; beyond, binary search and a full sort. */
    private static final int SCAN_LIMIT = 8;

    private final String[] languages;
    private final String[] texts;

    /**
     * @param languages distinct, not null, sorted
     * @param texts the text of each language, not null
     */
    SortedTexts(String[] languages, String[] texts) {
        this.languages = languages;
        this.texts = texts;
    }

    /**
     * Copies a map of valid, non-null entries, sorting them by language.
     *
     * @param map the entries
     * @return the sorted copy
     * @throws IllegalArgumentException if an entry is not a valid language and text
     */
    static SortedTexts copyOf(Map<String, String> map) {
        Builder sorted = new Builder(map.size());
        map.forEach(sorted);
        if (!sorted.isComplete()) {
            throw new IllegalArgumentException("not valid texts: " + map);
        }
        return sorted.build();
    }

    /**
     * Takes the entries of a map one by one ({@link Map#forEach}, which creates no entry objects), keeping them
     * sorted, as long as every language code and text is valid.
     */
    static final class Builder implements java.util.function.BiConsumer<String, String> {
        private final String[] languages;
        private final String[] texts;
        private int size;
        private boolean valid = true;

        Builder(int capacity) {
            languages = new String[capacity];
            texts = new String[capacity];
        }

        @Override
        public void accept(String language, String text) {
            if (!valid || size == languages.length || language == null || !LocalizedText.isLanguageCode(language)
                    || text == null || LocalizedText.isBlank(text)) {
                valid = false;
                return;
            }
            int at = size++;
            while (at > 0 && at <= SCAN_LIMIT && languages[at - 1].compareTo(language) > 0) {
                languages[at] = languages[at - 1];
                texts[at] = texts[at - 1];
                at--;
            }
            languages[at] = language;
            texts[at] = text;
        }

        /** @return whether every entry was valid and the map held as many as announced */
        boolean isComplete() {
            return valid && size == languages.length;
        }

        SortedTexts build() {
            if (size > SCAN_LIMIT) { // an insertion sort is quadratic: beyond a handful, sort by index
                Integer[] order = new Integer[size];
                for (int i = 0; i < size; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, (a, b) -> languages[a].compareTo(languages[b]));
                String[] sortedLanguages = new String[size];
                String[] sortedTexts = new String[size];
                for (int i = 0; i < size; i++) {
                    sortedLanguages[i] = languages[order[i]];
                    sortedTexts[i] = texts[order[i]];
                }
                return new SortedTexts(sortedLanguages, sortedTexts);
            }
            return new SortedTexts(languages, texts);
        }
    }

    @Override
    public int size() {
        return languages.length;
    }

    @Override
    public boolean containsKey(Object language) {
        return indexOf(language) >= 0;
    }

    @Override
    public String get(Object language) {
        int at = indexOf(language);
        return at < 0 ? null : texts[at];
    }

    private int indexOf(Object language) {
        if (languages.length > SCAN_LIMIT) { // sorted: a text with thousands of languages stays fast
            return language instanceof String ? Math.max(-1, Arrays.binarySearch(languages, language)) : -1;
        }
        for (int i = 0; i < languages.length; i++) {
            if (languages[i].equals(language)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return languages.length;
            }

            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < languages.length;
                    }

                    @Override
                    public Map.Entry<String, String> next() {
                        if (next >= languages.length) {
                            throw new NoSuchElementException();
                        }
                        int at = next++;
                        return new SimpleImmutableEntry<>(languages[at], texts[at]);
                    }
                };
            }
        };
    }
}
