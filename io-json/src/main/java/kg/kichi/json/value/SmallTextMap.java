package kg.kichi.json.value;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The texts of one localized text as read, in document order, in two small arrays: cheaper than a
 * {@code LinkedHashMap} for the two or three languages a text has. Append-only: {@link #add} refuses a language
 * given twice; past a few languages a hash set finds repeats, so a hostile text with thousands of members costs
 * linear time, not quadratic.
 */
final class SmallTextMap extends AbstractMap<String, String> {
    private static final int SCAN_LIMIT = 8;

    private String[] keys = new String[4];
    private String[] texts = new String[4];
    private int size;
    /** The languages, once there are more than {@link #SCAN_LIMIT}. */
    private Set<String> seen;

    /**
     * Adds a language and its text.
     *
     * @param key the language as read
     * @param text its text
     * @return {@code false}, adding nothing, when the language was given before
     */
    boolean add(String key, String text) {
        if (seen != null) {
            if (!seen.add(key)) {
                return false;
            }
        } else if (containsKey(key)) {
            return false;
        } else if (size == SCAN_LIMIT) {
            seen = new HashSet<>(Arrays.asList(keys).subList(0, size));
            seen.add(key);
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            texts = Arrays.copyOf(texts, size * 2);
        }
        keys[size] = key;
        texts[size] = text;
        size++;
        return true;
    }

    /**
     * Replaces the text of the language added last.
     *
     * @param text the text
     */
    void setLast(String text) {
        texts[size - 1] = text;
    }

    @Override
    public boolean containsKey(Object key) {
        if (seen != null) {
            return seen.contains(key);
        }
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super String> action) {
        for (int i = 0; i < size; i++) {
            action.accept(keys[i], texts[i]);
        }
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], texts[i]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
