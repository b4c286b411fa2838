package kg.kichi.json.giving360;

/**
 * The grants of a package seen so far, in 12 bytes a grant (a 64-bit hash of the Kichi identifier given to it, a
 * 32-bit fingerprint of its content), open addressing at up to 85 % load, so that a million grants take some
 * 14 MB: what the reader must keep to give each grant a unique Kichi identifier and to find grants that repeat
 * an earlier one exactly (the schema's {@code uniqueItems}).
 *
 * <p>A repeated grant has the same 360Giving identifier as the one it repeats, so it meets that one's entry on
 * the way to an identifier of its own ({@link GrantReading#claim}); that is where fingerprints are compared. Two
 * different identifiers with the same 64-bit hash cost one needless suffix; two different grants with the same
 * identifier and the same 32-bit fingerprint would be taken for a repeat, one chance in four billion.
 */
final class GrantKeys {
    private static final long EMPTY = 0;

    private long[] keys = new long[1024];
    private int[] prints = new int[1024];
    private int size;

    /**
     * @param key the hash of an identifier
     * @return the fingerprint stored with it, or null when it is free
     */
    Integer get(long key) {
        long k = key == EMPTY ? 1 : key;
        int i = slot(k, keys.length);
        while (keys[i] != EMPTY) {
            if (keys[i] == k) {
                return prints[i];
            }
            i = i + 1 == keys.length ? 0 : i + 1;
        }
        return null;
    }

    /**
     * @param key the hash of an identifier that {@link #get} found free
     * @param print the fingerprint of the grant taking it
     */
    void put(long key, int print) {
        long k = key == EMPTY ? 1 : key;
        insert(keys, prints, k, print);
        if (++size > keys.length * 0.85) {
            int capacity = keys.length + (keys.length >> 1);
            long[] newKeys = new long[capacity];
            int[] newPrints = new int[capacity];
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != EMPTY) {
                    insert(newKeys, newPrints, keys[i], prints[i]);
                }
            }
            keys = newKeys;
            prints = newPrints;
        }
    }

    private static void insert(long[] keys, int[] prints, long key, int print) {
        int i = slot(key, keys.length);
        while (keys[i] != EMPTY) {
            i = i + 1 == keys.length ? 0 : i + 1;
        }
        keys[i] = key;
        prints[i] = print;
    }

    /** Any capacity, not only powers of two: the high half of the mixed hash scaled to it. */
    private static int slot(long key, int capacity) {
        return (int) (((JsonValues.mix(key) >>> 32) * capacity) >>> 32);
    }
}
