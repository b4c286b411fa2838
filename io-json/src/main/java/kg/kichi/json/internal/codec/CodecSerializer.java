package kg.kichi.json.internal.codec;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson serializer that writes through a {@link Codec}.
 *
 * @param <T> the type
 */
public final class CodecSerializer<T> extends StdSerializer<T> {
    private final Codec<T> codec;

    /**
     * @param type the type
     * @param codec its codec
     */
    public CodecSerializer(Class<T> type, Codec<T> codec) {
        super(type);
        this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializationContext context) {
        codec.write(value, out);
    }
}
