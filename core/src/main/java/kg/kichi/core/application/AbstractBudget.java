package kg.kichi.core.application;

import java.util.Optional;
import kg.kichi.core.Extensible;
import kg.kichi.core.KichiStyle;
import kg.kichi.core.money.Money;
import kg.kichi.core.validation.Validity;
import org.immutables.value.Value;

/**
 * The cost figures of an application's budget, each only when the application states it: the total cost of
 * the action, its direct costs and its indirect costs (overheads). The applicant's own contribution is the
 * application's {@linkplain AbstractApplication#getCoFinancing() co-financing}.
 *
 * <p>Invariants ({@link ConsistentBudget}): no amount is negative ({@code kichi.money.notNegative}); all amounts
 * share one currency ({@code kichi.budget.currency}). Nothing else is assumed: a total need not be the sum of
 * direct and indirect costs, since budgets often carry other lines (contingency, in-kind contributions).
 */
@Value.Immutable
@KichiStyle
@ConsistentBudget
public abstract class AbstractBudget implements Extensible {
    /** Only the generated {@link Budget} extends this definition; use {@code Budget}. */
    AbstractBudget() {}

    /** @return the total cost of the action, when stated */
    public abstract Optional<Money> getTotalCost();

    /** @return the direct costs, when stated */
    public abstract Optional<Money> getDirectCosts();

    /** @return the indirect costs (overheads, administrative costs), when stated */
    public abstract Optional<Money> getIndirectCosts();

    /** @return the currency of the stated amounts, empty when none is stated */
    public Optional<String> getCurrencyCode() {
        return getTotalCost().or(this::getDirectCosts).or(this::getIndirectCosts).map(Money::getCurrencyCode);
    }

    @Value.Check
    protected void check() {
        Validity.check(this);
    }
}
