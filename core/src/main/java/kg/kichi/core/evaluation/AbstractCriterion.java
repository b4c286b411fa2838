package kg.kichi.core.evaluation;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Optional;
import kg.kichi.core.Extensible;
import kg.kichi.core.KichiStyle;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.validation.Identifier;
import kg.kichi.core.validation.Validity;
import org.immutables.value.Value;

/**
 * One thing reviewers score, such as "relevance to the objectives of the call", on a {@link Scale}, counted
 * {@linkplain #getWeight() weight} times (PRAG's "×2").
 *
 * <p>Invariants ({@link ValidEvaluation}): the weight is above zero; the minimum, when set, lies within the
 * scale; the not-applicable score, when set, is a score of the scale.
 */
@Value.Immutable
@KichiStyle
@ValidEvaluation
public abstract class AbstractCriterion implements Extensible {
    /** Only the generated {@link Criterion} extends this definition; use {@code Criterion}. */
    AbstractCriterion() {}

    /** @return the identifier, unique within the grid */
    @NotNull(message = "{kichi.required}")
    @Identifier
    public abstract String getId();

    /** @return the title, in as many languages as given */
    @NotNull(message = "{kichi.required}")
    public abstract LocalizedText getTitle();

    /** @return the points a reviewer may give */
    @NotNull(message = "{kichi.required}")
    public abstract Scale getScale();

    /** @return how many times the score counts in the section total; 1 unless set */
    @NotNull(message = "{kichi.required}")
    @Value.Default
    public BigDecimal getWeight() {
        return BigDecimal.ONE;
    }

    /**
     * @return the aggregated score (on the scale, before the weight) below which an application is eliminated,
     *     when the grid sets one
     */
    public abstract Optional<BigDecimal> getMinimum();

    /**
     * @return the score an application gets when every counted reviewer says "not applicable" (PRAG gives 5 to
     *     co-applicants' involvement when there are none); without it such an application is incomplete
     */
    public abstract Optional<BigDecimal> getNotApplicableScore();

    /** @return the most points the criterion can add to a total: scale maximum × weight */
    public BigDecimal getMaxPoints() {
        return getScale().getMax().multiply(getWeight());
    }

    /**
     * Checks the object, after giving a default attribute handed null its default: null means "not given"
     * (Kichi's null rule, see {@link kg.kichi.core.KichiStyle}), and a default attribute not given has its default.
     *
     * @return this object, or a copy with the defaults in place of nulls (checked in turn)
     */
    @Value.Check
    protected AbstractCriterion check() {
        if (getWeight() == null) {
            Criterion.Builder defaults = Criterion.builder().from(this);
            if (getWeight() == null) {
                defaults.weight(BigDecimal.ONE);
            }
            return defaults.build();
        }
        Validity.check(this);
        return this;
    }
}
