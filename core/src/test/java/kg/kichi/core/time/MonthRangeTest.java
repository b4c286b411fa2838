package kg.kichi.core.time;

import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MonthRangeTest {
    @Test
    void holdsBothBoundsOrEitherOpen() {
        MonthRange range = MonthRange.of(3, 6);
        assertThat(range.getMin()).contains(3);
        assertThat(range.getMax()).contains(6);
        assertThat(MonthRange.of(null, 12).getMin()).isEmpty();
        assertThat(MonthRange.of(6, null).getMax()).isEmpty();
        assertThat(MonthRange.of(6, 6).contains(6)).isTrue();
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertRejected(() -> MonthRange.of(null, null)).containsExactly(violation("", "kichi.range.empty"));
        assertRejected(() -> MonthRange.of(0, -1)).containsExactly(violation("min", "kichi.positive"),
                violation("max", "kichi.positive"), violation("max", "kichi.range.order"));
        assertRejected(() -> MonthRange.of(7, 6)).containsExactly(violation("max", "kichi.range.order"));
    }

    @Test
    void containsDurationsWithinItsBounds() {
        MonthRange range = MonthRange.of(3, 6);
        assertThat(range.contains(2)).isFalse();
        assertThat(range.contains(3)).isTrue();
        assertThat(range.contains(6)).isTrue();
        assertThat(range.contains(7)).isFalse();
        assertThat(MonthRange.of(null, 6).contains(1)).isTrue();
    }

    @Test
    void equalityIsByBounds() {
        assertThat(MonthRange.of(3, 6)).isEqualTo(MonthRange.of(3, 6)).hasSameHashCodeAs(MonthRange.of(3, 6))
                .isNotEqualTo(MonthRange.of(3, null)).isNotEqualTo(MonthRange.of(3, 7));
        assertThat(MonthRange.of(3, null).toString()).isEqualTo("3–.. months");
    }
}
