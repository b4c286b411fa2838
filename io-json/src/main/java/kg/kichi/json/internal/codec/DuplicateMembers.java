package kg.kichi.json.internal.codec;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;

/**
 * Rejects a member name given twice in one object, as Jackson's {@code STRICT_DUPLICATE_DETECTION} does, but
 * without a set of names per object: the decoders check the members they dispatch themselves (a bit per declared
 * member), and only values that are skipped or kept as trees are walked with sets. The error is Jackson's own
 * kind ({@link StreamReadException}, message {@code Duplicate Object property "name"}), so it ends a read the same
 * way.
 */
public final class DuplicateMembers {
    private static final Object ARRAY = new Object();

    private DuplicateMembers() {}

    /**
     * The error for a member given twice.
     *
     * @param p the parser, on the second occurrence of the name
     * @param name the name
     * @return the error, to throw
     */
    public static StreamReadException error(JsonParser p, String name) {
        // at the repeated name itself (the parser's current token), not wherever the parser has read up to
        return new StreamReadException(p, "Duplicate Object property \"" + name + "\"", p.currentTokenLocation());
    }

    /**
     * Skips the value at the parser's current token, rejecting duplicate member names anywhere inside and
     * decoding its strings (so that their length limit and encoding are checked, as in the values read); the
     * parser is left on the value's last token. Iterative, so deep nesting costs no stack.
     *
     * @param p the parser, on the first token of a value
     */
    @SuppressWarnings("unchecked")
    public static void skip(JsonParser p) {
        JsonToken token = p.currentToken();
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return;
        }
        ArrayDeque<Object> open = new ArrayDeque<>();
        open.push(token == JsonToken.START_OBJECT ? new HashSet<String>() : ARRAY);
        while (!open.isEmpty()) {
            token = p.nextToken();
            if (token == null) {
                return; // end of input: the parser reports it
            }
            switch (token) {
                case START_OBJECT:
                    open.push(new HashSet<String>());
                    break;
                case START_ARRAY:
                    open.push(ARRAY);
                    break;
                case END_OBJECT:
                case END_ARRAY:
                    open.pop();
                    break;
                case PROPERTY_NAME:
                    if (!((Set<String>) open.peek()).add(p.currentName())) {
                        throw error(p, p.currentName());
                    }
                    break;
                case VALUE_STRING:
                    p.getString(); // decoded, so that its length limit and encoding are checked as everywhere else
                    break;
                default:
                    break;
            }
        }
    }
}
