package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.Members.member;

import java.math.BigDecimal;
import kg.kichi.core.evaluation.Scale;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Fields;
import kg.kichi.json.internal.codec.Members;
import kg.kichi.json.internal.codec.Members.Member;
import kg.kichi.json.internal.codec.Out;
import kg.kichi.json.internal.codec.Scalars;
import tools.jackson.core.JsonGenerator;

/** {@link Scale} of a criterion: {@code min, max, step}, all required. */
public final class ScaleCodec implements Codec<Scale> {
    /** The instance. */
    public static final ScaleCodec INSTANCE = new ScaleCodec();

    private static final Member<BigDecimal> MIN = member("min", Scalars.DECIMAL);
    private static final Member<BigDecimal> MAX = member("max", Scalars.DECIMAL);
    private static final Member<BigDecimal> STEP = member("step", Scalars.DECIMAL);
    private static final Members MEMBERS = Members.of(MIN, MAX, STEP);

    private ScaleCodec() {}

    @Override
    public Scale read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        BigDecimal min = f.require(MIN);
        BigDecimal max = f.require(MAX);
        BigDecimal step = f.require(STEP);
        f.rejectUnknown();
        if (min == null || max == null || step == null) {
            return null; // reported by require; Scale.of refuses null (the null rule)
        }
        try {
            return f.built(Scale.of(min, max, step));
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(Scale value, JsonGenerator out) {
        out.writeStartObject();
        Out.member(out, "min", value.getMin(), Scalars.DECIMAL);
        Out.member(out, "max", value.getMax(), Scalars.DECIMAL);
        Out.member(out, "step", value.getStep(), Scalars.DECIMAL);
        out.writeEndObject();
    }
}
