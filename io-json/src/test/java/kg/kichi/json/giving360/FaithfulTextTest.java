package kg.kichi.json.giving360;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The JSON text of a kept member is the text Jackson's generator writes for it, character for character. */
class FaithfulTextTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] STRINGS = {"", "plain", "a \"quoted\" word", "back\\slash", "https://example.org/a/b",
        "line\nbreak\ttab\r\b\f", "\u0000\u001f\u007f", "Кыргызстан", "Бишкек ш.", "emoji \uD83D\uDE00", "</script>"};

    @Test
    void writesLikeJacksonByHand() {
        ObjectNode value = NODES.objectNode();
        value.putArray("a").add(1).add(new BigDecimal("2.50")).add(new BigDecimal("1E+3")).add(true).addNull();
        value.put("s", "x\"/\n");

        assertThat(Faithful.text(value)).isEqualTo("{\"a\":[1,2.50,1E+3,true,null],\"s\":\"x\\\"/\\n\"}");
    }

    @Test
    void writesGeneratedValuesAsJacksonDoes() {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 2_000; i++) {
            JsonNode value = value(random, 0);
            assertThat(Faithful.text(value)).as("value %d", i).isEqualTo(Faithful.MAPPER.writeValueAsString(value));
        }
    }

    @Test
    void aDoubleIsWrittenByJackson() {
        ArrayNode value = NODES.arrayNode().add(0.1).add(1e300);

        assertThat(Faithful.text(value)).isEqualTo(Faithful.MAPPER.writeValueAsString(value));
    }

    private static JsonNode value(SplittableRandom random, int depth) {
        int kind = random.nextInt(depth > 3 ? 7 : 9);
        switch (kind) {
            case 0:
                return NODES.textNode(STRINGS[random.nextInt(STRINGS.length)]);
            case 1:
                return NODES.numberNode(random.nextInt());
            case 2:
                return NODES.numberNode(random.nextLong());
            case 3:
                return NODES.numberNode(new BigInteger(100, new java.util.Random(random.nextLong())));
            case 4:
                return NODES.numberNode(BigDecimal.valueOf(random.nextLong(), random.nextInt(-5, 12)));
            case 5:
                return NODES.booleanNode(random.nextBoolean());
            case 6:
                return NODES.nullNode();
            case 7: {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(value(random, depth + 1));
                }
                return array;
            }
            default: {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(STRINGS[random.nextInt(STRINGS.length)], value(random, depth + 1));
                }
                return object;
            }
        }
    }
}
