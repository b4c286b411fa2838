package kg.kichi.core.evaluation;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import kg.kichi.core.Extensible;
import kg.kichi.core.KichiStyle;
import kg.kichi.core.validation.Validity;
import org.immutables.value.Value;
import kg.kichi.core.internal.SkipNulls;

/**
 * How a call's applications are scored: its stages, each with sections of criteria, and how reviews are
 * combined.
 *
 * <p>Invariants ({@link ValidEvaluation}): at least one stage; no stage identifier twice; the divergence
 * threshold, when set, is above zero; at least one counted review is asked for. Every part is itself valid
 * (weights positive, minima within reach), so a grid is always usable.
 */
@Value.Immutable
@KichiStyle
@ValidEvaluation
public abstract class AbstractEvaluationGrid implements Extensible {
    /** Only the generated {@link EvaluationGrid} extends this definition; use {@code EvaluationGrid}. */
    AbstractEvaluationGrid() {}

    /** @return the stages, in the order they run */
    @NotEmpty(message = "{kichi.evaluation.noStages}")
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") Stage> getStages();

    /** @return the fewest counted reviews an application needs to be scored; 2 unless set */
    @Value.Default
    @Positive(message = "{kichi.positive}")
    public int getMinimumReviews() {
        return 2;
    }

    /** @return how the reviews' scores of a criterion are combined; the mean unless set */
    @NotNull(message = "{kichi.required}")
    @Value.Default
    public Aggregation getAggregation() {
        return Aggregation.MEAN;
    }

    /**
     * @return the number of points by which the counted reviewers' totals of one application may differ before
     *     it is flagged as divergent ("needs another reviewer"), when set
     */
    public abstract Optional<BigDecimal> getDivergenceThreshold();

    /**
     * Finds a stage.
     *
     * @param stageId its identifier
     * @return the stage, or empty
     */
    public Optional<Stage> stage(String stageId) {
        return getStages().stream().filter(s -> s.getId().equals(stageId)).findFirst();
    }

    /**
     * Checks the object, after giving a default attribute handed null its default: null means "not given"
     * (Kichi's null rule, see {@link kg.kichi.core.KichiStyle}), and a default attribute not given has its default.
     *
     * @return this object, or a copy with the defaults in place of nulls (checked in turn)
     */
    @Value.Check
    protected AbstractEvaluationGrid check() {
        if (getAggregation() == null) {
            EvaluationGrid.Builder defaults = EvaluationGrid.builder().from(this);
            if (getAggregation() == null) {
                defaults.aggregation(Aggregation.MEAN);
            }
            return defaults.build();
        }
        Validity.check(this);
        return this;
    }
}
