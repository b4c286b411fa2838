package kg.kichi.json.internal.value;

import static kg.kichi.json.internal.codec.Member.optional;

import kg.kichi.core.money.MoneyRange;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.FactoryCodec;

/** {@link MoneyRange} as {@code {"min": Money, "max": Money}}, either optional but not both. */
public final class MoneyRangeCodec {
    /** The codec: its members in the order written, each an argument of {@link MoneyRange#of}. */
    public static final Codec<MoneyRange> INSTANCE = FactoryCodec.of(
            optional("min", MoneyCodec.INSTANCE, MoneyRange::getMin),
            optional("max", MoneyCodec.INSTANCE, MoneyRange::getMax),
            MoneyRange::of);

    private MoneyRangeCodec() {}
}
