package kg.kichi.core.text;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The texts of a {@link LocalizedText}, which keeps them as one array of entries sorted by language: language,
 * text, language, text… A text has a handful of languages, so a scan beats hashing, and millions of texts read
 * from documents cost one small array each instead of a linked hash map's table and nodes. This class is the
 * unmodifiable {@link Map} view of such an array, made when asked for, and the static methods that read one.
 */
final class SortedTexts extends AbstractMap<String, String> {
    /** Up to this many languages, scans and an insertion sort; beyond, binary search and a full sort. */
    private static final int SCAN_LIMIT = 8;

    /** Language, text, language, text…: languages distinct, valid, sorted; texts valid. */
    private final String[] entries;

    /** @param entries language, text, language, text…: languages distinct, not null, sorted; texts not null */
    SortedTexts(String[] entries) {
        this.entries = entries;
    }

    /**
     * Copies a map of valid, non-null entries, sorting them by language.
     *
     * @param map the entries
     * @return the sorted copy
     * @throws IllegalArgumentException if an entry is not a valid language and text
     */
    static SortedTexts copyOf(Map<String, String> map) {
        return new SortedTexts(entriesOf(map));
    }

    /**
     * Copies a map of valid, non-null entries, sorting them by language.
     *
     * @param map the entries
     * @return language, text, language, text…, sorted by language
     * @throws IllegalArgumentException if an entry is not a valid language and text
     */
    static String[] entriesOf(Map<String, String> map) {
        Builder sorted = new Builder(map.size());
        map.forEach(sorted);
        if (!sorted.isComplete()) {
            throw new IllegalArgumentException("not valid texts: " + map);
        }
        return sorted.build();
    }

    /**
     * Finds a language in sorted entries.
     *
     * @param entries language, text, language, text…, sorted by language
     * @param language the language looked for, possibly {@code null} or not a string
     * @return the index of the language in the entries (its text follows), or -1
     */
    static int indexOf(String[] entries, Object language) {
        if (entries.length > 2 * SCAN_LIMIT) { // a text with thousands of languages stays fast
            return language instanceof String s ? binarySearch(entries, s) : -1;
        }
        for (int i = 0; i < entries.length; i += 2) {
            if (entries[i].equals(language)) {
                return i;
            }
        }
        return -1;
    }

    private static int binarySearch(String[] entries, String language) {
        int low = 0;
        int high = entries.length / 2 - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = entries[2 * middle].compareTo(language);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return 2 * middle;
            }
        }
        return -1;
    }

    /**
     * The hash code of the map of the entries, as {@link Map#hashCode()} defines it.
     *
     * @param entries language, text, language, text…
     * @return the hash code
     */
    static int hashCode(String[] entries) {
        int hash = 0;
        for (int i = 0; i < entries.length; i += 2) {
            hash += entries[i].hashCode() ^ entries[i + 1].hashCode();
        }
        return hash;
    }

    /**
     * Takes the entries of a map one by one ({@link Map#forEach}, which creates no entry objects), keeping them
     * sorted, as long as every language code and text is valid.
     */
    static final class Builder implements java.util.function.BiConsumer<String, String> {
        private final String[] entries;
        private int size;
        private boolean valid = true;

        Builder(int capacity) {
            entries = new String[2 * capacity];
        }

        @Override
        public void accept(String language, String text) {
            if (!valid || 2 * size == entries.length || language == null || !LocalizedText.isLanguageCode(language)
                    || text == null || LocalizedText.isBlank(text)) {
                valid = false;
                return;
            }
            int at = 2 * size++;
            while (at > 0 && at <= 2 * SCAN_LIMIT && entries[at - 2].compareTo(language) > 0) {
                entries[at] = entries[at - 2];
                entries[at + 1] = entries[at - 1];
                at -= 2;
            }
            entries[at] = language;
            entries[at + 1] = text;
        }

        /** @return whether every entry was valid and the map held as many as announced */
        boolean isComplete() {
            return valid && 2 * size == entries.length;
        }

        /** @return language, text, language, text…, sorted by language */
        String[] build() {
            if (size > SCAN_LIMIT) { // an insertion sort is quadratic: beyond a handful, sort by index
                Integer[] order = new Integer[size];
                for (int i = 0; i < size; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, (a, b) -> entries[2 * a].compareTo(entries[2 * b]));
                String[] sorted = new String[2 * size];
                for (int i = 0; i < size; i++) {
                    sorted[2 * i] = entries[2 * order[i]];
                    sorted[2 * i + 1] = entries[2 * order[i] + 1];
                }
                return sorted;
            }
            return entries;
        }
    }

    @Override
    public int size() {
        return entries.length / 2;
    }

    @Override
    public boolean containsKey(Object language) {
        return indexOf(entries, language) >= 0;
    }

    @Override
    public String get(Object language) {
        int at = indexOf(entries, language);
        return at < 0 ? null : entries[at + 1];
    }

    @Override
    public int hashCode() {
        return hashCode(entries);
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return entries.length / 2;
            }

            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < entries.length;
                    }

                    @Override
                    public Map.Entry<String, String> next() {
                        if (next >= entries.length) {
                            throw new NoSuchElementException();
                        }
                        int at = next;
                        next += 2;
                        return new SimpleImmutableEntry<>(entries[at], entries[at + 1]);
                    }
                };
            }
        };
    }
}
