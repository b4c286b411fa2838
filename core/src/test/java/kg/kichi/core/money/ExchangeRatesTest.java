package kg.kichi.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import kg.kichi.core.validation.InvalidModelException;
import org.junit.jupiter.api.Test;

class ExchangeRatesTest {
    final ExchangeRates rates = ExchangeRates.none().with("EUR", "KGS", new BigDecimal("97.50"));

    @Test
    void convertsWithTheStatedRateAndItsInverse() {
        assertThat(rates.convert(Money.of("100", "EUR"), "KGS")).contains(Money.of("9750.00", "KGS"));
        assertThat(rates.convert(Money.of("5850000", "KGS"), "EUR")).contains(Money.of("60000.00", "EUR"));
        assertThat(rates.convert(Money.of("1", "KGS"), "EUR")).contains(Money.of("0.01", "EUR"));
        assertThat(rates.convert(Money.of("12.5", "KGS"), "KGS")).contains(Money.of("12.5", "KGS"));
    }

    @Test
    void neverGuessesARate() {
        assertThat(rates.convert(Money.of("100", "USD"), "KGS")).isEmpty();
        assertThat(ExchangeRates.none().rate("EUR", "KGS")).isEmpty();
        assertThat(ExchangeRates.none().rate("KGS", "KGS")).contains(BigDecimal.ONE);
    }

    @Test
    void ratesAreAboveZeroAndCurrenciesReal() {
        assertThatThrownBy(() -> ExchangeRates.none().with("EUR", "KGS", BigDecimal.ZERO))
                .isInstanceOf(InvalidModelException.class);
        assertThatThrownBy(() -> ExchangeRates.none().with("EUR", "KGZ", BigDecimal.ONE))
                .isInstanceOf(InvalidModelException.class);
    }
}
