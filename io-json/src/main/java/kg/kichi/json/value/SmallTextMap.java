package kg.kichi.json.value;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The texts of one localized text as read, in document order, in two small arrays: cheaper than a
 * {@code LinkedHashMap} for the two or three languages a text has. A name given twice (only with a parser that
 * lets duplicates through) keeps its first place and its last text, like a {@code LinkedHashMap}.
 */
final class SmallTextMap extends AbstractMap<String, String> {
    private String[] keys = new String[4];
    private String[] texts = new String[4];
    private int size;

    @Override
    public String put(String key, String text) {
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                String old = texts[i];
                texts[i] = text;
                return old;
            }
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            texts = Arrays.copyOf(texts, size * 2);
        }
        keys[size] = key;
        texts[size] = text;
        size++;
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
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
