package kg.kichi.json.codec;

import java.util.Map;
import java.util.function.Supplier;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.Mode;
import tools.jackson.databind.JsonNode;

/**
 * A JSON value being read, with its JSON Pointer, the mode and where its problems go.
 *
 * <p>Codecs never throw for bad input: they report each problem here and return {@code null}, so that a reader
 * can go on with the value's siblings and report every problem of a document.
 */
public final class Cursor {
    private final JsonNode node;
    private final String pointer;
    private final Problems problems;
    private final Mode mode;

    /**
     * Creates a cursor.
     *
     * @param node the value
     * @param pointer its JSON Pointer in the document
     * @param problems where problems go
     * @param mode strict or lenient
     */
    public Cursor(JsonNode node, String pointer, Problems problems, Mode mode) {
        this.node = node;
        this.pointer = pointer;
        this.problems = problems;
        this.mode = mode;
    }

    /** @return the value */
    public JsonNode node() {
        return node;
    }

    /** @return the JSON Pointer of the value */
    public String pointer() {
        return pointer;
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
     * A cursor on another value below this one.
     *
     * @param child the value
     * @param childPointer its pointer
     * @return the cursor
     */
    public Cursor at(JsonNode child, String childPointer) {
        return new Cursor(child, childPointer, problems, mode);
    }

    /**
     * Reports a problem at this value.
     *
     * @param code the code
     * @param arguments the message arguments
     */
    public void problem(String code, Map<String, ?> arguments) {
        problems.add(DocumentProblem.of(pointer, code, arguments));
    }

    /**
     * Reports that the value has the wrong JSON type.
     *
     * @param expected the JSON type wanted: {@code string}, {@code object}, {@code array}, {@code number},
     *     {@code integer}, {@code boolean}
     */
    public void wrongType(String expected) {
        problem("kichi.json.type", Map.of("expected", expected, "actual", typeOf(node)));
    }

    /**
     * Builds a value of the model, reporting its violations below this value instead of throwing.
     *
     * @param factory calls the model's factory or builder
     * @param placeViolations whether a violation's property path is placed below this value's pointer; {@code false}
     *     for values written as one JSON string, whose parts have no pointer of their own
     * @param <T> the type
     * @return the value, or {@code null} when it is invalid
     */
    public <T> T attempt(Supplier<T> factory, boolean placeViolations) {
        try {
            return factory.get();
        } catch (InvalidModelException e) {
            for (Violation v : e.getViolations()) {
                String at = placeViolations ? Pointers.fromPropertyPath(pointer, v.getPath()) : pointer;
                problems.add(DocumentProblem.of(at, v.getCode(), v.getArguments()));
            }
            return null;
        }
    }

    /**
     * The value as a string.
     *
     * @return the text, or {@code null} (reported) when the value is not a string
     */
    public String string() {
        if (!node.isString()) {
            wrongType("string");
            return null;
        }
        return node.stringValue();
    }

    /**
     * The value as an object.
     *
     * @return the members, or {@code null} (reported) when the value is not an object
     */
    public Fields object() {
        if (!node.isObject()) {
            wrongType("object");
            return null;
        }
        return new Fields(this);
    }

    /**
     * The JSON type name of a value, for messages.
     *
     * @param node the value
     * @return {@code object}, {@code array}, {@code string}, {@code number}, {@code boolean} or {@code null}
     */
    public static String typeOf(JsonNode node) {
        if (node.isObject()) {
            return "object";
        } else if (node.isArray()) {
            return "array";
        } else if (node.isString()) {
            return "string";
        } else if (node.isNumber()) {
            return "number";
        } else if (node.isBoolean()) {
            return "boolean";
        } else if (node.isNull()) {
            return "null";
        }
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
