package kg.kichi.json.internal.value;

import static kg.kichi.json.internal.codec.Member.optional;

import kg.kichi.core.time.MonthRange;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.FactoryCodec;
import kg.kichi.json.internal.codec.Scalars;

/** {@link MonthRange} as {@code {"min": 3, "max": 6}}, either optional but not both. */
public final class MonthRangeCodec {
    /** The codec: its members in the order written, each an argument of {@link MonthRange#of}. */
    public static final Codec<MonthRange> INSTANCE = FactoryCodec.of(
            optional("min", Scalars.INTEGER, MonthRange::getMin),
            optional("max", Scalars.INTEGER, MonthRange::getMax),
            MonthRange::of);

    private MonthRangeCodec() {}
}
