package kg.kichi.cli.report;

import java.math.BigDecimal;

/**
 * The sum of the stated amounts in one currency.
 *
 * @param currency ISO 4217 code
 * @param total the exact sum
 * @param grants how many grants the sum is made of
 */
public record CurrencyTotal(String currency, BigDecimal total, int grants) {
}
