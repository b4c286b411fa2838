package kg.kichi.json.giving360;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A value read by {@link ValueReader} is the tree databind reads, node class for node class, with its hash. */
class ValueReaderTest {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final String[] NUMBERS = {"0", "-0", "7", "-2147483648", "2147483648", "9223372036854775807",
        "9223372036854775808", "123456789012345678901234567890", "2.50", "2.5", "-0.0", "1e3", "1E+3", "1.0E-7",
        "0.1", "100.00"};
    private static final String[] STRINGS = {"\"\"", "\"a\"", "\"\\u00e9 \\n /\"", "\"Кыргызстан\""};

    @Test
    void readsWhatDatabindReads() {
        ObjectNodeCheck.same("{\"a\":[1,2.50,{\"b\":null,\"c\":true,\"d\":false}],\"e\":\"x\",\"f\":{}}");
        ObjectNodeCheck.same("[]");
        ObjectNodeCheck.same("\"only\"");
        for (String number : NUMBERS) {
            ObjectNodeCheck.same(number);
        }
    }

    @Test
    void readsGeneratedTextsAsDatabindDoes() {
        SplittableRandom random = new SplittableRandom(360);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            value(random, 0, text);
            ObjectNodeCheck.same(text.toString());
        }
    }

    @Test
    void theHashIgnoresMemberOrderAndNumberForms() {
        assertThat(hash("{\"a\":1,\"b\":[1.0,\"x\"]}")).isEqualTo(hash("{\"b\":[1e0,\"x\"],\"a\":1.00}"));
        assertThat(hash("{\"a\":1,\"b\":[1.0,\"x\"]}")).isNotEqualTo(hash("{\"a\":1,\"b\":[\"x\",1.0]}"));
        assertThat(hash("{\"a\":\"1\"}")).isNotEqualTo(hash("{\"a\":1}"));
    }

    private static long hash(String text) {
        try (JsonParser p = MAPPER.createParser(text)) {
            p.nextToken();
            ValueReader reader = new ValueReader();
            reader.read(p);
            return reader.hash();
        }
    }

    /** Reads a text both ways and compares. */
    private static final class ObjectNodeCheck {
        static void same(String text) {
            JsonNode expected = MAPPER.readTree(text);
            try (JsonParser p = MAPPER.createParser(text)) {
                p.nextToken();
                ValueReader reader = new ValueReader();
                JsonNode actual = reader.read(p);
                assertThat(actual).as(text).isEqualTo(expected);
                assertSameClasses(actual, expected, text);
                assertThat(reader.hash()).as("hash of %s", text).isEqualTo(JsonValues.hash(expected));
            }
        }

        private static void assertSameClasses(JsonNode actual, JsonNode expected, String text) {
            assertThat(actual.getClass()).as(text).isEqualTo(expected.getClass());
            if (expected.isContainer()) {
                for (int i = 0; i < expected.size(); i++) {
                    JsonNode e = expected.isArray() ? expected.get(i) : null;
                    if (e != null) {
                        assertSameClasses(actual.get(i), e, text);
                    }
                }
                expected.properties().forEach(m -> assertSameClasses(actual.get(m.getKey()), m.getValue(), text));
            }
        }
    }

    private static void value(SplittableRandom random, int depth, StringBuilder out) {
        int kind = random.nextInt(depth > 3 ? 4 : 6);
        switch (kind) {
            case 0 -> out.append(NUMBERS[random.nextInt(NUMBERS.length)]);
            case 1 -> out.append(STRINGS[random.nextInt(STRINGS.length)]);
            case 2 -> out.append(random.nextBoolean() ? "true" : "false");
            case 3 -> out.append("null");
            case 4 -> {
                out.append('[');
                for (int i = random.nextInt(4); i > 0; i--) {
                    value(random, depth + 1, out);
                    out.append(i > 1 ? "," : "");
                }
                out.append(']');
            }
            default -> {
                out.append('{');
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    out.append("\"m").append(i).append("\":");
                    value(random, depth + 1, out);
                    out.append(i < n - 1 ? "," : "");
                }
                out.append('}');
            }
        }
    }
}
