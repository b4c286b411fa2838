package kg.kichi.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of money over 200 seeded random amounts. */
class MoneyPropertyTest {
    private static final List<String> CURRENCIES = List.of("KGS", "EUR", "USD", "CAD", "JPY");

    static Stream<Long> seeds() {
        // -Dkichi.property.seeds=N runs N seeds instead (the mutation profile runs fewer: docs/reliability.md)
        return LongStream.range(0, Long.getLong("kichi.property.seeds", 200)).boxed();
    }

    static Money randomMoney(Random random, String currency) {
        int digits = Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
        long unscaled = random.nextLong() % 1_000_000_000_000L;
        return Money.of(BigDecimal.valueOf(unscaled, random.nextInt(digits + 1)), currency);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void plusAndMinusAreInverseAndPlusIsCommutative(long seed) {
        Random random = new Random(seed);
        String currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
        Money a = randomMoney(random, currency);
        Money b = randomMoney(random, currency);
        assertThat(a.plus(b).minus(b).isEqualTo(a)).as("%s + %s - %s", a, b, b).isTrue();
        assertThat(a.minus(b).plus(b).isEqualTo(a)).isTrue();
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
        assertThat(a.plus(b).compareTo(a)).isEqualTo(b.getAmount().signum());
        assertThat(a.minus(a).isPositive() || a.minus(a).isNegative()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void textReadsBackAsAnEqualAmount(long seed) {
        Random random = new Random(seed);
        Money money = randomMoney(random, CURRENCIES.get(random.nextInt(CURRENCIES.size())));
        assertThat(Money.parse(money.toString())).isEqualTo(money).hasSameHashCodeAs(money);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void twoCurrenciesNeverMix(long seed) {
        Random random = new Random(seed);
        int i = random.nextInt(CURRENCIES.size());
        int j = (i + 1 + random.nextInt(CURRENCIES.size() - 1)) % CURRENCIES.size();
        Money a = randomMoney(random, CURRENCIES.get(i));
        Money b = randomMoney(random, CURRENCIES.get(j));
        assertThatThrownBy(() -> a.plus(b)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> a.minus(b)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> a.compareTo(b)).isInstanceOf(CurrencyMismatchException.class);
    }
}
