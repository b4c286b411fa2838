package kg.kichi.core.money;

import java.util.Currency;
import java.util.Map;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;

/** Thrown when arithmetic or comparison mixes two currencies. */
public final class CurrencyMismatchException extends InvalidModelException {
    private static final long serialVersionUID = 1L;

    private final String expected;
    private final String actual;

    /**
     * @param expected the currency of the left-hand amount
     * @param actual the currency of the right-hand amount
     */
    public CurrencyMismatchException(Currency expected, Currency actual) {
        super("Money", Violation.of("currency", "kichi.money.currencyMismatch",
                Map.of("expected", expected.getCurrencyCode(), "actual", actual.getCurrencyCode())));
        this.expected = expected.getCurrencyCode();
        this.actual = actual.getCurrencyCode();
    }

    /** @return the ISO 4217 code of the left-hand amount */
    public String getExpected() {
        return expected;
    }

    /** @return the ISO 4217 code of the right-hand amount */
    public String getActual() {
        return actual;
    }
}
