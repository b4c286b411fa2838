package kg.kichi.json.giving360;

/**
 * A set of 64-bit hashes, open addressing: 8 to 16 bytes an entry, where a {@code HashSet<Long>} takes some 50,
 * so that a million grants' hashes fit a reader that runs in 64 MB.
 */
final class LongSet {
    private long[] slots = new long[1024];
    private int size;
    private boolean hasZero;

    /**
     * @param value a hash
     * @return whether it was new
     */
    boolean add(long value) {
        if (value == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        int mask = slots.length - 1;
        int i = (int) JsonValues.mix(value) & mask;
        while (slots[i] != 0) {
            if (slots[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = value;
        if (++size * 4 > slots.length * 3) {
            grow();
        }
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long value : old) {
            if (value != 0) {
                int i = (int) JsonValues.mix(value) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = value;
            }
        }
    }
}
