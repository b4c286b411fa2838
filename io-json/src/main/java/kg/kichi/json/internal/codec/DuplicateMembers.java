package kg.kichi.json.internal.codec;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;

/**
 * Rejects a member name given twice in one object, with the error Jackson's {@code STRICT_DUPLICATE_DETECTION}
 * raises ({@link StreamReadException}, message {@code Duplicate Object property "name"}, at the repeated name), so
 * that it ends a read the same way.
 *
 * <p>Why not Jackson's feature itself: it is a setting of the {@code JsonFactory}, which a codec cannot turn on for
 * a parser it is handed, and {@link kg.kichi.json.KichiModule}'s deserializers must reject duplicates through any
 * user's mapper, configured so or not ({@code DirectDecodingTest}); and it keeps a set of names for every object
 * read, where the members an object codec declares are checked with one byte each ({@link MemberValues}). Only values
 * skipped or kept as JSON text are walked with a set of names per object, here and in {@link JsonText}.
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
