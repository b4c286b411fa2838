package kg.kichi.json.internal.stream;

import java.util.Arrays;
import kg.kichi.core.internal.KeyedHash;

/**
 * An exact set of ids that costs a few tens of bytes per id instead of the ~90 of a {@code HashSet<String>}.
 *
 * <p>Each id is kept once, encoded in a byte arena as a length followed by its UTF-16 code units, each
 * written like UTF-8 writes a code point below U+10000 (one byte for ASCII, two for Cyrillic, three otherwise; a
 * surrogate is written on its own, so every Java string, even malformed, has its own encoding). An open-addressing
 * table (linear probing, at most 3/4 full) holds each id's offset in the arena, and nothing else: hashes are not
 * cached but recomputed from the arena when the table grows, which keeps the table at 4 bytes per slot. Membership
 * compares the encoded bytes, never a hash: there are no false positives. The hash is {@linkplain KeyedHash keyed}
 * by a secret drawn once per JVM, so a document cannot choose ids that collide (a polynomial hash such as
 * {@code String.hashCode} gives the same value to every string of "Aa" and "BB" blocks, and time turned quadratic).
 *
 * <p>The arena is a list of 64 KiB chunks, and an id never straddles two, so the set grows without ever copying
 * what it holds: under a small heap (the streaming reader promises bounded memory at a million grants under
 * {@code -Xmx64m}) a contiguous arena that grows would need its old and new copies at once, and one large array
 * needs contiguous free space (G1 allocates an array of half a region or more, 512 KiB in a 64 MiB heap, apart). An id whose encoding
 * is longer than a chunk gets a chunk of its own size, spanning the positions of as many chunks.
 *
 * <p>Not thread-safe. Ids cannot be removed. The arena holds at most about 2 GiB of encoded ids.
 */
public final class CompactIdSet {
    private static final int MAX_ARENA = Integer.MAX_VALUE;

    private static final int CHUNK_BITS = 16;
    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;
    private static final int CHUNK_MASK = CHUNK_SIZE - 1;

    private final int hashMask;
    /** Chunk {@code k} holds positions {@code [k << 16, (k + 1) << 16)}; null where a long id's chunk spans it. */
    private byte[][] chunks = new byte[4][];
    /** The position where the next id goes. */
    private int arenaLength;
    private int[] offsets; // offset + 1 of each id in the arena; 0 marks an empty slot
    private int size;
    private byte[] scratch = new byte[64];
    private int scratchLength;

    /** An empty set. */
    public CompactIdSet() {
        this(16, -1);
    }

    /**
     * An empty set whose table starts at {@code initialCapacity} slots and whose hashes are masked by
     * {@code hashMask}: a small table and a narrow mask force collisions, for tests.
     */
    CompactIdSet(int initialCapacity, int hashMask) {
        int capacity = Integer.highestOneBit(Math.max(2, initialCapacity - 1)) << 1;
        this.hashMask = hashMask;
        this.offsets = new int[capacity];
    }

    /**
     * Adds an id.
     *
     * @param id the id
     * @return {@code true} if it was not in the set
     * @throws NullPointerException if {@code id} is null
     * @throws IllegalStateException if the set cannot hold more encoded ids
     */
    public boolean add(String id) {
        int hash = encode(id);
        int slot = find(hash);
        if (offsets[slot] != 0) {
            return false;
        }
        if (size + 1 > offsets.length - (offsets.length >> 2)) {
            grow();
            slot = find(hash);
        }
        offsets[slot] = append() + 1;
        size++;
        return true;
    }

    /**
     * @param id an id
     * @return whether it is in the set
     * @throws NullPointerException if {@code id} is null
     */
    public boolean contains(String id) {
        return offsets[find(encode(id))] != 0;
    }

    /** @return the number of ids in the set */
    public int size() {
        return size;
    }

    /** @return whether the set has no ids */
    public boolean isEmpty() {
        return size == 0;
    }

