package kg.kichi.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Checks that a document's bytes are well-formed UTF-8 (Unicode's table 3-7: no overlong forms, no encoded
 * surrogates, nothing above U+10FFFF) before the parser decodes them. Jackson's own decoder lets some of these
 * through (the overlong {@code C0 AF} became '/'), and it detects UTF-16 and UTF-32 from the first bytes; the
 * format is UTF-8 only, so a NUL byte among the first four, which is how UTF-16 and UTF-32 text begins and which
 * JSON never allows, is rejected too. The UTF-8 byte order mark is allowed (the parser skips it).
 *
 * <p>The first malformed sequence is reported by its first byte and that byte's offset (from 0), with the line
 * (from 1, counting line feeds) and column (bytes from the line's start, from 1).
 */
final class Utf8Input {
    private Utf8Input() {}

    /** The first malformed sequence: an {@link IOException}, so that it can leave {@link InputStream#read}. */
    static final class MalformedUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;
        private final int value;
        private final long offset;
        private final int line;
        private final long column;

        MalformedUtf8Exception(int value, long offset, int line, long column) {
            super(String.format(Locale.ROOT, "Invalid UTF-8: byte 0x%02X at byte offset %d", value, offset));
            this.value = value;
            this.offset = offset;
            this.line = line;
            this.column = column;
        }

        /** @return the problem: {@code kichi.json.syntax}, kind {@code invalidUtf8}, with the byte and its offset */
        DocumentProblem problem() {
            Map<String, Object> arguments = new LinkedHashMap<>();
            arguments.put("kind", SyntaxKind.INVALID_UTF8.argument());
            arguments.put("byte", String.format(Locale.ROOT, "0x%02X", value));
            arguments.put("offset", offset);
            arguments.put("detail", getMessage());
            return DocumentProblem.at("", SyntaxKind.CODE, arguments, line,
                    (int) Math.min(Integer.MAX_VALUE, column));
        }
    }

    /**
     * @param bytes a whole document
     * @throws MalformedUtf8Exception at its first malformed sequence
     */
    static void check(byte[] bytes) throws MalformedUtf8Exception {
        Checker checker = new Checker(false);
        checker.accept(bytes, 0, bytes.length);
        checker.end();
    }

    /**
     * @param in a document's bytes
     * @return the same bytes, checked as they are read: {@code read} throws {@link MalformedUtf8Exception} at the
     *     first malformed sequence, or at the end of input inside one
     */
    static InputStream checking(InputStream in) {
        return new FilterInputStream(in) {
            private final Checker checker = new Checker(true);

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b < 0) {
                    checker.end();
                } else {
                    checker.accept(new byte[] {(byte) b}, 0, 1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int from, int length) throws IOException {
                int n = in.read(buffer, from, length);
                if (n < 0) {
                    checker.end();
                } else {
                    checker.accept(buffer, from, n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                throw new IOException("skipping would leave bytes unchecked");
            }

            @Override
            public boolean markSupported() {
                return false;
            }
        };
    }

    /**
     * Checks chunk after chunk, remembering a sequence that one chunk's end cuts. Runs of ASCII and of two-byte
     * sequences (Cyrillic) are passed over eight bytes at a time, and lines are counted only when a problem is reported (or, for a stream, once per chunk):
     * the check is a pass over every byte of every document read, so it is written for speed (benchmarks/README.md).
     */
    private static final class Checker {
        private static final VarHandle EIGHT_BYTES =
                MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
        private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

        private final boolean countsLines;
        /** The offset of the next chunk's first byte. */
        private long offset;
        /** The line, and the offset where it starts, at the next chunk's first byte (kept only for a stream). */
        private int line = 1;
        private long lineStart;
        /** A sequence the last chunk's end cut: how many continuation bytes it still needs, and the next's bounds. */
        private int pending;
        private int lower;
        private int upper;
        /** That sequence's first byte, and its offset. */
        private int cutLead;
        private long cutOffset;

        /** @param countsLines whether chunks are forgotten once checked, so that lines must be counted as they pass */
        Checker(boolean countsLines) {
            this.countsLines = countsLines;
        }

        void accept(byte[] bytes, int from, int length) throws MalformedUtf8Exception {
            int end = from + length;
            int i = from;
            for (; pending > 0 && i < end; i++, pending--) {
                int b = bytes[i] & 0xFF;
                if (b < lower || b > upper) {
                    throw cutShort();
                }
                lower = 0x80;
                upper = 0xBF;
            }
            for (int k = i; k < end && offset + (k - from) < 4; k++) {
                if (bytes[k] == 0) {
                    throw malformedAt(bytes, from, k);
                }
            }
            int stop = firstIllFormed(bytes, i, end);
            if (stop < end) {
                if (!countsLines) { // one chunk, the whole document: a sequence its end cuts is malformed
                    throw malformedAt(bytes, from, stop);
                }
                remember(bytes, from, stop, end);
            }
            if (countsLines) {
                for (int k = from; k < end; k++) {
                    if (bytes[k] == '\n') {
                        line++;
                        lineStart = offset + (k - from) + 1;
                    }
                }
            }
            offset += length;
        }

        void end() throws MalformedUtf8Exception {
            if (pending > 0) {
                throw cutShort();
            }
        }

        /**
         * The sequence at {@code stop} is ill-formed, or cut by the chunk's end: if all it has so far is well-formed,
         * remembers what it still needs; otherwise throws.
         */
        private void remember(byte[] bytes, int from, int stop, int end) throws MalformedUtf8Exception {
            int lead = bytes[stop] & 0xFF;
            int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            if (length == 0 || stop + length <= end) {
                throw malformedAt(bytes, from, stop);
            }
            int low = secondLower(lead);
            int high = secondUpper(lead);
            for (int k = stop + 1; k < end; k++) {
                int b = bytes[k] & 0xFF;
                if (b < low || b > high) {
                    throw malformedAt(bytes, from, stop);
                }
                low = 0x80;
                high = 0xBF;
            }
            pending = stop + length - end;
            lower = low;
            upper = high;
            cutLead = lead;
            cutOffset = offset + (stop - from);
        }

        /**
         * @return the problem of the sequence the last chunk's end cut, which the next chunk (or the end) does not
         *     complete: its lead is on the line the last chunk ended on, as only continuation bytes follow it there
         */
        private MalformedUtf8Exception cutShort() {
            return new MalformedUtf8Exception(cutLead, cutOffset, line, cutOffset - lineStart + 1);
        }

        /** @return the problem of the byte at {@code at} of the chunk that begins at {@code from} */
        private MalformedUtf8Exception malformedAt(byte[] bytes, int from, int at) {
            int atLine = line;
            long atLineStart = lineStart;
            for (int k = from; k < at; k++) {
                if (bytes[k] == '\n') {
                    atLine++;
                    atLineStart = offset + (k - from) + 1;
                }
            }
            long atOffset = offset + (at - from);
            return new MalformedUtf8Exception(bytes[at] & 0xFF, atOffset, atLine, atOffset - atLineStart + 1);
        }

        /**
         * @return the index of the first sequence in {@code [i, end)} that is ill-formed or runs past end; or end
         */
        private static int firstIllFormed(byte[] bytes, int i, int end) {
            while (i < end) {
                // Eight bytes at a time while they are ASCII and well-formed two-byte sequences (Cyrillic), which is
                // nearly all of a document; anything else is checked one sequence at a time below. Each byte's bit
                // 6 is moved up to its bit 7 by the shift: a lead (11xxxxxx) has both, a continuation (10xxxxxx)
                // only bit 7. The eight bytes pass when the continuations are exactly the bytes after leads (a lead
                // that ends the word is carried to the next one), no lead starts a longer sequence (bit 5 set) and
                // no lead is C0 or C1 (an overlong form: bits 4-1 zero; adding 0x7E to those bits sets bit 7
                // unless they are all zero).
                long carry = 0;
                while (i + 8 <= end) {
                    long word = (long) EIGHT_BYTES.get(bytes, i);
                    if ((word & HIGH_BITS | carry) == 0) {
                        i += 8;
                        continue;
                    }
                    long shifted = word << 1;
                    long leads = word & shifted & HIGH_BITS;
                    long continuations = word & ~shifted & HIGH_BITS;
                    long bits4to1 = ((word & 0x1E1E_1E1E_1E1E_1E1EL) + 0x7E7E_7E7E_7E7E_7E7EL) & HIGH_BITS;
                    if ((continuations ^ (leads << 8 | carry) | leads & word << 2 | leads & ~bits4to1) != 0) {
                        break;
                    }
                    carry = leads >>> 56; // a lead in the last byte: its continuation must start the next word
                    i += 8;
                }
                if (carry != 0) {
                    i--; // back to the lead whose continuation did not follow: a sequence starts there
                }
                if (i >= end) {
                    break;
                }
                int b = bytes[i] & 0xFF;
                if (b < 0x80) {
                    i++;
                } else if (b >= 0xC2 && b <= 0xDF) {
                    if (i + 1 >= end || !isContinuation(bytes[i + 1])) {
                        return i;
                    }
                    i += 2;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    if (i + 2 >= end || !inRange(bytes[i + 1], secondLower(b), secondUpper(b))
                            || !isContinuation(bytes[i + 2])) {
                        return i;
                    }
                    i += 3;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    if (i + 3 >= end || !inRange(bytes[i + 1], secondLower(b), secondUpper(b))
                            || !isContinuation(bytes[i + 2]) || !isContinuation(bytes[i + 3])) {
                        return i;
                    }
                    i += 4;
                } else {
                    return i;
                }
            }
            return end;
        }

        /** Unicode's table 3-7: the second byte's bounds rule out overlong forms, surrogates and beyond U+10FFFF. */
        private static int secondLower(int lead) {
            return lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        }

        private static int secondUpper(int lead) {
            return lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        }

        private static boolean isContinuation(byte b) {
            return b < (byte) 0xC0; // 0x80-0xBF, as a signed byte, are the values below 0xC0's
        }

        private static boolean inRange(byte b, int low, int high) {
            int v = b & 0xFF;
            return v >= low && v <= high;
        }
    }
}
