package kg.kichi.json.internal.value;

import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import tools.jackson.core.JsonGenerator;

/** {@link PartialDate} as an ISO 8601 string at its precision: {@code "2019"}, {@code "2021-02"}, {@code "2018-03-03"}. */
public final class PartialDateCodec implements Codec<PartialDate> {
    /** The instance. */
    public static final PartialDateCodec INSTANCE = new PartialDateCodec();

    private PartialDateCodec() {}

    @Override
    public PartialDate read(Cursor in) {
        String text = in.string();
        if (text == null) {
            return null;
        }
        try {
            return PartialDate.parse(text);
        } catch (InvalidModelException e) {
            return in.invalid(e, false);
        }
    }

    @Override
    public void write(PartialDate value, JsonGenerator out) {
        out.writeString(value.toString());
    }
}
