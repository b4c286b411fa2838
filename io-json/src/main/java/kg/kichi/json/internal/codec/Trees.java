package kg.kichi.json.internal.codec;

import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Copies one JSON value from a parser as compact JSON text with every number exactly as written ({@link #text}),
 * whatever the mapper's configuration. A member name given twice in an object is an error
 * ({@link DuplicateMembers}). Nesting is bounded by the parser's {@link tools.jackson.core.StreamReadConstraints},
 * so the recursion is too.
 */
public final class Trees {
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
}
