package kg.kichi.json.internal.codec;

import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes the extensions of an object of the model (the unknown members a lenient read kept, name → JSON text) back
 * after its declared members, verbatim.
 */
public final class Extensions {
    private static final JsonFactory FACTORY = new JsonFactory();

    private Extensions() {}

    /**
     * Writes the extensions back, each value as its JSON text.
     *
     * @param out the generator, inside the object
     * @param extensions name → JSON text
     * @throws IllegalArgumentException when a value is not one JSON value, which would break the document
     */
    public static void write(JsonGenerator out, Map<String, String> extensions) {
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
