package kg.kichi.core.internal;

import java.security.SecureRandom;

/**
 * SipHash-1-3 under a key drawn at random once per JVM: a hash of identifiers that a document's author cannot aim
 * at. {@link String#hashCode()} is public knowledge, so ids built from blocks such as {@code "Aa"} and
 * {@code "BB"} all share one hash code, and a table that places ids by it degrades to a list (quadratic time on
 * a valid document). With a secret key no such set of ids can be prepared in advance.
 *
 * <p>Not part of the API: exported only to Kichi's own modules. Thread-safe (stateless after class loading).
 */
public final class KeyedHash {
    private static final long K0;
    private static final long K1;

    static {
        SecureRandom random = new SecureRandom();
        K0 = random.nextLong();
        K1 = random.nextLong();
    }

    private KeyedHash() {}

    /**
     * @param text the characters to hash (UTF-16 code units, four to a 64-bit word)
     * @return their keyed hash
     */
    public static int hash(CharSequence text) {
        int n = text.length();
        State s = new State(K0, K1);
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            s.round(text.charAt(i) | (long) text.charAt(i + 1) << 16 | (long) text.charAt(i + 2) << 32
                    | (long) text.charAt(i + 3) << 48);
        }
        long last = (long) (n * 2) << 56;
        for (int shift = 0; i < n; i++, shift += 16) {
            last |= (long) text.charAt(i) << shift;
        }
        return fold(s.finish(last));
    }

    /**
     * @param bytes the bytes
     * @param from the first byte to hash
     * @param to the end (exclusive) of the bytes to hash
     * @return their keyed hash
     */
    public static int hash(byte[] bytes, int from, int to) {
        return fold(sipHash13(K0, K1, bytes, from, to));
    }

    /**
     * SipHash-1-3 under a given key, the 64-bit value of the reference implementation (so that a test can hold it
     * to the published test vectors; {@link #hash(CharSequence)} is SipHash of the text's UTF-16LE bytes).
     */
    static long sipHash13(long k0, long k1, byte[] bytes, int from, int to) {
        State s = new State(k0, k1);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long word = 0;
            for (int b = 7; b >= 0; b--) {
                word = word << 8 | bytes[i + b] & 0xFF;
            }
            s.round(word);
        }
        long last = (long) (to - from) << 56;
        for (int shift = 0; i < to; i++, shift += 8) {
            last |= (long) (bytes[i] & 0xFF) << shift;
        }
        return s.finish(last);
    }

    /** Folds SipHash's 64 bits into an {@code int}, every bit counting. */
    static int fold(long h) {
        return (int) (h ^ h >>> 32);
    }

    /** The four words of SipHash's state; one compression round per word, three finalisation rounds. */
    private static final class State {
        private long v0;
        private long v1;
        private long v2;
        private long v3;

        State(long k0, long k1) {
            v0 = k0 ^ 0x736f6d6570736575L;
            v1 = k1 ^ 0x646f72616e646f6dL;
            v2 = k0 ^ 0x6c7967656e657261L;
            v3 = k1 ^ 0x7465646279746573L;
        }

        void round(long m) {
            v3 ^= m;
            sipRound();
            v0 ^= m;
        }

        long finish(long last) {
            round(last);
            v2 ^= 0xFF;
            sipRound();
            sipRound();
            sipRound();
            return v0 ^ v1 ^ v2 ^ v3;
        }

        private void sipRound() {
            v0 += v1;
            v1 = Long.rotateLeft(v1, 13);
            v1 ^= v0;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v3;
            v3 = Long.rotateLeft(v3, 16);
            v3 ^= v2;
            v0 += v3;
            v3 = Long.rotateLeft(v3, 21);
            v3 ^= v0;
            v2 += v1;
            v1 = Long.rotateLeft(v1, 17);
            v1 ^= v2;
            v2 = Long.rotateLeft(v2, 32);
        }
    }
}
