package kg.kichi.json.internal.codec;

import java.io.StringWriter;
import java.util.ArrayDeque;
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
 * ({@link DuplicateMembers}). Nesting is bounded by the parser's {@link tools.jackson.core.StreamReadConstraints};
 * the copy is iterative, so it costs no thread stack.
 */
public final class JsonText {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Object ARRAY = new Object();

    private JsonText() {}

    /**
     * Copies the value at the parser's current token as compact JSON text; the parser is left on the value's last
     * token. Numbers are copied as written ({@code -0.0}, {@code 1e400}, {@code 2.50} stay so): a lenient reader
     * keeps unknown members this way, and writes them back unchanged.
     *
     * @param p the parser, on the first token of a value
     * @return the value's JSON text
     */
    public static String text(JsonParser p) {
        return text(p, Integer.MAX_VALUE);
    }

    /**
     * Copies the value at the parser's current token as compact JSON text, unless it is longer than a bound: then
     * the rest of the value is read (checked as usual) but not kept, and the answer is {@code null}.
     *
     * @param p the parser, on the first token of a value
     * @param maxLength the most characters of text to keep
     * @return the value's JSON text, or {@code null} when longer than {@code maxLength}
     */
    public static String text(JsonParser p, int maxLength) {
        StringWriter out = new StringWriter();
        boolean whole;
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            whole = copy(p, g, out.getBuffer(), maxLength);
        }
        return whole && out.getBuffer().length() <= maxLength ? out.toString() : null;
    }

    /**
     * Copies without recursion (a stack of open containers), so that deep nesting within the parser's limit costs
     * no thread stack: at the largest limit, 500 levels, a recursive copy overflowed a small stack.
     */
    private static boolean copy(JsonParser p, JsonGenerator g, StringBuffer written, int maxLength) {
        JsonToken token = p.currentToken();
        if (token == null) {
            throw new IllegalStateException("no current token");
        }
        ArrayDeque<Object> open = new ArrayDeque<>(); // a set of names per open object, ARRAY per open array
        JsonGenerator keep = g;
        do {
            if (keep != null && written.length() > maxLength) {
                keep.flush();
                if (written.length() > maxLength) {
                    keep = null; // too long: the rest is read and checked, not kept
                    written.setLength(0);
                }
            }
            if (keep == null) {
                skipToken(p, token, open);
                continue;
            }
            switch (token) {
                case START_OBJECT:
                    g.writeStartObject();
                    open.push(new HashSet<String>());
                    break;
                case START_ARRAY:
                    g.writeStartArray();
                    open.push(ARRAY);
                    break;
                case END_OBJECT:
                    g.writeEndObject();
                    open.pop();
                    break;
                case END_ARRAY:
                    g.writeEndArray();
                    open.pop();
                    break;
                case PROPERTY_NAME: {
                    String name = p.currentName();
                    @SuppressWarnings("unchecked")
                    Set<String> names = (Set<String>) open.peek();
                    if (!names.add(name)) {
                        throw DuplicateMembers.error(p, name);
                    }
                    g.writeName(name);
                    break;
                }
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
        } while (!open.isEmpty() && (token = p.nextToken()) != null);
        return keep != null;
    }

    @SuppressWarnings("unchecked")
    private static void skipToken(JsonParser p, JsonToken token, ArrayDeque<Object> open) {
        switch (token) {
            case START_OBJECT -> open.push(new HashSet<String>());
            case START_ARRAY -> open.push(ARRAY);
            case END_OBJECT, END_ARRAY -> open.pop();
            case PROPERTY_NAME -> {
                if (!((Set<String>) open.peek()).add(p.currentName())) {
                    throw DuplicateMembers.error(p, p.currentName());
                }
            }
            case VALUE_STRING -> p.getString(); // decoded, so that its limits and encoding are checked
            default -> { }
        }
    }
}
