package kg.kichi.json.giving360;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one JSON value from a parser into the tree databind's {@code readTree} gives with
 * {@code USE_BIG_DECIMAL_FOR_FLOATS} (the same nodes: int, long and big integer nodes by size, decimal nodes as
 * written), computing its {@linkplain JsonValues#hash content hash} on the way, so that a grant is walked once
 * rather than read and then hashed.
 *
 * <p>Recursive: the depth is bounded by the parser's nesting limit ({@code ReadLimits}). Not thread-safe: one
 * instance per read.
 */
final class ValueReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private long hash;

    /**
     * @param p a parser at the value's first token
     * @return the value; the parser is left at its last token
     */
    JsonNode read(JsonParser p) {
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT:
                return object(p);
            case START_ARRAY:
                return array(p);
            case VALUE_STRING:
                return leaf(NODES.stringNode(p.getString()));
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return leaf(NODES.numberNode(p.getIntValue()));
                    case LONG:
                        return leaf(NODES.numberNode(p.getLongValue()));
                    default:
                        return leaf(NODES.numberNode(p.getBigIntegerValue()));
                }
            case VALUE_NUMBER_FLOAT:
                return leaf(NODES.numberNode(p.getDecimalValue()));
            case VALUE_TRUE:
                return leaf(NODES.booleanNode(true));
            case VALUE_FALSE:
                return leaf(NODES.booleanNode(false));
            case VALUE_NULL:
                return leaf(NODES.nullNode());
            default:
                throw new IllegalStateException("not at a value: " + token);
        }
    }

    /** @return the content hash of the value last {@linkplain #read read} */
    long hash() {
        return hash;
    }

    private JsonNode leaf(JsonNode value) {
        hash = JsonValues.hash(value);
        return value;
    }

    private ObjectNode object(JsonParser p) {
        ObjectNode object = NODES.objectNode();
        long members = 0;
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            object.set(name, read(p));
            members += JsonValues.member(name, hash);
        }
        hash = JsonValues.object(members);
        return object;
    }

    private ArrayNode array(JsonParser p) {
        ArrayNode array = NODES.arrayNode();
        long elements = JsonValues.ARRAY_SEED;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            array.add(read(p));
            elements = JsonValues.element(elements, hash);
        }
        hash = JsonValues.array(elements);
        return array;
    }
}
