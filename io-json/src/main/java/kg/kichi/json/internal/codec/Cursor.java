package kg.kichi.json.internal.codec;

import java.util.Map;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.Mode;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;

/**
 * A JSON value being read straight from a parser, with where it stands in the document, the mode and where its
 * problems go.
 *
 * <p>The parser is on the first token of the value; a codec reads the value's tokens and leaves the parser on its
 * last token (an object's or array's end, or the scalar itself), also when it reports a problem, so that a reader
 * can go on with the value's siblings and report every problem of a document. Codecs never throw for bad input:
 * they report each problem here and return {@code null}.
 *
 * <p>The JSON Pointer is built only when a problem is reported: a cursor knows its parent and its own segment (a
 * member name or an index). The cursor on the members or elements of a value is reused from one to the next, and
 * for the next value at the same depth, so a codec must not keep a cursor after its {@code read} returns.
 */
public final class Cursor {
    private final JsonParser parser;
    private final Problems problems;
    private final Mode mode;
    private final Cursor parent;
    private final String base;
    private String name;
    private int index = -1;
    private String seenId;
    private Cursor child;
    private Object[] scratch;
    private MemberValues fields;

    private Cursor(JsonParser parser, Problems problems, Mode mode, Cursor parent, String base) {
        this.parser = parser;
        this.problems = problems;
        this.mode = mode;
        this.parent = parent;
        this.base = base;
    }

    /**
     * A cursor on a value at the root of what is read.
     *
     * @param parser the parser, on the first token of the value; {@code null} for a cursor that only places and
     *     collects problems (as the catalogue's assembler does after the walk)
     * @param pointer the JSON Pointer of the value, {@code ""} for a whole document
     * @param problems where problems go
     * @param mode strict or lenient
     * @return the cursor
     */
    public static Cursor root(JsonParser parser, String pointer, Problems problems, Mode mode) {
        return new Cursor(parser, problems, mode, null, pointer);
    }

    /** @return the parser, on the value's first token until the value is read */
    public JsonParser parser() {
        return parser;
    }

    /** @return the current token of the parser: the value's first token until it is read */
    public JsonToken token() {
        return parser.currentToken();
    }

    /** @return the JSON Pointer of the value, built on each call */
    public String pointer() {
        return parent == null ? base : jsonPointer().toString();
    }

    /**
     * The pointer from the chain of cursors, not from the parser's own context
     * ({@code streamReadContext().pathAsPointer()}): a cursor's pointer is relative to where its read began (a
     * value decoded inside a larger document by {@link CodecDeserializer} has pointers relative to itself), and the
     * catalogue's assembler places problems after the walk, with no parser.
     */
    private JsonPointer jsonPointer() {
        if (parent == null) {
            return JsonPointer.compile(base);
        }
        JsonPointer above = parent.jsonPointer();
        return name != null ? above.appendProperty(name) : above.appendIndex(index);
    }

    /** @return the mode */
    public Mode mode() {
        return mode;
    }

    /** @return where problems go */
    public Problems problems() {
        return problems;
    }

    /**
     * The cursor for the members or elements of this value, to be placed with {@link #member(String)} or
     * {@link #element(int)} before each one. There is one per cursor, reused: only the value being read needs one.
     *
     * @return the cursor
     */
    public Cursor child() {
        Cursor c = child;
        if (c == null) {
            c = new Cursor(parser, problems, mode, this, null);
            child = c;
        }
        return c;
    }

    /** @return the buffer {@link MemberValues} collects the elements of an array in, while this cursor is on them */
    Object[] scratch() {
        if (scratch == null) {
            scratch = new Object[16];
        }
        return scratch;
    }

    Object[] scratch(Object[] grown) {
        scratch = grown;
        return grown;
    }

    /**
     * Places this (child) cursor on a member of its parent.
     *
     * @param memberName the member name
     * @return this cursor
     */
    public Cursor member(String memberName) {
        this.name = memberName;
        this.index = -1;
        this.seenId = null;
        return this;
    }

    /**
     * Places this (child) cursor on an element of its parent.
     *
     * @param elementIndex the index
     * @return this cursor
     */
    public Cursor element(int elementIndex) {
        this.name = null;
        this.index = elementIndex;
        this.seenId = null;
        return this;
    }

    /**
     * The {@code id} member this object had when it was a string, whether or not the object turned out valid: to
     * recognise references to an invalid object.
     *
     * @return the id, or {@code null}
     */
    public String seenId() {
        return seenId;
    }

    void seenId(String id) {
        this.seenId = id;
    }

    /**
     * Reports a problem at this value.
     *
     * @param code the code
     * @param arguments the message arguments
     */
    public void problem(String code, Map<String, ?> arguments) {
        problems.add(DocumentProblem.of(pointer(), code, arguments));
    }

    /**
     * Reports that the value has the wrong JSON type, and skips it.
     *
     * @param expected the JSON type wanted: {@code string}, {@code object}, {@code array}, {@code number},
     *     {@code integer}, {@code boolean}
     */
    public void wrongType(String expected) {
        JsonToken token = parser.currentToken();
        skip();
        problem("kichi.json.type", Map.of("expected", expected, "actual", typeOf(token)));
    }

    /**
     * Skips the rest of the value, rejecting duplicate member names inside it: the parser is left on its last
     * token.
     */
    public void skip() {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            DuplicateMembers.skip(parser);
        } else if (token == JsonToken.VALUE_STRING) {
            parser.getString(); // decoded, so that its length limit and encoding are checked
        }
    }

    /** @return whether the value is JSON {@code null} */
    public boolean isNull() {
        return parser.currentToken() == JsonToken.VALUE_NULL;
    }

    /**
     * Reports the violations of a value of the model below this value, for a codec whose call to the model's
     * factory or builder threw.
     *
     * @param e what the factory or builder threw
     * @param placeViolations whether a violation's property path is placed below this value's pointer; {@code false}
     *     for values written as one JSON string, whose parts have no pointer of their own
     * @param <T> the type
     * @return {@code null}
     */
    public <T> T invalid(InvalidModelException e, boolean placeViolations) {
        String pointer = pointer();
        for (Violation v : e.getViolations()) {
            String at = placeViolations ? Pointers.fromPropertyPath(pointer, v.getPath()) : pointer;
            problems.add(DocumentProblem.of(at, v.getCode(), v.getArguments()));
        }
        return null;
    }

    /**
     * The value as a string.
     *
     * @return the text, or {@code null} (reported, value skipped) when the value is not a string
     */
    public String string() {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            wrongType("string");
            return null;
        }
        return parser.getString();
    }

    /**
     * Reads the value as an object with the given members, in one pass in document order: each declared member is
     * decoded with its codec; the others are kept aside as unknown.
     *
     * @param members the members the object may have
     * @return the members read, or {@code null} (reported, value skipped) when the value is not an object; one
     *     instance per cursor, reused for the next object read here, so not to be kept after the codec returns
     */
    MemberValues object(MemberTable members) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            wrongType("object");
            return null;
        }
        MemberValues f = fields;
        if (f == null) {
            f = new MemberValues(this);
            fields = f;
        }
        return f.read(members);
    }

    /**
     * The JSON type name of a token, for messages.
     *
     * @param token the first token of a value
     * @return {@code object}, {@code array}, {@code string}, {@code number}, {@code boolean} or {@code null}
     */
    public static String typeOf(JsonToken token) {
        if (token == null) {
            return "null";
        }
        switch (token) {
            case START_OBJECT:
                return "object";
            case START_ARRAY:
                return "array";
            case VALUE_STRING:
                return "string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
