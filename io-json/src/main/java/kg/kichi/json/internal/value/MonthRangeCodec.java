package kg.kichi.json.internal.value;

import static kg.kichi.json.internal.codec.Members.member;

import kg.kichi.core.time.MonthRange;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Fields;
import kg.kichi.json.internal.codec.Members;
import kg.kichi.json.internal.codec.Members.Member;
import kg.kichi.json.internal.codec.Out;
import kg.kichi.json.internal.codec.Scalars;
import tools.jackson.core.JsonGenerator;

/** {@link MonthRange} as {@code {"min": 3, "max": 6}}, either optional but not both. */
public final class MonthRangeCodec implements Codec<MonthRange> {
    /** The instance. */
    public static final MonthRangeCodec INSTANCE = new MonthRangeCodec();

    private static final Member<Integer> MIN = member("min", Scalars.INTEGER);
    private static final Member<Integer> MAX = member("max", Scalars.INTEGER);
    private static final Members MEMBERS = Members.of(MIN, MAX);

    private MonthRangeCodec() {}

    @Override
    public MonthRange read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        Integer min = f.get(MIN);
        Integer max = f.get(MAX);
        f.rejectUnknown();
        try {
            return f.built(MonthRange.of(min, max));
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(MonthRange value, JsonGenerator out) {
        out.writeStartObject();
        Out.optional(out, "min", value.getMin(), Scalars.INTEGER);
        Out.optional(out, "max", value.getMax(), Scalars.INTEGER);
        out.writeEndObject();
    }
}