    /** The slot of the id in {@code scratch}: where it is, or the empty slot where it would go. */
    private int find(int hash) {
        int mask = offsets.length - 1;
        int slot = mix(hash) & mask;
        while (offsets[slot] != 0 && !matches(offsets[slot] - 1)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** The hash of the id stored at an offset of the arena. */
    private int storedHash(int offset) {
        byte[] chunk = chunks[offset >>> CHUNK_BITS];
        int at = offset & CHUNK_MASK;
        int length = lengthAt(chunk, at);
        int start = at + lengthSize(length);
        return hash(chunk, start, start + length);
    }

    /** Whether the id stored at an offset of the arena is the one in {@code scratch}. */
    private boolean matches(int offset) {
        byte[] chunk = chunks[offset >>> CHUNK_BITS];
        int at = offset & CHUNK_MASK;
        int length = lengthAt(chunk, at);
        int start = at + lengthSize(length);
        return length == scratchLength && Arrays.equals(chunk, start, start + length, scratch, 0, length);
    }

    /** The byte length of the id stored at a chunk's index, read from its prefix (7 bits a byte, low bits first). */
    private static int lengthAt(byte[] chunk, int index) {
        int length = 0;
        int shift = 0;
        int at = index;
        byte b;
        do {
            b = chunk[at++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        return length;
    }

    /** How many bytes the prefix of a length takes. */
    private static int lengthSize(int length) {
        int size = 1;
        for (int rest = length >>> 7; rest != 0; rest >>>= 7) {
            size++;
        }
        return size;
    }

    /** Writes the id's encoding into {@code scratch}; returns the hash of those bytes. */
    private int encode(String id) {
        int n = id.length();
        if (scratch.length < n * 3) {
            scratch = new byte[Math.max(n * 3, scratch.length * 2)];
        }
        int at = 0;
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            if (c < 0x80) {
                scratch[at++] = (byte) c;
            } else if (c < 0x800) {
                scratch[at++] = (byte) (0xC0 | c >> 6);
                scratch[at++] = (byte) (0x80 | c & 0x3F);
            } else {
                scratch[at++] = (byte) (0xE0 | c >> 12);
                scratch[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                scratch[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        scratchLength = at;
        return hash(scratch, 0, at);
    }

    /** The keyed hash of encoded bytes, masked: the same whether the bytes are in {@code scratch} or in the arena. */
    private int hash(byte[] bytes, int from, int to) {
        return KeyedHash.hash(bytes, from, to) & hashMask;
    }

    /** Appends {@code scratch} to the arena; returns its offset. */
    private int append() {
        int needed = lengthSize(scratchLength) + scratchLength;
        int start = arenaLength;
        if ((start & CHUNK_MASK) == 0 || (start & CHUNK_MASK) + needed > CHUNK_SIZE) {
            start = newChunk(needed);
        }
        byte[] chunk = chunks[start >>> CHUNK_BITS];
        int at = start & CHUNK_MASK;
        int length = scratchLength;
        while (length >= 0x80) {
            chunk[at++] = (byte) (length & 0x7F | 0x80);
            length >>>= 7;
        }
        chunk[at++] = (byte) length;
        System.arraycopy(scratch, 0, chunk, at, scratchLength);
        // a chunk of its own for a long id: the next id starts past every position that chunk spans
        arenaLength = needed > CHUNK_SIZE ? start + (chunk.length + CHUNK_MASK & ~CHUNK_MASK) : start + needed;
        return start;
    }

    /** Starts a chunk able to hold {@code needed} bytes at its beginning; returns its first position. */
    private int newChunk(int needed) {
        int spans = Math.max(1, (int) (((long) needed + CHUNK_SIZE - 1) >>> CHUNK_BITS));
        long first = ((long) arenaLength + CHUNK_MASK) >>> CHUNK_BITS;
        if ((first + spans) << CHUNK_BITS > MAX_ARENA) {
            throw new IllegalStateException("too many ids: their encoding exceeds " + MAX_ARENA + " bytes");
        }
        int index = (int) first;
        if (index + spans > chunks.length) {
            chunks = Arrays.copyOf(chunks, Math.max(index + spans, chunks.length * 2));
        }
        chunks[index] = new byte[Math.max(CHUNK_SIZE, needed)];
        return index << CHUNK_BITS;
    }

    private void grow() {
        if (offsets.length >= 1 << 30) {
            throw new IllegalStateException("too many ids: " + size);
        }
        int[] oldOffsets = offsets;
        offsets = new int[oldOffsets.length << 1];
        int mask = offsets.length - 1;
        for (int old : oldOffsets) {
            if (old != 0) {
                int slot = mix(storedHash(old - 1)) & mask;
                while (offsets[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                offsets[slot] = old;
            }
        }
    }

    /** Spreads the hash over the low bits (the finaliser of MurmurHash3). */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}
