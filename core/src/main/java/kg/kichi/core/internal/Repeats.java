package kg.kichi.core.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * Finds, in one pass, the keys seen before: the duplicate partners, roles, lots or ids a validator reports. A
 * handful of keys (the usual case) are scanned in an array, with no hashing; more go to a hash set, so that long
 * lists stay linear.
 *
 * @param <K> the key type, with {@code equals} and {@code hashCode}
 */
public final class Repeats<K> {
    private static final int SCAN_LIMIT = 16;

    private final Object[] scanned;
    private final Set<K> hashed;
    private int size;

    /**
     * Prepares for at most a number of keys.
     *
     * @param expected how many keys will be offered at most
     */
    public Repeats(int expected) {
        this.scanned = expected <= SCAN_LIMIT ? new Object[expected] : null;
        this.hashed = expected <= SCAN_LIMIT ? null : new HashSet<>();
    }

    /**
     * Records a key.
     *
     * @param key the key, not null
     * @return whether an equal key was recorded before
     */
    public boolean repeated(K key) {
        if (hashed != null) {
            return !hashed.add(key);
        }
        for (int i = 0; i < size; i++) {
            if (scanned[i].equals(key)) {
                return true;
            }
        }
        scanned[size++] = key;
        return false;
    }
}
