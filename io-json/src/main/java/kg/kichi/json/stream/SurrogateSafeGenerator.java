package kg.kichi.json.stream;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.util.JsonGeneratorDelegate;

/**
 * A generator that writes a lone surrogate (a UTF-16 code unit of a pair whose other half is missing) as its
 * escape {@code \}{@code uD800} instead of failing half-way through a document ({@code Incomplete surrogate pair})
 * or writing text that is not Unicode. JSON allows the escape, a reader turns it back into the same code unit,
 * and the lenient reader accepts such strings, so a document read is always written back. Text without a lone
 * surrogate, nearly all, goes to the wrapped generator unchanged after one scan.
 */
final class SurrogateSafeGenerator extends JsonGeneratorDelegate {
    SurrogateSafeGenerator(JsonGenerator out) {
        super(out, false);
    }

    @Override
    public JsonGenerator writeString(String text) {
        if (text != null && loneSurrogateAt(text, 0) >= 0) {
            delegate.writeString(new Escaped(escape(text, true)));
            return this;
        }
        delegate.writeString(text);
        return this;
    }

    @Override
    public JsonGenerator writeName(String name) {
        if (loneSurrogateAt(name, 0) >= 0) {
            delegate.writeName(new Escaped(escape(name, true)));
            return this;
        }
        delegate.writeName(name);
        return this;
    }

    @Override
    public JsonGenerator writeRawValue(String text) {
        // raw JSON text: a lone surrogate can only stand inside a string there, where its escape means the same
        delegate.writeRawValue(loneSurrogateAt(text, 0) >= 0 ? escape(text, false) : text);
        return this;
    }

    /**
     * @param text text
     * @param from where to start looking
     * @return the index of the first lone surrogate at or after {@code from}, or -1
     */
    static int loneSurrogateAt(CharSequence text, int from) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * @param text text with a lone surrogate
     * @param quote whether to escape it as the content of a JSON string (quotes, backslashes, controls too), or
     *     only its lone surrogates (raw JSON text)
     * @return the escaped text
     */
    static String escape(String text, boolean quote) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    b.append(c).append(text.charAt(++i));
                } else {
                    b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                }
            } else if (quote && (c == '"' || c == '\\')) {
                b.append('\\').append(c);
            } else if (quote && c < 0x20) {
                b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Text already escaped for the inside of a JSON string: written as it is, quoted or not. */
    private static final class Escaped implements SerializableString {
        private final String value;
        private final byte[] utf8;

        Escaped(String value) {
            this.value = value;
            this.utf8 = value.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String getValue() {
            return value;
        }

        @Override
        public int charLength() {
            return value.length();
        }

        @Override
        public char[] asQuotedChars() {
            return value.toCharArray();
        }

        @Override
        public byte[] asUnquotedUTF8() {
            return utf8.clone();
        }

        @Override
        public byte[] asQuotedUTF8() {
            return utf8.clone();
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            return appendUnquotedUTF8(buffer, offset);
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            return appendUnquoted(buffer, offset);
        }

        @Override
        public int appendUnquotedUTF8(byte[] buffer, int offset) {
            if (offset + utf8.length > buffer.length) {
                return -1;
            }
            System.arraycopy(utf8, 0, buffer, offset, utf8.length);
            return utf8.length;
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            if (offset + value.length() > buffer.length) {
                return -1;
            }
            value.getChars(0, value.length(), buffer, offset);
            return value.length();
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) throws IOException {
            return writeUnquotedUTF8(out);
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) throws IOException {
            out.write(utf8);
            return utf8.length;
        }

        @Override
        public int putQuotedUTF8(ByteBuffer buffer) {
            return putUnquotedUTF8(buffer);
        }

        @Override
        public int putUnquotedUTF8(ByteBuffer buffer) {
            if (utf8.length > buffer.remaining()) {
                return -1;
            }
            buffer.put(utf8);
            return utf8.length;
        }
    }
}
