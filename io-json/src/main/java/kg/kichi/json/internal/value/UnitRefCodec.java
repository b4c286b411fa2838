package kg.kichi.json.internal.value;

import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import tools.jackson.core.JsonGenerator;

/** {@link UnitRef} as the string {@code scheme:code}, e.g. {@code "iso3166-2:KG-N"}. */
public final class UnitRefCodec implements Codec<UnitRef> {
    /** The instance. */
    public static final UnitRefCodec INSTANCE = new UnitRefCodec();

    private UnitRefCodec() {}

    @Override
    public UnitRef read(Cursor in) {
        String text = in.string();
        if (text == null) {
            return null;
        }
        try {
            return UnitRef.parse(text);
        } catch (InvalidModelException e) {
            return in.invalid(e, false);
        }
    }

    @Override
    public void write(UnitRef value, JsonGenerator out) {
        out.writeString(value.toString());
    }
}
