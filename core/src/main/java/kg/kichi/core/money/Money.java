package kg.kichi.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import kg.kichi.core.internal.Decimals;
import kg.kichi.core.internal.ViolationCollector;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;

/**
 * An exact amount of one currency: a {@link BigDecimal} and an ISO 4217 currency. Never a {@code double}.
 *
 * <p>The amount keeps the scale it was given ({@code 1500} and {@code 1500.00} are different values that
 * {@link #isEqualTo(Money) compare equal}), but never more decimals than the currency has (two for KGS, EUR,
 * CAD; none for JPY) and at most 40 digits either side of the point. Arithmetic works only within one
 * currency and throws {@link CurrencyMismatchException} otherwise. Amounts may be negative; the model's own
 * constraints say where they may not.
 *
 * <pre>{@code
 * Money grant = Money.of("1500000.00", "KGS");
 * Money total = grant.plus(Money.parse("KGS 250000"));
 * }</pre>
 */
public final class Money implements Comparable<Money> {
    /** The most digits an amount may have before, and after, the decimal point. */
    private static final int MAX_DIGITS = 40;

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * Obtains an amount of a currency.
     *
     * @param amount the amount, with no more decimals than the currency has; a negative scale becomes zero
     * @param currency the currency
     * @return the money
     * @throws InvalidModelException if the amount has more than 40 digits before or after the decimal point
     *     ({@code kichi.money.format}) or more decimals than the currency has ({@code kichi.money.scale})
     */
    public static Money of(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.scale() > MAX_DIGITS || (long) amount.precision() - amount.scale() > MAX_DIGITS) {
            // Checked before anything expands the number: 1E-999999999 written plain is a billion characters.
            throw new InvalidModelException("Money", Violation.of("amount", "kichi.money.format",
                    Map.of("value", amount.toString())));
        }
        if (amount.scale() < 0) {
            // 1E+5 is kept as 100000, so that toString() writes what parse() reads back as an equal amount.
            amount = amount.setScale(0);
        }
        int digits = currency.getDefaultFractionDigits();
        if (digits >= 0 && amount.scale() > digits) {
            throw new InvalidModelException("Money", Violation.of("amount", "kichi.money.scale",
                    Map.of("value", amount.toPlainString(), "currency", currency.getCurrencyCode(), "digits", digits)));
        }
        return new Money(amount, currency);
    }

    /**
     * Obtains an amount of a currency given by its ISO 4217 code.
     *
     * @param amount the amount
     * @param currencyCode an ISO 4217 code such as {@code KGS}
     * @return the money
     * @throws InvalidModelException if the currency code is unknown or the amount has too many decimals
     */
    public static Money of(BigDecimal amount, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currencyCode, "currencyCode");
        return of(amount, knownCurrency(currencyCode));
    }

    /**
     * Obtains an amount written as decimal text, such as {@code "1500.50"}.
     *
     * @param amount the amount as decimal text
     * @param currencyCode an ISO 4217 code
     * @return the money
     * @throws InvalidModelException if the text is not a decimal number of at most 40 characters and 40 digits
     *     either side of the point, the currency is unknown or the amount has too many decimals
     */
    public static Money of(String amount, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currencyCode, "currencyCode");
        BigDecimal decimal = Decimals.parse(amount);
        Currency currency = currency(currencyCode);
        if (decimal == null || currency == null) {
            ViolationCollector problems = new ViolationCollector("Money");
            problems.check(decimal != null, "amount", "kichi.money.format", Map.of("value", amount));
            problems.check(currency != null, "currency", "kichi.money.currency", Map.of("value", currencyCode));
            problems.throwIfAny();
        }
        return of(decimal, currency);
    }

    /**
     * Parses the form {@link #toString()} writes: {@code "KGS 1500.00"}.
     *
     * @param text currency code, one space, amount
     * @return the money
     * @throws InvalidModelException if the text is not of that form
     */
    public static Money parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        int space = s.indexOf(' ');
        if (space != 3) {
            throw new InvalidModelException("Money", Violation.of("", "kichi.money.format", Map.of("value", s)));
        }
        return of(s.substring(4), s.substring(0, 3));
    }

    /**
     * Zero of a currency, at the currency's scale.
     *
     * @param currencyCode an ISO 4217 code
     * @return zero
     */
    public static Money zero(String currencyCode) {
        Currency currency = knownCurrency(currencyCode);
        return new Money(BigDecimal.ZERO.setScale(Math.max(0, currency.getDefaultFractionDigits())), currency);
    }

    private static Currency knownCurrency(String code) {
        Currency currency = currency(Objects.requireNonNull(code, "currencyCode"));
        if (currency == null) {
            throw new InvalidModelException("Money",
                    Violation.of("currency", "kichi.money.currency", Map.of("value", code)));
        }
        return currency;
    }

    /** @return the currency of an ISO 4217 code, or null when the code is not one */
    private static Currency currency(String code) {
        try {
            if (code.length() == 3 && isUpper(code.charAt(0)) && isUpper(code.charAt(1)) && isUpper(code.charAt(2))) {
                return Currency.getInstance(code);
            }
        } catch (IllegalArgumentException unknown) {
            // not a currency
        }
        return null;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** @return the amount, at the scale it was given */
    public BigDecimal getAmount() {
        return amount;
    }

    /** @return the currency */
    public Currency getCurrency() {
        return currency;
    }

    /** @return the ISO 4217 code of the currency */
    public String getCurrencyCode() {
        return currency.getCurrencyCode();
    }

    /**
     * Adds an amount of the same currency.
     *
     * @param other the amount to add
     * @return the sum
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * Subtracts an amount of the same currency.
     *
     * @param other the amount to subtract
     * @return the difference
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * Multiplies by a whole number, exactly.
     *
     * @param factor the factor
     * @return the product, at this amount's scale
     */
    public Money multipliedBy(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    /**
     * Multiplies by a decimal factor, such as a share or a rate; the product keeps at most the currency's decimals
     * (2 for EUR, 0 for JPY), rounded as told.
     *
     * @param factor the factor
     * @param rounding how to round the product to the currency's decimals
     * @return the product
     * @throws NullPointerException if {@code factor} or {@code rounding} is null
     * @throws InvalidModelException with code {@code kichi.money.scale} if {@code rounding} is
     *     {@link RoundingMode#UNNECESSARY} and the product needs rounding
     */
    public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(rounding, "rounding");
        BigDecimal product = amount.multiply(factor);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        if (product.scale() > digits) {
            try {
                product = product.setScale(digits, rounding);
            } catch (ArithmeticException needsRounding) {
                throw new InvalidModelException("Money", Violation.of("amount", "kichi.money.scale",
                        Map.of("value", product.toPlainString(), "currency", currency.getCurrencyCode(),
                                "digits", digits)));
            }
        }
        return new Money(product, currency);
    }

    /** @return the amount with the opposite sign, same currency and scale */
    public Money negated() {
        return new Money(amount.negate(), currency);
    }

    /**
     * Whether this amount is more than another of the same currency, ignoring scale.
     *
     * @param other the other amount
     * @return whether this is greater
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * Whether this amount is less than another of the same currency, ignoring scale.
     *
     * @param other the other amount
     * @return whether this is less
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /**
     * The sum of amounts of one currency; zero of that currency when there are none.
     *
     * @param currencyCode the ISO 4217 currency of the total
     * @param amounts the amounts, each in that currency
     * @return the total
     * @throws CurrencyMismatchException if an amount is in another currency
     * @throws InvalidModelException if the code is not an ISO 4217 currency
     * @throws NullPointerException if {@code amounts} or one of them is null
     */
    public static Money total(String currencyCode, Iterable<Money> amounts) {
        Objects.requireNonNull(amounts, "amounts");
        Money total = zero(currencyCode);
        for (Money m : Objects.requireNonNull(amounts, "amounts")) {
            total = total.plus(Objects.requireNonNull(m, "an amount of the total"));
        }
        return total;
    }

    /** @return whether the amount is above zero */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** @return whether the amount is below zero */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Compares amounts of the same currency, ignoring scale.
     *
     * @param other the other amount
     * @return negative, zero or positive
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /**
     * Whether two amounts are the same currency and number, ignoring scale ({@code 10} and {@code 10.00}).
     *
     * @param other the other amount
     * @return whether they are equal in value
     */
    public boolean isEqualTo(Money other) {
        return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    /**
     * Whether two amounts have the same currency.
     *
     * @param other the other amount
     * @return whether the currencies are the same
     */
    public boolean isSameCurrency(Money other) {
        return currency.equals(other.currency);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    /** Equal when currency, amount and scale are all equal; see {@link #isEqualTo(Money)}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && currency.equals(m.currency) && amount.equals(m.amount);
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + amount.hashCode();
    }

    /** @return {@code "KGS 1500.00"}: the code, a space, the amount in plain notation */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
