package kg.kichi.core.evaluation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import kg.kichi.core.internal.Decimals;
import kg.kichi.core.internal.ViolationCollector;

/**
 * The points a criterion may be given: from a minimum to a maximum in steps, such as 1–5 in whole points (EU
 * PRAG) or 0–5 in half points (Horizon Europe).
 *
 * <p>Invariants: the minimum is not negative, the maximum is above it, the step is above zero and divides the
 * distance between them. Values compare by {@link BigDecimal#compareTo}: {@code 1–5 step 1} equals
 * {@code 1.0–5.0 step 1.0}.
 */
public final class Scale {
    private final BigDecimal min;
    private final BigDecimal max;
    private final BigDecimal step;

    private Scale(BigDecimal min, BigDecimal max, BigDecimal step) {
        this.min = min;
        this.max = max;
        this.step = step;
    }

    /**
     * A scale.
     *
     * @param min the lowest score
     * @param max the highest score
     * @param step the smallest difference between two scores
     * @return the scale
     * @throws NullPointerException naming a bound or the step that is null (Kichi's null rule)
     * @throws kg.kichi.core.validation.InvalidModelException listing every broken rule
     */
    public static Scale of(BigDecimal min, BigDecimal max, BigDecimal step) {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(step, "step");
        ViolationCollector problems = new ViolationCollector("Scale");
        problems.check(min.signum() >= 0, "min", "kichi.evaluation.scale.negative", Map.of("value", min.toPlainString()));
        boolean ordered = problems.check(max.compareTo(min) > 0, "max", "kichi.evaluation.scale.order",
                Map.of("min", min.toPlainString(), "max", max.toPlainString()));
        boolean positive = problems.check(step.signum() > 0, "step", "kichi.evaluation.scale.step",
                Map.of("value", step.toPlainString()));
        if (ordered && positive) {
            problems.check(max.subtract(min).remainder(step).signum() == 0, "step", "kichi.evaluation.scale.divides",
                    Map.of("value", step.toPlainString(), "min", min.toPlainString(), "max", max.toPlainString()));
        }
        problems.throwIfAny();
        return new Scale(min, max, step);
    }

    /**
     * A scale from decimal texts, such as {@code Scale.of("0", "5", "0.5")}.
     *
     * @param min the lowest score
     * @param max the highest score
     * @param step the step
     * @return the scale
     * @throws NullPointerException naming a text that is null (Kichi's null rule)
     * @throws kg.kichi.core.validation.InvalidModelException listing every text that is not a decimal
     *     ({@code kichi.decimal.format}), or else every broken rule of the scale
     */
    public static Scale of(String min, String max, String step) {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(step, "step");
        ViolationCollector problems = new ViolationCollector("Scale");
        BigDecimal low = Decimals.parse(min, "min", problems);
        BigDecimal high = Decimals.parse(max, "max", problems);
        BigDecimal by = Decimals.parse(step, "step", problems);
        problems.throwIfAny();
        return of(low, high, by);
    }

    /** @return the lowest score */
    public BigDecimal getMin() {
        return min;
    }

    /** @return the highest score */
    public BigDecimal getMax() {
        return max;
    }

    /** @return the smallest difference between two scores */
    public BigDecimal getStep() {
        return step;
    }

    /**
     * Whether a score may be given on this scale.
     *
     * @param points the score
     * @return whether min ≤ points ≤ max and points lies a whole number of steps above min
     */
    public boolean contains(BigDecimal points) {
        return points.compareTo(min) >= 0 && points.compareTo(max) <= 0
                && points.subtract(min).remainder(step).signum() == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scale s && min.compareTo(s.min) == 0 && max.compareTo(s.max) == 0
                && step.compareTo(s.step) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(min.stripTrailingZeros(), max.stripTrailingZeros(), step.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return min.toPlainString() + "–" + max.toPlainString() + " step " + step.toPlainString();
    }
}
