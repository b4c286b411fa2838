package kg.kichi.core.evaluation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import kg.kichi.core.Extensible;
import kg.kichi.core.KichiStyle;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.validation.Validity;
import org.immutables.value.Value;

/**
 * The fewest and most grants for one first-level unit (an oblast, or a city of republican significance).
 * Invariant ({@link ValidEvaluation}): the maximum, when set, is not below the minimum and above zero.
 */
@Value.Immutable
@KichiStyle
@ValidEvaluation
public abstract class AbstractRegionalQuota implements Extensible {
    /** Only the generated {@link RegionalQuota} extends this definition; use {@code RegionalQuota}. */
    AbstractRegionalQuota() {}

    /** @return the first-level unit, by any of its codes */
    @NotNull(message = "{kichi.required}")
    public abstract UnitRef getUnit();

    /** @return the fewest grants, as far as money allows; 0 unless set */
    @Value.Default
    @PositiveOrZero(message = "{kichi.notNegative}")
    public int getMin() {
        return 0;
    }

    /** @return the most grants, when capped */
    public abstract Optional<Integer> getMax();

    @Value.Check
    protected void check() {
        Validity.check(this);
    }
}
