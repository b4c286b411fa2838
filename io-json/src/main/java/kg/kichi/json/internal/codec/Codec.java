package kg.kichi.json.internal.codec;

import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes one type of the model in the Kichi JSON format. Implementations are stateless singletons.
 *
 * @param <T> the type
 */
public interface Codec<T> {
    /**
     * Reads a value; never throws for bad input, but reports each problem to the cursor.
     *
     * @param in the value and where it stands in the document
     * @return the value, or {@code null} when it has a problem (already reported)
     */
    T read(Cursor in);

    /**
     * Writes a value.
     *
     * @param value the value, not null
     * @param out the generator, positioned where a value may be written
     */
    void write(T value, JsonGenerator out);
}
