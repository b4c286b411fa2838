package kg.kichi.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
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
        Checker checker = new Checker();
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
            private final Checker checker = new Checker();

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

    /** A UTF-8 decoder's state machine that only checks, across chunk boundaries. */
    private static final class Checker {
        private long offset;
        private int line = 1;
        private long lineStart;
        private int pending; // continuation bytes still expected
        private int lower = 0x80; // bounds of the next continuation byte
        private int upper = 0xBF;
        private int lead;
        private long leadOffset;
        private int leadLine;
        private long leadLineStart;

        void accept(byte[] bytes, int from, int length) throws MalformedUtf8Exception {
            int end = from + length;
            for (int i = from; i < end; i++, offset++) {
                int b = bytes[i] & 0xFF;
                if (pending > 0) {
                    if (b < lower || b > upper) {
                        throw new MalformedUtf8Exception(lead, leadOffset, leadLine, leadOffset - leadLineStart + 1);
                    }
                    lower = 0x80;
                    upper = 0xBF;
                    pending--;
                    continue;
                }
                if (b < 0x80) {
                    if (b == 0 && offset < 4) {
                        throw malformed(b);
                    }
                    if (b == '\n') {
                        line++;
                        lineStart = offset + 1;
                    }
                    continue;
                }
                lead = b;
                leadOffset = offset;
                leadLine = line;
                leadLineStart = lineStart;
                if (b >= 0xC2 && b <= 0xDF) {
                    pending = 1;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    pending = 2;
                    lower = b == 0xE0 ? 0xA0 : 0x80;
                    upper = b == 0xED ? 0x9F : 0xBF;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    pending = 3;
                    lower = b == 0xF0 ? 0x90 : 0x80;
                    upper = b == 0xF4 ? 0x8F : 0xBF;
                } else {
                    throw malformed(b);
                }
            }
        }

        void end() throws MalformedUtf8Exception {
            if (pending > 0) {
                throw new MalformedUtf8Exception(lead, leadOffset, leadLine, leadOffset - leadLineStart + 1);
            }
        }

        private MalformedUtf8Exception malformed(int b) {
            return new MalformedUtf8Exception(b, offset, line, offset - lineStart + 1);
        }
    }
}
