package kg.kichi.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * The edges of Money's limits and the value contracts of the money types, written out where mutation testing
 * (PIT) showed that the other tests let a changed boundary or a constant {@code hashCode} through.
 */
class MoneyBoundariesTest {
    private static String code(InvalidModelException e) {
        return e.getViolations().stream().map(Violation::getCode).collect(Collectors.joining(","));
    }

    @Test
    void fortyDecimalsAreAScaleProblemAndFortyOneAFormatProblem() {
        // 40 decimals is within the format's 40 digits, so the complaint is the currency's 2 decimals
        BigDecimal forty = new BigDecimal("0." + "0".repeat(39) + "1");
        assertThat(forty.scale()).isEqualTo(40);
        assertThatExceptionOfType(InvalidModelException.class).isThrownBy(() -> Money.of(forty, "KGS"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("kichi.money.scale"));
        BigDecimal fortyOne = new BigDecimal("0." + "0".repeat(40) + "1");
        assertThatExceptionOfType(InvalidModelException.class).isThrownBy(() -> Money.of(fortyOne, "KGS"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("kichi.money.format"));
    }

    @Test
    void fortyDigitsBeforeThePointAreAnAmountAndFortyOneAreNot() {
        BigDecimal forty = new BigDecimal("9".repeat(40));
        assertThat(Money.of(forty, "KGS").getAmount()).isEqualByComparingTo(forty);
        BigDecimal fortyOne = new BigDecimal("9".repeat(41));
        assertThatExceptionOfType(InvalidModelException.class).isThrownBy(() -> Money.of(fortyOne, "KGS"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("kichi.money.format"));
    }

    @Test
    void anAmountWrittenInFortyCharactersIsReadAndInFortyOneIsNot() {
        String forty = "1".repeat(37) + ".00";
        assertThat(forty).hasSize(40);
        assertThat(Money.of(forty, "KGS").getAmount()).isEqualByComparingTo(forty);
        String fortyOne = "1".repeat(38) + ".00";
        assertThatExceptionOfType(InvalidModelException.class).isThrownBy(() -> Money.of(fortyOne, "KGS"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("kichi.money.format"));
    }

    @Test
    void anAmountIsNotLessThanItselfNorThanAnEqualAmountAtAnotherScale() {
        Money ten = Money.of("10.00", "KGS");
        assertThat(ten.isLessThan(ten)).isFalse();
        assertThat(ten.isLessThan(Money.of("10", "KGS"))).isFalse();
        assertThat(ten.isLessThan(Money.of("10.01", "KGS"))).isTrue();
        assertThat(Money.of("10.01", "KGS").isLessThan(ten)).isFalse();
    }

    @Test
    void differentAmountsHashDifferentlyAndEqualOnesAlike() {
        List<Money> amounts = List.of(Money.of("1.00", "KGS"), Money.of("2.00", "KGS"), Money.of("1.00", "EUR"),
                Money.of("1.0", "KGS"), Money.of("-1.00", "USD"));
        Set<Integer> hashes = amounts.stream().map(Money::hashCode).collect(Collectors.toSet());
        assertThat(hashes).hasSize(amounts.size());
        assertThat(Money.of("1.00", "KGS")).hasSameHashCodeAs(Money.of(new BigDecimal("1.00"), "KGS"));
    }

    @Test
    void rangesHashByTheirBounds() {
        MoneyRange a = MoneyRange.of(Money.of("1", "KGS"), Money.of("5", "KGS"));
        MoneyRange b = MoneyRange.of(Money.of("1", "KGS"), Money.of("6", "KGS"));
        MoneyRange open = MoneyRange.of(null, Money.of("5", "KGS"));
        assertThat(Set.of(a.hashCode(), b.hashCode(), open.hashCode())).hasSize(3);
        assertThat(a).hasSameHashCodeAs(MoneyRange.of(Money.of("1", "KGS"), Money.of("5", "KGS")));
    }

    @Test
    void exchangeRatesAreValuesOfTheirStatedRates() {
        ExchangeRates eur = ExchangeRates.none().with("EUR", "KGS", new BigDecimal("98.5"));
        ExchangeRates same = ExchangeRates.none().with("EUR", "KGS", new BigDecimal("98.5"));
        ExchangeRates other = ExchangeRates.none().with("EUR", "KGS", new BigDecimal("99"));
        assertThat(eur.asMap()).isEqualTo(Map.of("EUR/KGS", new BigDecimal("98.5")));
        assertThat(ExchangeRates.none().asMap()).isEmpty();
        assertThat(eur).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other).isNotEqualTo(ExchangeRates.none())
                .isNotEqualTo("EUR/KGS");
        assertThat(eur.hashCode()).isNotEqualTo(other.hashCode());
        assertThat(eur).hasToString("{EUR/KGS=98.5}");
    }
}
