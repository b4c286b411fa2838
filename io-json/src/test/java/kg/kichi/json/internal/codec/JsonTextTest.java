package kg.kichi.json.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** {@link JsonText#text}: a value copied as compact JSON, numbers as written, the parser left on its last token. */
class JsonTextTest {
    private static final JsonFactory FACTORY = new JsonFactory();

    @Test
    void copiesEveryKindOfValueAndKeepsNumbersAsWritten() {
        String json = "{\"a\": [1, -0, -0.0, 1e400, 2.50, 1E-7, true, false, null],\n"
                + " \"b\": {\"s\": \"\\u00e9 \\\" \\\\ \\n\", \"big\": 123456789012345678901234567890}, \"c\": []}";
        assertThat(copy(json)).isEqualTo("{\"a\":[1,-0,-0.0,1e400,2.50,1E-7,true,false,null],"
                + "\"b\":{\"s\":\"é \\\" \\\\ \\n\",\"big\":123456789012345678901234567890},\"c\":[]}");
    }

    @Test
    void leavesTheParserOnTheValuesLastToken() {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), "[{\"x\": [1, 2]}, 3]")) {
            p.nextToken();
            p.nextToken();
            assertThat(JsonText.text(p)).isEqualTo("{\"x\":[1,2]}");
            assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
            assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
        }
    }

    @Test
    void rejectsANameGivenTwiceInOneObjectAtAnyDepth() {
        assertThatThrownBy(() -> copy("{\"a\": {\"b\": 1, \"b\": 2}}")).isInstanceOf(JacksonException.class)
                .hasMessageContaining("\"b\"");
        assertThat(copy("{\"a\": {\"b\": 1}, \"c\": {\"b\": 2}}")).isEqualTo("{\"a\":{\"b\":1},\"c\":{\"b\":2}}");
    }

    /** Compact JSON copies to itself: random values, with numbers in every notation. */
    @Test
    void compactJsonIsCopiedUnchanged() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            String compact = randomValue(random, 4);
            assertThat(copy(compact)).as(compact).isEqualTo(compact);
        }
    }

    private static String copy(String json) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
            p.nextToken();
            return JsonText.text(p);
        }
    }

    private static String randomValue(Random random, int depth) {
        switch (random.nextInt(depth > 0 ? 6 : 4)) {
            case 0:
                return CodecTesting.randomNumberText(random);
            case 1:
                return "\"t" + random.nextInt(100) + "\"";
            case 2:
                return random.nextBoolean() ? "true" : "false";
            case 3:
                return "null";
            case 4: {
                StringBuilder out = new StringBuilder("[");
                for (int n = random.nextInt(4), k = 0; k < n; k++) {
                    out.append(k > 0 ? "," : "").append(randomValue(random, depth - 1));
                }
                return out.append(']').toString();
            }
            default: {
                StringBuilder out = new StringBuilder("{");
                for (int n = random.nextInt(4), k = 0; k < n; k++) {
                    out.append(k > 0 ? "," : "").append("\"m").append(k).append("\":")
                            .append(randomValue(random, depth - 1));
                }
                return out.append('}').toString();
            }
        }
    }
}
