package kg.kichi.core.money;

import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyRangeTest {
    private static Money kgs(String amount) {
        return Money.of(amount, "KGS");
    }

    @Test
    void holdsBothBoundsOrEitherOpen() {
        MoneyRange both = MoneyRange.of(kgs("100000"), kgs("500000"));
        assertThat(both.getMin()).contains(kgs("100000"));
        assertThat(both.getMax()).contains(kgs("500000"));
        assertThat(both.getCurrencyCode()).isEqualTo("KGS");
        MoneyRange upTo = MoneyRange.of(null, Money.of("25000", "EUR"));
        assertThat(upTo.getMin()).isEmpty();
        assertThat(upTo.getCurrencyCode()).isEqualTo("EUR");
        assertThat(MoneyRange.of(kgs("1"), null).getMax()).isEmpty();
        assertThat(MoneyRange.of(kgs("5"), kgs("5.00")).getMax()).contains(kgs("5.00"));
    }

    @Test
    void needsABound() {
        assertRejected(() -> MoneyRange.of(null, null)).containsExactly(violation("", "kichi.range.empty"));
    }

    @Test
    void reportsNegativeBoundsAndOrderTogether() {
        assertRejected(() -> MoneyRange.of(kgs("-1"), kgs("-5"))).containsExactly(
                violation("min", "kichi.money.notNegative"),
                violation("max", "kichi.money.notNegative"),
                violation("max", "kichi.range.order"));
    }

    @Test
    void rejectsMinimumAboveMaximum() {
        assertRejected(() -> MoneyRange.of(kgs("500"), kgs("499.99")))
                .containsExactly(violation("max", "kichi.range.order"));
    }

    @Test
    void rejectsTwoCurrencies() {
        assertRejected(() -> MoneyRange.of(kgs("1"), Money.of("2", "EUR")))
                .containsExactly(violation("max", "kichi.money.currencyMismatch"));
    }

    @Test
    void containsItsBoundsAndWhatLiesBetween() {
        MoneyRange range = MoneyRange.of(kgs("100"), kgs("200"));
        assertThat(range.contains(kgs("100.00"))).isTrue();
        assertThat(range.contains(kgs("200"))).isTrue();
        assertThat(range.contains(kgs("99.99"))).isFalse();
        assertThat(range.contains(kgs("200.01"))).isFalse();
        assertThat(MoneyRange.of(null, kgs("1")).contains(kgs("-1000"))).isTrue();
        assertThatThrownBy(() -> range.contains(Money.of("150", "EUR"))).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void equalityIsByBounds() {
        assertThat(MoneyRange.of(kgs("1"), kgs("2"))).isEqualTo(MoneyRange.of(kgs("1"), kgs("2")))
                .hasSameHashCodeAs(MoneyRange.of(kgs("1"), kgs("2")))
                .isNotEqualTo(MoneyRange.of(kgs("1"), null))
                .isNotEqualTo(MoneyRange.of(kgs("1.00"), kgs("2")));
        assertThat(MoneyRange.of(null, kgs("2")).toString()).contains("..").contains("KGS 2");
    }
}
