package kg.kichi.json.internal.codec;

import kg.kichi.json.InvalidDocumentException;
import kg.kichi.json.Mode;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * A Jackson deserializer that reads through a {@link Codec}, straight from the parser (numbers exact, from their
 * text); every problem found is thrown at once in an {@link InvalidDocumentException}, with JSON Pointers
 * relative to the value.
 *
 * @param <T> the type
 */
public final class CodecDeserializer<T> extends StdDeserializer<T> {
    private final Codec<T> codec;
    private final Mode mode;

    /**
     * @param type the type
     * @param codec its codec
     * @param mode strict or lenient
     */
    public CodecDeserializer(Class<T> type, Codec<T> codec, Mode mode) {
        super(type);
        this.codec = codec;
        this.mode = mode;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) {
        Problems problems = Problems.collecting(1000);
        T value;
        try {
            Cursor in = Cursor.root(p, "", problems, mode);
            value = codec.read(in);
            in.skip();
        } catch (Problems.TooManyProblemsException e) {
            value = null;
        }
        if (value == null || !problems.list().isEmpty()) {
            throw new InvalidDocumentException(problems.list());
        }
        return value;
    }
}
