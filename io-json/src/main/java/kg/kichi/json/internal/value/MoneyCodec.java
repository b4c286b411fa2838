package kg.kichi.json.internal.value;

import static kg.kichi.json.internal.codec.Members.member;

import java.math.BigDecimal;
import kg.kichi.core.money.Money;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Fields;
import kg.kichi.json.internal.codec.Members;
import kg.kichi.json.internal.codec.Members.Member;
import kg.kichi.json.internal.codec.Scalars;
import tools.jackson.core.JsonGenerator;

/**
 * {@link Money} as {@code {"amount": 1500000.00, "currency": "KGS"}}: the amount is read from the number's text
 * as a {@link BigDecimal} with its scale and written plain, never through {@code double}.
 */
public final class MoneyCodec implements Codec<Money> {
    /** The instance. */
    public static final MoneyCodec INSTANCE = new MoneyCodec();

    private static final Member<BigDecimal> AMOUNT = member("amount", Scalars.DECIMAL);
    private static final Member<String> CURRENCY = member("currency", Scalars.STRING);
    private static final Members MEMBERS = Members.of(AMOUNT, CURRENCY);

    private MoneyCodec() {}

    @Override
    public Money read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        BigDecimal amount = f.require(AMOUNT);
        String currency = f.require(CURRENCY);
        f.rejectUnknown();
        if (amount == null || currency == null) {
            return null;
        }
        try {
            return f.built(Money.of(amount, currency));
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(Money value, JsonGenerator out) {
        out.writeStartObject();
        out.writeName("amount");
        out.writeNumber(value.getAmount());
        out.writeName("currency");
        out.writeString(value.getCurrencyCode());
        out.writeEndObject();
    }
}
