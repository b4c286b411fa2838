package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.Member.required;

import java.math.BigDecimal;
import kg.kichi.core.evaluation.Scale;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.FactoryCodec;
import kg.kichi.json.internal.codec.Scalars;

/** {@link Scale} of a criterion: {@code min, max, step}, all required. */
public final class ScaleCodec {
    /**
     * The codec: its members in the order written, each an argument of
     * {@link Scale#of(BigDecimal, BigDecimal, BigDecimal)}.
     */
    public static final Codec<Scale> INSTANCE = FactoryCodec.of(
            required("min", Scalars.DECIMAL, Scale::getMin),
            required("max", Scalars.DECIMAL, Scale::getMax),
            required("step", Scalars.DECIMAL, Scale::getStep),
            Scale::of);

    private ScaleCodec() {}
}
