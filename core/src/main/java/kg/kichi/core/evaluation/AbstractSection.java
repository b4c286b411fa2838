package kg.kichi.core.evaluation;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import kg.kichi.core.Extensible;
import kg.kichi.core.KichiStyle;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.validation.Identifier;
import kg.kichi.core.validation.Validity;
import org.immutables.value.Value;
import kg.kichi.core.internal.SkipNulls;

/**
 * A group of criteria with a total of its own, such as PRAG's "relevance of the action".
 *
 * <p>Invariants ({@link ValidEvaluation}): at least one criterion, no criterion identifier twice, and the minimum,
 * when set, is not negative and not above the section's {@linkplain #getMaxPoints() maximum}.
 */
@Value.Immutable
@KichiStyle
@ValidEvaluation
public abstract class AbstractSection implements Extensible {
    /** Only the generated {@link Section} extends this definition; use {@code Section}. */
    AbstractSection() {}

    /** @return the identifier, unique within the grid */
    @NotNull(message = "{kichi.required}")
    @Identifier
    public abstract String getId();

    /** @return the title */
    @NotNull(message = "{kichi.required}")
    public abstract LocalizedText getTitle();

    /** @return the criteria, in the grid's order */
    @NotEmpty(message = "{kichi.evaluation.noCriteria}")
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") Criterion> getCriteria();

    /** @return the weighted total below which an application is eliminated, when set */
    public abstract Optional<BigDecimal> getMinimum();

    /** @return the highest total the section can give: the sum of its criteria's maxima × weights */
    public BigDecimal getMaxPoints() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion c : getCriteria()) {
            sum = sum.add(c.getMaxPoints());
        }
        return sum;
    }

    @Value.Check
    protected void check() {
        Validity.check(this);
    }
}
