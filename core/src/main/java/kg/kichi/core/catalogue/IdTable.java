package kg.kichi.core.catalogue;

import kg.kichi.core.internal.KeyedHash;

/**
 * The identifiers of one kind of object of a catalogue, each with the first object that has it: an
 * open-addressing hash table in parallel arrays, sized once for the number of objects, at most half full.
 *
 * <p>Why not a {@code HashMap}: {@link IntegrityCheck} fills one table per kind for every catalogue read, and a
 * hash map allocates a node per entry and follows a pointer to it on every lookup; this table keeps the keys in
 * one array and their hash codes in another, so a lookup compares hash codes and reads a key (an object not
 * touched since it was read, so likely not in the cache) only when its hash code is the one looked for.
 *
 * <p>Ids come from documents, so their hash codes may be chosen to collide ({@code String.hashCode} is public:
 * every string of "Aa" and "BB" blocks of one length shares one). The table starts with the identifiers' own
 * (cached) hash codes; when a lookup or an insertion probes more than {@value #MAX_PROBES} slots, which ordinary
 * ids practically never cause at half load, it places every id again by a {@linkplain KeyedHash keyed hash} of its
 * text that a document cannot aim at. Time stays linear in the number of ids either way.
 *
 * @param <K> the identifier type
 * @param <V> the object type
 */
final class IdTable<K, V> {
    /** Stands for a {@code null} identifier, which a table also holds (in place of an empty slot). */
    private static final Object NULL_KEY = new Object();
    private static final int MAX_CAPACITY = 1 << 30;
    /** Probes beyond this mean chosen collisions (or very bad luck): switch to the keyed hash. */
    static final int MAX_PROBES = 64;

    private final Object[] keys;
    private final int[] hashes;
    private final Object[] values;
    private final int shift;
    private boolean keyed;

    /**
     * Whether the table has switched to the keyed hash: seen only in speed, so tests ask it here.
     *
     * @return whether it has
     */
    boolean isKeyed() {
        return keyed;
    }

    /** @param expected the most identifiers the table will hold */
    IdTable(int expected) {
        int capacity = 4;
        while (capacity < MAX_CAPACITY && capacity < 2L * expected) {
            capacity <<= 1;
        }
        keys = new Object[capacity];
        hashes = new int[capacity];
        values = new Object[capacity];
        shift = Integer.numberOfLeadingZeros(capacity) + 1;
    }

    /** The first slot to try: Fibonacci hashing spreads the nearby hashes of ids such as {@code grant-17}. */
    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    private int mask() {
        return keys.length - 1;
    }

    /**
     * Adds an identifier unless present.
     *
     * @param id the identifier, possibly {@code null}
     * @param value its object
     * @return {@code true} when added, {@code false} when the identifier was present (the table is unchanged)
     */
    boolean add(K id, V value) {
        Object key = id == null ? NULL_KEY : id;
        int hash = hash(key);
        int i = slot(hash);
        int probes = 0;
        for (Object k; (k = keys[i]) != null; i = (i + 1) & mask()) {
            if (hashes[i] == hash && (k == key || key.equals(k))) {
                return false;
            }
            if (++probes > MAX_PROBES && !keyed) {
                rehashKeyed();
                return add(id, value);
            }
        }
        keys[i] = key;
        hashes[i] = hash;
        values[i] = value;
        return true;
    }

    /**
     * @param id the identifier, possibly {@code null}
     * @return whether the table holds the identifier
     */
    boolean contains(Object id) {
        return indexOf(id) >= 0;
    }

    /**
     * @param id the identifier, possibly {@code null}
     * @return the object first added with the identifier, or {@code null}
     */
    @SuppressWarnings("unchecked")
    V get(Object id) {
        int at = indexOf(id);
        return at < 0 ? null : (V) values[at];
    }

    private int indexOf(Object id) {
        Object key = id == null ? NULL_KEY : id;
        int hash = hash(key);
        int i = slot(hash);
        int probes = 0;
        for (Object k; (k = keys[i]) != null; i = (i + 1) & mask()) {
            if (hashes[i] == hash && (k == key || key.equals(k))) {
                return i;
            }
            if (++probes > MAX_PROBES && !keyed) {
                rehashKeyed();
                return indexOf(id);
            }
        }
        return -1;
    }

    private int hash(Object key) {
        if (!keyed) {
            return key.hashCode();
        }
        // the text of a key decides equality for both key types (String, OrganisationId's canonical form)
        return key instanceof CharSequence text ? KeyedHash.hash(text)
                : key == NULL_KEY ? 0 : KeyedHash.hash(key.toString());
    }

    /** Places every identifier again by its keyed hash; the order of first insertion is kept per identifier. */
    private void rehashKeyed() {
        keyed = true;
        Object[] oldKeys = keys.clone();
        Object[] oldValues = values.clone();
        java.util.Arrays.fill(keys, null);
        for (int j = 0; j < oldKeys.length; j++) {
            Object key = oldKeys[j];
            if (key != null) {
                int hash = hash(key);
                int i = slot(hash);
                while (keys[i] != null) {
                    i = (i + 1) & mask();
                }
                keys[i] = key;
                hashes[i] = hash;
                values[i] = oldValues[j];
            }
        }
    }
}
