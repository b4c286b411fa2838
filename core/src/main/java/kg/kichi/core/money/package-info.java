/**
 * Exact amounts of money: {@link kg.kichi.core.money.Money} (a {@link java.math.BigDecimal} and an ISO 4217
 * currency, never a {@code double}), {@link kg.kichi.core.money.MoneyRange} and
 * {@link kg.kichi.core.money.ExchangeRates}.
 *
 * <p>An amount keeps the scale it was given and never has more decimals than its currency allows. Arithmetic and
 * comparison across two currencies throw {@link kg.kichi.core.money.CurrencyMismatchException}; a conversion needs a
 * rate the caller states, and Kichi never looks one up or guesses one.
 */
package kg.kichi.core.money;
