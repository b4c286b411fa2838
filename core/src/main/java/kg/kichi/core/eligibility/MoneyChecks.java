package kg.kichi.core.eligibility;

import static kg.kichi.core.eligibility.Checks.result;
import static kg.kichi.core.eligibility.Checks.unknown;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kg.kichi.core.application.Budget;
import kg.kichi.core.money.Money;

/**
 * The checks of the {@linkplain RuleCategory#MONEY money} category: the requested amount against a range, a currency
 * or a cap, and the budget's shares (co-financing of the total cost, indirect of direct costs).
 *
 * <p>Amounts in different currencies are compared only through the screening's exchange rates; without the rate the
 * result is unknown and names it ({@code exchangeRate:USD/KGS}), never a guess. Shares are compared exactly
 * ({@code part × 100} against {@code percent × whole}), with no rounding.
 */
final class MoneyChecks {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MoneyChecks() {}

    static RuleResult grantSize(Rule rule, Facts f) {
        Optional<Money> requested = f.application.getRequestedAmount();
        if (requested.isEmpty()) {
            return unknown(rule, "requestedAmount");
        }
        String target = rule.getRange().get().getCurrencyCode();
        Optional<Money> converted = f.screening.rates().convert(requested.get(), target);
        if (converted.isEmpty()) {
            return unknown(rule, requested.get(), "requestedAmount",
                    List.of(rateName(requested.get().getCurrencyCode(), target)));
        }
        Object actual = converted.get() == requested.get() ? requested.get()
                : new Converted(requested.get(), converted.get());
        return result(rule, rule.getRange().get().contains(converted.get()), actual, "requestedAmount");
    }

    private static String rateName(String from, String to) {
        return "exchangeRate:" + from + "/" + to;
    }

    static RuleResult currency(Rule rule, Facts f) {
        Optional<Money> requested = f.application.getRequestedAmount();
        if (requested.isEmpty()) {
            return unknown(rule, "requestedAmount");
        }
        String code = requested.get().getCurrencyCode();
        return result(rule, code.equals(rule.getCurrency().get()), code, "requestedAmount");
    }

    static RuleResult coFinancing(Rule rule, Facts f) {
        Optional<Money> coFinancing = f.application.getCoFinancing();
        Optional<Money> total = f.application.getBudget().flatMap(Budget::getTotalCost);
        if (coFinancing.isEmpty() || total.isEmpty()) {
            return missing(rule, coFinancing.isEmpty() ? "coFinancing" : null,
                    total.isEmpty() ? "budget.totalCost" : null);
        }
        return share(rule, f, coFinancing.get(), total.get(), "coFinancing", true);
    }

    static RuleResult indirectCosts(Rule rule, Facts f) {
        Optional<Budget> budget = f.application.getBudget();
        Optional<Money> indirect = budget.isEmpty() ? Optional.empty() : budget.get().getIndirectCosts();
        Optional<Money> direct = budget.isEmpty() ? Optional.empty() : budget.get().getDirectCosts();
        if (indirect.isEmpty() || direct.isEmpty()) {
            return missing(rule, indirect.isEmpty() ? "budget.indirectCosts" : null,
                    direct.isEmpty() ? "budget.directCosts" : null);
        }
        return share(rule, f, indirect.get(), direct.get(), "budget.indirectCosts", false);
    }

    /** Unknown for the one or two facts not stated (null for a stated one); the first is the result's path. */
    private static RuleResult missing(Rule rule, String part, String whole) {
        List<String> missing = new ArrayList<>(2);
        if (part != null) {
            missing.add(part);
        }
        if (whole != null) {
            missing.add(whole);
        }
        return unknown(rule, null, missing.get(0), missing);
    }

    /** part / whole against the rule's percent: at least it ({@code atLeast}) or at most it. */
    private static RuleResult share(Rule rule, Facts f, Money part, Money whole, String path, boolean atLeast) {
        Optional<Money> converted = f.screening.rates().convert(part, whole.getCurrencyCode());
        if (converted.isEmpty()) {
            return unknown(rule, part, path, List.of(rateName(part.getCurrencyCode(), whole.getCurrencyCode())));
        }
        BigDecimal partTimes100 = converted.get().getAmount().multiply(HUNDRED);
        BigDecimal limit = rule.getPercent().get().multiply(whole.getAmount());
        int cmp = partTimes100.compareTo(limit);
        return result(rule, atLeast ? cmp >= 0 : cmp <= 0, new Share(part, whole, partTimes100), path);
    }

    static RuleResult thirdPartyCap(Rule rule, Facts f) {
        Optional<Money> requested = f.application.getRequestedAmount();
        if (requested.isEmpty()) {
            return unknown(rule, "requestedAmount");
        }
        Money cap = rule.getCap().get();
        Optional<Money> converted = f.screening.rates().convert(requested.get(), cap.getCurrencyCode());
        if (converted.isEmpty()) {
            return unknown(rule, requested.get(), "requestedAmount",
                    List.of(rateName(requested.get().getCurrencyCode(), cap.getCurrencyCode())));
        }
        Object actual = converted.get() == requested.get() ? requested.get()
                : new Converted(requested.get(), converted.get());
        return result(rule, converted.get().compareTo(cap) <= 0, actual, "requestedAmount");
    }

    /** An amount and what it converts to, rendered only when asked: {@code KGS 1450000 ≈ EUR 15263.16}. */
    private record Converted(Money from, Money to) {
        @Override
        public String toString() {
            return from + " ≈ " + to;
        }
    }

    /** A part of a whole in percent, rendered only when asked: {@code 6.80 %}. */
    private record Share(Money part, Money whole, BigDecimal partTimes100) {
        @Override
        public String toString() {
            return whole.getAmount().signum() == 0 ? part + " / " + whole
                    : partTimes100.divide(whole.getAmount(), 2, RoundingMode.HALF_EVEN).toPlainString() + " %";
        }
    }
}
