package kg.kichi.core.money;

import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static kg.kichi.core.ModelAssertions.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import kg.kichi.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {
    private static final Currency KGS = Currency.getInstance("KGS");

    @Test
    void keepsTheScaleItWasGiven() {
        assertThat(Money.of("1500", "KGS").getAmount()).isEqualTo(new BigDecimal("1500"));
        assertThat(Money.of("1500.00", "KGS").getAmount().scale()).isEqualTo(2);
        assertThat(Money.of(new BigDecimal("7.5"), KGS).getAmount().scale()).isEqualTo(1);
        assertThat(Money.of(BigDecimal.TEN, "EUR").getCurrency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(Money.of("3", "KGS").getCurrencyCode()).isEqualTo("KGS");
    }

    @Test
    void rejectsMoreDecimalsThanTheCurrencyHas() {
        assertThat(violationsOf(() -> Money.of("1.005", "KGS"))).singleElement().satisfies(v -> {
            assertThat(v.getPath()).isEqualTo("amount");
            assertThat(v.getCode()).isEqualTo("kichi.money.scale");
            assertThat(v.getArguments()).containsEntry("value", "1.005").containsEntry("currency", "KGS")
                    .containsEntry("digits", 2);
        });
        assertRejected(() -> Money.of("1.5", "JPY")).containsExactly(violation("amount", "kichi.money.scale"));
        assertThat(Money.of("100", "JPY").getAmount()).isEqualByComparingTo("100");
    }

    @Test
    void exponentNotationIsKeptAtScaleZeroSoThatItsTextReadsBack() {
        Money money = Money.of(new BigDecimal("1E+5"), KGS);
        assertThat(money.getAmount().scale()).isZero();
        assertThat(money.toString()).isEqualTo("KGS 100000");
        assertThat(Money.parse(money.toString())).isEqualTo(money);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kgs", "KG", "KGSS", "XYZ", "", "K1S", "КГС"})
    void rejectsUnknownCurrencies(String code) {
        assertThat(violationsOf(() -> Money.of("1", code))).extracting(Violation::getPath, Violation::getCode,
                v -> v.getArguments().get("value")).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("currency", "kichi.money.currency", code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1,5", "1.2.3", " 1", "1 000", "NaN", "12345678901234567890123456789012345678901"})
    void rejectsAmountsThatAreNotDecimals(String amount) {
        assertRejected(() -> Money.of(amount, "KGS")).containsExactly(violation("amount", "kichi.money.format"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E-999999999", "1E+999999999", "1E+41", "1E-41", "-2.5E+2147483647"})
    void rejectsExponentsBeyondFortyDigitsAsNotAnAmountWithoutExpandingThem(String amount) {
        assertRejected(() -> Money.of(amount, "KGS")).containsExactly(violation("amount", "kichi.money.format"));
        assertRejected(() -> Money.parse("XAU " + amount)).containsExactly(violation("amount", "kichi.money.format"));
        assertRejected(() -> Money.of(new BigDecimal(amount), KGS))
                .containsExactly(violation("amount", "kichi.money.format"));
        assertThat(violationsOf(() -> Money.of(amount, "KGS"))).singleElement()
                .satisfies(v -> assertThat(v.getArguments()).containsEntry("value", amount));
    }

    @Test
    void fortyDigitsEitherSideOfThePointAreStillAmounts() {
        assertThat(Money.of(new BigDecimal("1E+39"), KGS).getAmount().precision()).isEqualTo(40);
        assertThat(Money.of(new BigDecimal("1E-40"), Currency.getInstance("XAU")).getAmount().scale()).isEqualTo(40);
    }

    @Test
    void parsesWhatItWrites() {
        Money money = Money.of("1500000.50", "KGS");
        assertThat(money.toString()).isEqualTo("KGS 1500000.50");
        assertThat(Money.parse("KGS 1500000.50")).isEqualTo(money);
        assertThat(Money.parse("EUR -3").getAmount()).isEqualByComparingTo("-3");
    }

    @Test
    void reportsABadAmountAndABadCurrencyTogether() {
        assertRejected(() -> Money.of("abc", "XYZ")).containsExactly(violation("amount", "kichi.money.format"),
                violation("currency", "kichi.money.currency"));
        assertRejected(() -> Money.parse("kgs 1,5")).containsExactly(violation("amount", "kichi.money.format"),
                violation("currency", "kichi.money.currency"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "KGS", "KGS1500", "1500 KGS", "KG 1500", "KGS  1500", "KGS 15 00", "KGS 1.001"})
    void rejectsTextOfAnotherForm(String text) {
        assertThat(violationsOf(() -> Money.parse(text))).isNotEmpty().allSatisfy(v -> assertThat(v.getCode())
                .isIn("kichi.money.format", "kichi.money.currency", "kichi.money.scale"));
    }

    @Test
    void zeroHasTheCurrencyScale() {
        assertThat(Money.zero("KGS").getAmount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(Money.zero("JPY").getAmount()).isEqualTo(BigDecimal.ZERO);
        assertThat(Money.zero("KGS").isPositive()).isFalse();
        assertThat(Money.zero("KGS").isNegative()).isFalse();
    }

    @Test
    void addsAndSubtractsWithinACurrency() {
        Money a = Money.of("1500.50", "KGS");
        Money b = Money.of("250", "KGS");
        assertThat(a.plus(b)).isEqualTo(Money.of("1750.50", "KGS"));
        assertThat(a.minus(b)).isEqualTo(Money.of("1250.50", "KGS"));
        assertThat(b.minus(a).isNegative()).isTrue();
        assertThat(a.isPositive()).isTrue();
    }

    @Test
    void arithmeticAcrossCurrenciesThrowsCurrencyMismatch() {
        Money som = Money.of("1", "KGS");
        Money euro = Money.of("1", "EUR");
        assertThatThrownBy(() -> som.plus(euro)).isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
            assertThat(e.getExpected()).isEqualTo("KGS");
            assertThat(e.getActual()).isEqualTo("EUR");
            assertThat(e.getViolations()).containsExactly(Violation.of("currency", "kichi.money.currencyMismatch",
                    Map.of("expected", "KGS", "actual", "EUR")));
            assertThat(e.getMessage()).contains("KGS").contains("EUR");
        });
        assertThatThrownBy(() -> som.minus(euro)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> som.compareTo(euro)).isInstanceOf(CurrencyMismatchException.class);
        assertThat(som.isSameCurrency(euro)).isFalse();
        assertThat(som.isEqualTo(euro)).isFalse();
    }

    @Test
    void comparesIgnoringScale() {
        assertThat(Money.of("10", "KGS").compareTo(Money.of("10.00", "KGS"))).isZero();
        assertThat(Money.of("9.99", "KGS").compareTo(Money.of("10", "KGS"))).isNegative();
        assertThat(Money.of("10.01", "KGS").compareTo(Money.of("10", "KGS"))).isPositive();
    }

    @Test
    void equalsIsScaleSensitiveButIsEqualToIsNot() {
        Money ten = Money.of("10", "KGS");
        Money tenPointZero = Money.of("10.00", "KGS");
        assertThat(ten).isNotEqualTo(tenPointZero);
        assertThat(ten.isEqualTo(tenPointZero)).isTrue();
        assertThat(ten).isEqualTo(Money.of(new BigDecimal("10"), KGS)).hasSameHashCodeAs(Money.of("10", "KGS"));
        assertThat(ten).isNotEqualTo(Money.of("10", "EUR")).isNotEqualTo("KGS 10").isNotEqualTo(null);
    }

    @Test
    void acceptsExactlyTheCurrencyCodesTheJdkKnowsTheCommonOnesIncluded() {
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                for (char c = 'A'; c <= 'Z'; c++) {
                    String code = new String(new char[] {a, b, c}); // not the constant's instance
                    Currency expected;
                    try {
                        expected = Currency.getInstance(code);
                    } catch (IllegalArgumentException unknown) {
                        assertRejected(() -> Money.of("1", code))
                                .containsExactly(violation("currency", "kichi.money.currency"));
                        continue;
                    }
                    assertThat(Money.of(BigDecimal.ONE, code).getCurrency()).as(code).isSameAs(expected);
                }
            }
        }
    }
}
