package kg.kichi.json.giving360;

/**
 * The grants of a package seen so far, in 12 bytes a grant (a 64-bit hash of the Kichi identifier given to it, a
 * 32-bit fingerprint of its content), open addressing at up to 85 % load, so that a million grants take some
 * 14 MB: what the reader must keep to give each grant a unique Kichi identifier and to find grants that repeat
 * an earlier one exactly (the schema's {@code uniqueItems}).
 *
 * <p>The table is split into {@value #SEGMENTS} segments by the hash's top bits, each grown on its own, so that
 * growing never holds an old and a new copy of the whole table at once (at a million grants that alone would
 * take some 30 MB).
 *
 * <p>A repeated grant has the same 360Giving identifier as the one it repeats, so it meets that one's entry on
 * the way to an identifier of its own ({@link GrantReading#claim}); that is where fingerprints are compared. Two
 * different identifiers with the same 64-bit hash cost one needless suffix; two different grants with the same
 * identifier and the same 32-bit fingerprint would be taken for a repeat, one chance in four billion.
 */
final class GrantKeys {
    private static final long EMPTY = 0;
    private static final int SEGMENT_BITS = 6;
    private static final int SEGMENTS = 1 << SEGMENT_BITS;

    private final long[][] keys = new long[SEGMENTS][];
    private final int[][] prints = new int[SEGMENTS][];
    private final int[] sizes = new int[SEGMENTS];

    GrantKeys() {
        for (int s = 0; s < SEGMENTS; s++) {
            keys[s] = new long[16];
            prints[s] = new int[16];
        }
    }

    /**
     * @param key the hash of an identifier
     * @return the fingerprint stored with it, or null when it is free
     */
    Integer get(long key) {
        long k = key == EMPTY ? 1 : key;
        long mixed = JsonValues.mix(k);
        long[] segment = keys[segment(mixed)];
        int i = slot(mixed, segment.length);
        while (segment[i] != EMPTY) {
            if (segment[i] == k) {
                return prints[segment(mixed)][i];
            }
            i = i + 1 == segment.length ? 0 : i + 1;
        }
        return null;
    }

    /**
     * @param key the hash of an identifier that {@link #get} found free
     * @param print the fingerprint of the grant taking it
     */
    void put(long key, int print) {
        long k = key == EMPTY ? 1 : key;
        int s = segment(JsonValues.mix(k));
        insert(keys[s], prints[s], k, print);
        if (++sizes[s] > keys[s].length * 0.85) {
            int capacity = keys[s].length + (keys[s].length >> 1);
            long[] newKeys = new long[capacity];
            int[] newPrints = new int[capacity];
            for (int i = 0; i < keys[s].length; i++) {
                if (keys[s][i] != EMPTY) {
                    insert(newKeys, newPrints, keys[s][i], prints[s][i]);
                }
            }
            keys[s] = newKeys;
            prints[s] = newPrints;
        }
    }

    private static void insert(long[] keys, int[] prints, long key, int print) {
        int i = slot(JsonValues.mix(key), keys.length);
        while (keys[i] != EMPTY) {
            i = i + 1 == keys.length ? 0 : i + 1;
        }
        keys[i] = key;
        prints[i] = print;
    }

    /** The segment: the mixed hash's top bits. */
    private static int segment(long mixed) {
        return (int) (mixed >>> (64 - SEGMENT_BITS));
    }

    /** Any capacity, not only powers of two: the low half of the mixed hash (the top bits chose the segment) scaled. */
    private static int slot(long mixed, int capacity) {
        return (int) (((mixed & 0xFFFFFFFFL) * capacity) >>> 32);
    }
}
