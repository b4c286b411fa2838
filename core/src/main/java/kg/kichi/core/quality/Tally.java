package kg.kichi.core.quality;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import kg.kichi.core.money.Money;

/**
 * The number of grants of a call or lot and their sums by currency: all a call's totals need of its grants, which
 * are not kept. Sums in different currencies are never added together.
 */
class Tally {
    long grants;
    /** The sums by currency code. */
    final Map<String, BigDecimal> sums = new TreeMap<>();

    void add(Money amount) {
        sums.merge(amount.getCurrencyCode(), amount.getAmount(), BigDecimal::add);
    }
}
