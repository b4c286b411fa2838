package kg.kichi.core.money;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kg.kichi.core.internal.ViolationCollector;

/**
 * A range of amounts of one currency, such as a call's minimum and maximum grant; either bound may be open,
 * not both. Bounds are not negative, share a currency, and the minimum is not above the maximum.
 */
public final class MoneyRange {
    private final Money min;
    private final Money max;

    private MoneyRange(Money min, Money max) {
        this.min = min;
        this.max = max;
    }

    /**
     * A range; pass {@code null} for an open bound.
     *
     * @param min the smallest amount, or null
     * @param max the largest amount, or null
     * @return the range
     * @throws kg.kichi.core.validation.InvalidModelException listing every broken rule
     */
    public static MoneyRange of(Money min, Money max) {
        ViolationCollector problems = new ViolationCollector("MoneyRange");
        problems.check(min != null || max != null, "", "kichi.range.empty", Map.of());
        if (min != null) {
            problems.check(!min.isNegative(), "min", "kichi.money.notNegative", Map.of());
        }
        if (max != null) {
            problems.check(!max.isNegative(), "max", "kichi.money.notNegative", Map.of());
        }
        if (min != null && max != null) {
            boolean same = problems.check(min.isSameCurrency(max), "max", "kichi.money.currencyMismatch",
                    Map.of("expected", min.getCurrencyCode(), "actual", max.getCurrencyCode()));
            if (same) {
                problems.check(min.compareTo(max) <= 0, "max", "kichi.range.order",
                        Map.of("min", min.getAmount().toPlainString(), "max", max.getAmount().toPlainString()));
            }
        }
        problems.throwIfAny();
        return new MoneyRange(min, max);
    }

    /** @return the smallest amount, empty when open */
    public Optional<Money> getMin() {
        return Optional.ofNullable(min);
    }

    /** @return the largest amount, empty when open */
    public Optional<Money> getMax() {
        return Optional.ofNullable(max);
    }

    /** @return the currency of the bounds */
    public String getCurrencyCode() {
        return (min != null ? min : max).getCurrencyCode();
    }

    /**
     * Whether an amount lies within the range.
     *
     * @param amount an amount of the same currency
     * @return whether min ≤ amount ≤ max
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean contains(Money amount) {
        return (min == null || min.compareTo(amount) <= 0) && (max == null || amount.compareTo(max) <= 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MoneyRange r && Objects.equals(min, r.min) && Objects.equals(max, r.max);
    }

    @Override
    public int hashCode() {
        return Objects.hash(min, max);
    }

    @Override
    public String toString() {
        return (min == null ? ".." : min.toString()) + " – " + (max == null ? ".." : max.toString());
    }
}
