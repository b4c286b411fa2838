package kg.kichi.json.giving360;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * One schema object with its keywords looked up once, when the schemas are loaded, rather than at every value
 * checked. A {@code $ref} is a link to the rule it names, so recursive schemas are rules that refer to
 * themselves.
 *
 * <p>Invariants: a keyword the schema object does not have is null (or {@link Format#NONE}, −1, false); rules
 * are filled in by {@link SchemaCompiler} only and read by {@link SchemaInterpreter} only, never changed after
 * the schemas are loaded, so they are safe to share between threads.
 */
final class SchemaRule {
    /** The {@code format}s asserted; other formats are annotations. */
    enum Format { NONE, DATE_TIME, URI }

    SchemaRule ref;
    /** The {@code type}'s bits ({@link JsonTypes}), when {@link #typeDescription} is not null. */
    int types;
    String typeDescription;
    /** The {@code enum} values, each as {@link #enumKey} writes it. */
    Set<String> enumValues;
    String enumAllowed;
    Pattern pattern;
    Format format = Format.NONE;
    BigDecimal minimum;
    List<String> required;
    Map<String, SchemaRule> properties;
    SchemaRule items;
    int minItems = -1;
    boolean uniqueItems;
    List<SchemaRule> oneOf;
    /** For a {@code oneOf} of value forms: the forms, as a problem names them; null for one of required lists. */
    String oneOfForms;
    /** For a {@code oneOf} of required lists: the names all branches require, and those they disagree on. */
    Set<String> oneOfShared;
    Set<String> oneOfDiffering;

    /**
     * @return how a value is looked up among {@link #enumValues}: a string as itself, anything else as its JSON
     *     text behind a NUL, so that the string "1" and the number 1 differ
     */
    static String enumKey(JsonNode value) {
        return value.isString() ? value.asString() : "\u0000" + value;
    }
}
