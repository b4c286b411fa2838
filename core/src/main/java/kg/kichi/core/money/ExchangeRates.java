package kg.kichi.core.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;

/**
 * Exchange rates a caller supplies, e.g. to check a request in KGS against a cap in EUR. Kichi never looks rates
 * up and never guesses one: a conversion without a stated rate is {@linkplain Optional#empty() empty}.
 *
 * <p>A rate {@code EUR→KGS 97.5} means 1 EUR = 97.5 KGS; the inverse direction is derived from it when not stated
 * itself. Rates are above zero; immutable, {@code with} returns a copy.
 *
 * <pre>{@code
 * ExchangeRates rates = ExchangeRates.none().with("EUR", "KGS", new BigDecimal("97.50"));
 * rates.convert(Money.of("5850000", "KGS"), "EUR");   // Optional[EUR 60000.00]
 * }</pre>
 */
public final class ExchangeRates {
    private static final ExchangeRates NONE = new ExchangeRates(Map.of());
    private final Map<String, BigDecimal> rates;

    private ExchangeRates(Map<String, BigDecimal> rates) {
        this.rates = rates;
    }

    /** @return no rates: every conversion between different currencies is empty */
    public static ExchangeRates none() {
        return NONE;
    }

    /**
     * A copy with one more rate.
     *
     * @param from the currency converted from, ISO 4217
     * @param to the currency converted to, ISO 4217
     * @param rate how many units of {@code to} one unit of {@code from} buys, above zero
     * @return the copy
     * @throws InvalidModelException for an unknown currency or a rate not above zero
     */
    public ExchangeRates with(String from, String to, BigDecimal rate) {
        Money.zero(from);
        Money.zero(to);
        if (rate == null || rate.signum() <= 0) {
            throw new InvalidModelException("ExchangeRates", Violation.of(from + "/" + to, "kichi.money.positive",
                    Map.of("value", String.valueOf(rate))));
        }
        Map<String, BigDecimal> copy = new LinkedHashMap<>(rates);
        copy.put(key(from, to), rate);
        return new ExchangeRates(Collections.unmodifiableMap(copy));
    }

    private static String key(String from, String to) {
        return from + "/" + to;
    }

    /**
     * The rate between two currencies: 1 for the same currency, the stated rate, or the inverse of the opposite
     * rate.
     *
     * @param from the currency converted from
     * @param to the currency converted to
     * @return the rate, empty when none is stated
     */
    public Optional<BigDecimal> rate(String from, String to) {
        if (from.equals(to)) {
            return Optional.of(BigDecimal.ONE);
        }
        BigDecimal direct = rates.get(key(from, to));
        if (direct != null) {
            return Optional.of(direct);
        }
        BigDecimal inverse = rates.get(key(to, from));
        return inverse == null ? Optional.empty() : Optional.of(BigDecimal.ONE.divide(inverse, MathContext.DECIMAL64));
    }

    /**
     * Converts an amount, rounded half-even to the target currency's decimals.
     *
     * @param amount the amount
     * @param to the currency wanted
     * @return the converted amount, empty when no rate is stated
     */
    public Optional<Money> convert(Money amount, String to) {
        Objects.requireNonNull(amount, "amount");
        if (amount.getCurrencyCode().equals(to)) {
            return Optional.of(amount);
        }
        return rate(amount.getCurrencyCode(), to).map(r -> {
            int digits = Math.max(0, Money.zero(to).getCurrency().getDefaultFractionDigits());
            return Money.of(amount.getAmount().multiply(r).setScale(digits, RoundingMode.HALF_EVEN), to);
        });
    }

    /** @return the stated rates, {@code FROM/TO} → rate */
    public Map<String, BigDecimal> asMap() {
        return rates;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExchangeRates r && rates.equals(r.rates);
    }

    @Override
    public int hashCode() {
        return rates.hashCode();
    }

    @Override
    public String toString() {
        return rates.toString();
    }
}
