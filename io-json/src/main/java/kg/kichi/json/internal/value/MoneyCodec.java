package kg.kichi.json.internal.value;

import static kg.kichi.json.internal.codec.Member.required;

import java.math.BigDecimal;
import kg.kichi.core.money.Money;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.FactoryCodec;
import kg.kichi.json.internal.codec.Scalars;

/**
 * {@link Money} as {@code {"amount": 1500000.00, "currency": "KGS"}}: the amount is read from the number's text
 * as a {@link BigDecimal} with its scale and written plain, never through {@code double}.
 */
public final class MoneyCodec {
    /** The codec: its members in the order written, each an argument of {@link Money#of(BigDecimal, String)}. */
    public static final Codec<Money> INSTANCE = FactoryCodec.of(
            required("amount", Scalars.DECIMAL, Money::getAmount),
            required("currency", Scalars.STRING, Money::getCurrencyCode),
            Money::of);

    private MoneyCodec() {}
}
