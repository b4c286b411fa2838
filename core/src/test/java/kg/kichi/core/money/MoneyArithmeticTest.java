package kg.kichi.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Multiplication, negation, comparison and totals, with every expected amount written by hand. */
class MoneyArithmeticTest {
    @Test
    void multipliesByAWholeNumberExactly() {
        assertThat(Money.of("1500.50", "KGS").multipliedBy(3)).isEqualTo(Money.of("4501.50", "KGS"));
    }

    @Test
    void multipliesByADecimalAndRoundsToTheCurrencysDecimals() {
        assertThat(Money.of("100", "EUR").multipliedBy(new BigDecimal("0.333"), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.of("33.30", "EUR"));
        assertThat(Money.of("10", "JPY").multipliedBy(new BigDecimal("1.25"), RoundingMode.HALF_UP))
                .isEqualTo(Money.of("13", "JPY"));
        assertThat(Money.of("80", "EUR").multipliedBy(new BigDecimal("0.5"), RoundingMode.UNNECESSARY))
                .isEqualTo(Money.of("40.0", "EUR"));
    }

    @Test
    void refusesToRoundWhenToldNotTo() {
        assertThatThrownBy(() -> Money.of("1", "EUR").multipliedBy(new BigDecimal("0.333"), RoundingMode.UNNECESSARY))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getPath, Violation::getCode)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("amount", "kichi.money.scale")));
    }

    @Test
    void negatesAndCompares() {
        assertThat(Money.of("12.5", "USD").negated()).isEqualTo(Money.of("-12.5", "USD"));
        assertThat(Money.of("10", "KGS").isGreaterThan(Money.of("9.99", "KGS"))).isTrue();
        assertThat(Money.of("10", "KGS").isGreaterThan(Money.of("10.00", "KGS"))).isFalse();
        assertThat(Money.of("10", "KGS").isLessThan(Money.of("10.01", "KGS"))).isTrue();
        assertThatThrownBy(() -> Money.of("10", "KGS").isGreaterThan(Money.of("1", "EUR")))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void totalsAmountsOfOneCurrency() {
        assertThat(Money.total("KGS", List.of(Money.of("100", "KGS"), Money.of("250.50", "KGS"))))
                .isEqualTo(Money.of("350.50", "KGS"));
        assertThat(Money.total("EUR", List.of())).isEqualTo(Money.of("0.00", "EUR"));
        assertThatThrownBy(() -> Money.total("KGS", List.of(Money.of("1", "EUR"))))
                .isInstanceOf(CurrencyMismatchException.class);
    }
}
