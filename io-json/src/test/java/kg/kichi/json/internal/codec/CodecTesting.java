package kg.kichi.json.internal.codec;

import java.io.StringWriter;
import java.util.List;
import java.util.Random;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.KichiJson;
import kg.kichi.json.Mode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Reads and writes single values through a codec, for unit tests. */
public final class CodecTesting {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CodecTesting() {}

    /** What a read gave: the value or null, and the problems. */
    public record Result<T>(T value, List<DocumentProblem> problems) {}

    /**
     * @param codec the codec
     * @param json one JSON value
     * @param mode strict or lenient
     * @param <T> the type
     * @return the value and problems
     */
    public static <T> Result<T> read(Codec<T> codec, String json, Mode mode) {
        Problems problems = Problems.collecting(100);
        try (JsonParser p = KichiJson.mapper().createParser(json)) {
            p.nextToken();
            Cursor in = Cursor.root(p, "", problems, mode);
            T value = codec.read(in);
            if (!in.token().isScalarValue() && !in.token().isStructEnd()) {
                throw new AssertionError("value not read to its end: " + in.token());
            }
            if (p.nextToken() != null) {
                throw new AssertionError("value not read to its end: " + p.currentToken());
            }
            return new Result<>(value, problems.list());
        }
    }

    /**
     * @param codec the codec
     * @param json one JSON value
     * @param <T> the type
     * @return the value and problems, strict
     */
    public static <T> Result<T> read(Codec<T> codec, String json) {
        return read(codec, json, Mode.STRICT);
    }

    /**
     * @param codec the codec
     * @param value the value
     * @param <T> the type
     * @return compact JSON
     */
    public static <T> String write(Codec<T> codec, T value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = KichiJson.mapper().createGenerator(out)) {
            codec.write(value, g);
        }
        return out.toString();
    }

    /**
     * @param json one JSON value
     * @return its tree, numbers exact
     */
    public static JsonNode tree(String json) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
            p.nextToken();
            return read(p);
        }
    }

    /**
     * @param random the source
     * @return a JSON number's text: optional minus, an integer part without leading zeros, optional fraction and
     *     exponent (either case, optional sign)
     */
    public static String randomNumberText(Random random) {
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "-" : "");
        if (random.nextInt(4) == 0) {
            text.append('0');
        } else {
            text.append(1 + random.nextInt(9));
            for (int digits = random.nextInt(25); digits > 0; digits--) {
                text.append(random.nextInt(10));
            }
        }
        if (random.nextBoolean()) {
            text.append('.');
            for (int digits = 1 + random.nextInt(10); digits > 0; digits--) {
                text.append(random.nextInt(10));
            }
        }
        if (random.nextBoolean()) {
            text.append(random.nextBoolean() ? 'e' : 'E').append(List.of("", "+", "-").get(random.nextInt(3)))
                    .append(1 + random.nextInt(999));
        }
        return text.toString();
    }

    /**
     * Reads the value at the parser's current token into a tree, numbers exact (integers as {@code BigInteger},
     * others as {@code BigDecimal} from their text, trailing zeros kept), a name given twice an error; the parser
     * is left on the value's last token.
     *
     * @param p the parser, on the first token of a value
     * @return the value
     */
    private static JsonNode read(JsonParser p) {
        JsonToken token = p.currentToken();
        if (token == null) {
            throw new IllegalStateException("no current token");
        }
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    if (object.has(name)) {
                        throw DuplicateMembers.error(p, name);
                    }
                    p.nextToken();
                    object.set(name, read(p));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(p));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.stringNode(p.getString());
            case VALUE_NUMBER_INT:
                return NODES.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return DecimalNode.valueOf(p.getDecimalValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IllegalStateException("unexpected token " + token);
        }
    }
}
