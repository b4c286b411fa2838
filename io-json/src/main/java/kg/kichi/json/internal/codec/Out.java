package kg.kichi.json.internal.codec;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** Writing helpers: absent values and empty collections are not written; extensions go last, verbatim. */
public final class Out {
    private Out() {}

    /**
     * Writes a member unless the value is null.
     *
     * @param out the generator, inside an object
     * @param name the member name
     * @param value the value or null
     * @param codec how to write it
     * @param <T> its type
     */
    public static <T> void member(JsonGenerator out, String name, T value, Codec<T> codec) {
        if (value != null) {
            out.writeName(name);
            codec.write(value, out);
        }
    }

    /**
     * Writes a member when the value is present.
     *
     * @param out the generator
     * @param name the member name
     * @param value the value
     * @param codec how to write it
     * @param <T> its type
     */
    public static <T> void optional(JsonGenerator out, String name, Optional<T> value, Codec<T> codec) {
        member(out, name, value.orElse(null), codec);
    }

    /**
     * Writes an array member unless the collection is empty.
     *
     * @param out the generator
     * @param name the member name
     * @param values the elements
     * @param codec how to write each
     * @param <T> the element type
     */
    public static <T> void list(JsonGenerator out, String name, Collection<T> values, Codec<T> codec) {
        if (!values.isEmpty()) {
            out.writeName(name);
            out.writeStartArray();
            for (T value : values) {
                codec.write(value, out);
            }
            out.writeEndArray();
        }
    }

    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * Writes the extensions (unknown members kept by a lenient reader) back, each value as its JSON text.
     *
     * @param out the generator
     * @param extensions name → JSON text
     * @throws IllegalArgumentException when a value is not one JSON value, which would break the document
     */
    public static void extensions(JsonGenerator out, Map<String, String> extensions) {
        for (Map.Entry<String, String> e : extensions.entrySet()) {
            requireJson(e.getKey(), e.getValue());
            out.writeName(e.getKey());
            out.writeRawValue(e.getValue());
        }
    }

    private static void requireJson(String name, String text) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            if (p.nextToken() != null) {
                p.skipChildren();
                if (p.nextToken() == null) {
                    return;
                }
            }
        } catch (JacksonException notJson) {
            // reported below
        }
        throw new IllegalArgumentException("extension \"" + name + "\" is not one JSON value: " + text);
    }
}
