package kg.kichi.json.internal.codec;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Codecs of JSON's own values: strings, booleans, integers, exact decimals, enum codes, date-times. */
public final class Scalars {
    /** Most digits an exact decimal may have on either side of the point. */
    public static final int MAX_DECIMAL_DIGITS = 40;

    private Scalars() {}

    /** A string, as is. */
    public static final Codec<String> STRING = new Codec<>() {
        @Override
        public String read(Cursor in) {
            return in.string();
        }

        @Override
        public void write(String value, JsonGenerator out) {
            out.writeString(value);
        }
    };

    /** {@code true} or {@code false}. */
    public static final Codec<Boolean> BOOLEAN = new Codec<>() {
        @Override
        public Boolean read(Cursor in) {
            JsonToken token = in.token();
            if (token == JsonToken.VALUE_TRUE) {
                return Boolean.TRUE;
            } else if (token == JsonToken.VALUE_FALSE) {
                return Boolean.FALSE;
            }
            in.wrongType("boolean");
            return null;
        }

        @Override
        public void write(Boolean value, JsonGenerator out) {
            out.writeBoolean(value);
        }
    };

    /** A whole number that fits an {@code int}. */
    public static final Codec<Integer> INTEGER = new Codec<>() {
        @Override
        public Integer read(Cursor in) {
            if (!isWhole(in)) {
                return null;
            }
            JsonParser p = in.parser();
            if (p.getNumberType() == JsonParser.NumberType.INT) {
                return p.getIntValue();
            }
            in.problem("kichi.json.number", Map.of("value", p.getBigIntegerValue().toString()));
            return null;
        }

        @Override
        public void write(Integer value, JsonGenerator out) {
            out.writeNumber(value);
        }
    };

    /** A whole number that fits a {@code long}. */
    public static final Codec<Long> LONG = new Codec<>() {
        @Override
        public Long read(Cursor in) {
            if (!isWhole(in)) {
                return null;
            }
            JsonParser p = in.parser();
            JsonParser.NumberType type = p.getNumberType();
            if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
                return p.getLongValue();
            }
            in.problem("kichi.json.number", Map.of("value", p.getBigIntegerValue().toString()));
            return null;
        }

        @Override
        public void write(Long value, JsonGenerator out) {
            out.writeNumber(value);
        }
    };

    /**
     * An exact decimal, from the number's text (never through {@code double}), scale kept; written plain. An
     * exponent is accepted on reading ({@code 1.5E3} is {@code 1500}) within {@value #MAX_DECIMAL_DIGITS} digits.
     */
    public static final Codec<BigDecimal> DECIMAL = new Codec<>() {
        @Override
        public BigDecimal read(Cursor in) {
            JsonToken token = in.token();
            BigDecimal value;
            try {
                if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                    value = in.parser().getDecimalValue();
                } else if (token == JsonToken.VALUE_NUMBER_INT) {
                    value = wholeDecimal(in.parser());
                } else {
                    in.wrongType("number");
                    return null;
                }
            } catch (NumberFormatException | ArithmeticException exponentBeyondInt) {
                // 1e999999999999: BigDecimal's scale is an int; the text is valid JSON, the number out of range
                in.problem("kichi.json.number", Map.of("value", in.parser().getString()));
                return null;
            }
            if (value.scale() > MAX_DECIMAL_DIGITS || (long) value.precision() - value.scale() > MAX_DECIMAL_DIGITS) {
                in.problem("kichi.json.number", Map.of("value", value.toString()));
                return null;
            }
            return value.scale() < 0 ? value.setScale(0) : value;
        }

        @Override
        public void write(BigDecimal value, JsonGenerator out) {
            out.writeNumber(value);
        }
    };

    /**
     * An ISO 8601 date-time with offset, e.g. {@code 2021-02-15T17:00:00+06:00}, as
     * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} reads it, with a year of four digits; the usual form is read by
     * hand first, for speed ({@link #parseCommonDateTime}, benchmarks/README.md). Not Jackson's own
     * {@code OffsetDateTime} deserializer: by default it moves the offset to the context's time zone (UTC), and it
     * takes numbers as timestamps.
     */
    public static final Codec<OffsetDateTime> OFFSET_DATE_TIME = new Codec<>() {
        @Override
        public OffsetDateTime read(Cursor in) {
            String text = in.string();
            if (text == null) {
                return null;
            }
            OffsetDateTime common = parseCommonDateTime(text);
            if (common != null) {
                return common;
            }
            if (text.length() < 5 || text.charAt(4) != '-' || !Character.isDigit(text.charAt(0))) {
                // a year of four digits, as the schema says: the formatter alone took +999999999-12-31T23:59:59+18:00
                in.problem("kichi.json.dateTime", Map.of("value", text));
                return null;
            }
            try {
                return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException e) {
                in.problem("kichi.json.dateTime", Map.of("value", text));
                return null;
            }
        }

        @Override
        public void write(OffsetDateTime value, JsonGenerator out) {
            out.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
        }
    };

    /**
     * An enum written as its lower-kebab code.
     *
     * @param values every constant
     * @param code a constant's code
     * @param <E> the enum
     * @return the codec; an unknown code is {@code kichi.json.code}
     */
    public static <E extends Enum<E>> Codec<E> enumeration(E[] values, Function<E, String> code) {
        E[] constants = values.clone();
        String[] codes = Arrays.stream(constants).map(code).toArray(String[]::new);
        String allowed = String.join(", ", codes);
        return new Codec<>() {
            @Override
            public E read(Cursor in) {
                String text = in.string();
                if (text == null) {
                    return null;
                }
                for (int i = 0; i < codes.length; i++) {
                    if (codes[i].equals(text)) {
                        return constants[i];
                    }
                }
                in.problem("kichi.json.code", Map.of("value", text, "allowed", allowed));
                return null;
            }

            @Override
            public void write(E value, JsonGenerator out) {
                out.writeString(code.apply(value));
            }
        };
    }

    private static boolean isWhole(Cursor in) {
        JsonToken token = in.token();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return true;
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            in.problem("kichi.json.type", Map.of("expected", "integer", "actual", "number"));
        } else {
            in.wrongType("integer");
        }
        return false;
    }

    private static BigDecimal wholeDecimal(JsonParser p) {
        switch (p.getNumberType()) {
            case INT:
            case LONG:
                return BigDecimal.valueOf(p.getLongValue());
            default:
                return new BigDecimal(p.getBigIntegerValue());
        }
    }
    /**
     * The usual form of an ISO 8601 date-time, {@code uuuu-MM-ddTHH:mm:ss[.fraction](Z|±HH:MM)}, read by hand for
     * speed (benchmarks/README.md); anything else, valid or not, is {@code null} and left to
     * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}, so every result is the one the formatter gives.
     *
     * @param s the text
     * @return the date-time, or {@code null} when the formatter has to decide
     */
    static OffsetDateTime parseCommonDateTime(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        int i = 19;
        int nano = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                nano = nano * 10 + s.charAt(i++) - '0';
            }
            if (i == start) {
                return null;
            }
            for (int k = i - start; k < 9; k++) {
                nano *= 10;
            }
        }
        int offsetSeconds;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offsetSeconds = 0;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int hours = digits(s, i + 1, 2);
            int minutes = digits(s, i + 4, 2);
            if (hours < 0 || minutes < 0 || minutes > 59) {
                return null;
            }
            offsetSeconds = (s.charAt(i) == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        } else {
            return null;
        }
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nano,
                    ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** @return the decimal value of {@code count} ASCII digits at {@code from}, or -1 */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }
}
