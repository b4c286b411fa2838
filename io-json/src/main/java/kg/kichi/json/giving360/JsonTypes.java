package kg.kichi.json.giving360;

import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema {@code type} keyword: its type names as bits of a set, whether a value has one of them, and
 * the name of a value's type as a problem reports it.
 *
 * <p>Invariants: a type name the interpreter does not know is no bit, so a {@code type} of only such names
 * admits no value; {@code integer} admits any number with no fractional part ({@code 1.0} too), as JSON Schema
 * draft 2020-12 says. Stateless.
 */
final class JsonTypes {
    static final int STRING = 1;
    static final int NUMBER = 2;
    static final int INTEGER = 4;
    static final int OBJECT = 8;
    static final int ARRAY = 16;
    static final int BOOLEAN = 32;
    static final int NULL = 64;

    private JsonTypes() {}

    /** @return the bit of a JSON Schema type name, 0 for a name it does not know */
    static int bit(String type) {
        switch (type) {
            case "string":
                return STRING;
            case "number":
                return NUMBER;
            case "integer":
                return INTEGER;
            case "object":
                return OBJECT;
            case "array":
                return ARRAY;
            case "boolean":
                return BOOLEAN;
            case "null":
                return NULL;
            default:
                return 0;
        }
    }

    /** @return whether {@code value} has one of the types whose bits are set in {@code types} */
    static boolean hasType(int types, JsonNode value) {
        if (value.isString()) {
            return (types & STRING) != 0;
        } else if (value.isNumber()) {
            return (types & NUMBER) != 0 || (types & INTEGER) != 0 && (value.isIntegralNumber()
                    || value.decimalValue().stripTrailingZeros().scale() <= 0);
        } else if (value.isObject()) {
            return (types & OBJECT) != 0;
        } else if (value.isArray()) {
            return (types & ARRAY) != 0;
        } else if (value.isBoolean()) {
            return (types & BOOLEAN) != 0;
        }
        return value.isNull() && (types & NULL) != 0;
    }

    /** @return the type of {@code value} as a problem names it; a boolean is named by its value */
    static String typeOf(JsonNode value) {
        if (value.isString()) {
            return "string";
        } else if (value.isNumber()) {
            return "number";
        } else if (value.isObject()) {
            return "object";
        } else if (value.isArray()) {
            return "array";
        } else if (value.isBoolean()) {
            return value.asBoolean() ? "true" : "false";
        }
        return "null";
    }
}
