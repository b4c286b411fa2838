package kg.kichi.core.time;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kg.kichi.core.internal.ViolationCollector;

/**
 * A range of durations in whole months, such as "projects of 3 to 6 months"; either bound may be open, not
 * both. Bounds are positive and the minimum is not above the maximum.
 */
public final class MonthRange {
    private final Integer min;
    private final Integer max;

    private MonthRange(Integer min, Integer max) {
        this.min = min;
        this.max = max;
    }

    /**
     * A range; pass {@code null} for an open bound.
     *
     * @param min the shortest duration in months, or null
     * @param max the longest duration in months, or null
     * @return the range
     * @throws kg.kichi.core.validation.InvalidModelException listing every broken rule
     */
    public static MonthRange of(Integer min, Integer max) {
        ViolationCollector problems = new ViolationCollector("MonthRange");
        problems.check(min != null || max != null, "", "kichi.range.empty", Map.of());
        if (min != null) {
            problems.check(min > 0, "min", "kichi.positive", Map.of("value", min));
        }
        if (max != null) {
            problems.check(max > 0, "max", "kichi.positive", Map.of("value", max));
        }
        if (min != null && max != null) {
            problems.check(min <= max, "max", "kichi.range.order", Map.of("min", min, "max", max));
        }
        problems.throwIfAny();
        return new MonthRange(min, max);
    }

    /** @return the shortest duration in months, empty when open */
    public Optional<Integer> getMin() {
        return Optional.ofNullable(min);
    }

    /** @return the longest duration in months, empty when open */
    public Optional<Integer> getMax() {
        return Optional.ofNullable(max);
    }

    /**
     * Whether a duration lies within the range.
     *
     * @param months a duration in months
     * @return whether min ≤ months ≤ max
     */
    public boolean contains(int months) {
        return (min == null || min <= months) && (max == null || months <= max);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonthRange r && Objects.equals(min, r.min) && Objects.equals(max, r.max);
    }

    @Override
    public int hashCode() {
        return Objects.hash(min, max);
    }

    @Override
    public String toString() {
        return (min == null ? ".." : min) + "–" + (max == null ? ".." : max) + " months";
    }
}
