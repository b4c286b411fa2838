package kg.kichi.json.internal.value;

import static kg.kichi.json.internal.codec.Members.member;

import kg.kichi.core.money.Money;
import kg.kichi.core.money.MoneyRange;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Fields;
import kg.kichi.json.internal.codec.Members;
import kg.kichi.json.internal.codec.Members.Member;
import kg.kichi.json.internal.codec.Out;
import tools.jackson.core.JsonGenerator;

/** {@link MoneyRange} as {@code {"min": Money, "max": Money}}, either optional but not both. */
public final class MoneyRangeCodec implements Codec<MoneyRange> {
    /** The instance. */
    public static final MoneyRangeCodec INSTANCE = new MoneyRangeCodec();

    private static final Member<Money> MIN = member("min", MoneyCodec.INSTANCE);
    private static final Member<Money> MAX = member("max", MoneyCodec.INSTANCE);
    private static final Members MEMBERS = Members.of(MIN, MAX);

    private MoneyRangeCodec() {}

    @Override
    public MoneyRange read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        Money min = f.get(MIN);
        Money max = f.get(MAX);
        f.rejectUnknown();
        try {
            return f.built(MoneyRange.of(min, max));
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(MoneyRange value, JsonGenerator out) {
        out.writeStartObject();
        Out.optional(out, "min", value.getMin(), MoneyCodec.INSTANCE);
        Out.optional(out, "max", value.getMax(), MoneyCodec.INSTANCE);
        out.writeEndObject();
    }
}
