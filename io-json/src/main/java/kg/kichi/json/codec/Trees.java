package kg.kichi.json.codec;

import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one JSON value from a parser, whatever the mapper's configuration: as compact JSON text with every number
 * exactly as written ({@link #text}), or into a tree whose numbers with a fraction or exponent are exact
 * {@link DecimalNode}s read from their text ({@link #read}: {@link JsonParser#getDecimalValue()}, never through
 * {@code double}, trailing zeros kept). Either way a member name given twice in an object is an error
 * ({@link DuplicateMembers}). Nesting is bounded by the parser's {@link tools.jackson.core.StreamReadConstraints},
 * so the recursion is too.
 */
public final class Trees {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonFactory FACTORY = new JsonFactory();

    private Trees() {}

    /**
     * Copies the value at the parser's current token as compact JSON text; the parser is left on the value's last
     * token. Numbers are copied as written ({@code -0.0}, {@code 1e400}, {@code 2.50} stay so): a lenient reader
     * keeps unknown members this way, and writes them back unchanged.
     *
     * @param p the parser, on the first token of a value
     * @return the value's JSON text
     */
    public static String text(JsonParser p) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            copy(p, g);
        }
        return out.toString();
    }

    private static void copy(JsonParser p, JsonGenerator g) {
        JsonToken token = p.currentToken();
        if (token == null) {
            throw new IllegalStateException("no current token");
        }
        switch (token) {
            case START_OBJECT: {
                g.writeStartObject();
                Set<String> names = new HashSet<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    if (!names.add(name)) {
                        throw DuplicateMembers.error(p, name);
                    }
                    g.writeName(name);
                    p.nextToken();
                    copy(p, g);
                }
                g.writeEndObject();
                break;
            }
            case START_ARRAY:
                g.writeStartArray();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    copy(p, g);
                }
                g.writeEndArray();
                break;
            case VALUE_STRING:
                g.writeString(p.getString());
                break;
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                g.writeNumber(p.getString()); // the parser checked its syntax; its text is kept as is
                break;
            case VALUE_TRUE:
            case VALUE_FALSE:
                g.writeBoolean(token == JsonToken.VALUE_TRUE);
                break;
            case VALUE_NULL:
                g.writeNull();
                break;
            default:
                throw new IllegalStateException("unexpected token " + token);
        }
    }

    /**
     * Reads the value at the parser's current token; the parser is left on the value's last token.
     *
     * @param p the parser, on the first token of a value
     * @return the value
     */
    public static JsonNode read(JsonParser p) {
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
