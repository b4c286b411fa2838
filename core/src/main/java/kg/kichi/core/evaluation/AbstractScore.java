package kg.kichi.core.evaluation;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Objects;
import kg.kichi.core.Extensible;
import kg.kichi.core.KichiStyle;
import kg.kichi.core.internal.Decimals;
import kg.kichi.core.internal.ViolationCollector;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.validation.Identifier;
import kg.kichi.core.validation.Validity;
import org.immutables.value.Value;

/**
 * A reviewer's score for one criterion: points, or "not applicable" — exactly one of the two
 * ({@link ValidEvaluation}). Whether the points lie on the criterion's scale is checked against the grid by the
 * catalogue.
 */
@Value.Immutable
@KichiStyle
@ValidEvaluation
public abstract class AbstractScore implements Extensible {
    /** Only the generated {@link Score} extends this definition; use {@code Score}. */
    AbstractScore() {}

    /** @return the criterion's identifier */
    @NotNull(message = "{kichi.required}")
    @Identifier
    public abstract String getCriterion();

    /** @return the points; empty when the reviewer says the criterion does not apply */
    public abstract Optional<BigDecimal> getPoints();

    /** @return whether the reviewer says the criterion does not apply */
    @Value.Default
    public boolean isNotApplicable() {
        return false;
    }

    /** @return the reviewer's comment on this criterion, when given */
    public abstract Optional<LocalizedText> getComment();

    /**
     * Points for a criterion.
     *
     * @param criterion the criterion's identifier
     * @param points the points
     * @return the score
     */
    public static Score of(String criterion, BigDecimal points) {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(points, "points");
        return Score.builder().criterion(criterion).points(points).build();
    }

    /**
     * Points for a criterion, from a decimal text.
     *
     * @param criterion the criterion's identifier
     * @param points the points, e.g. {@code "4.5"}
     * @return the score
     * @throws NullPointerException naming a parameter that is null (Kichi's null rule)
     * @throws kg.kichi.core.validation.InvalidModelException when the points are not a decimal
     *     ({@code kichi.decimal.format}) or break a rule of a score
     */
    public static Score of(String criterion, String points) {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(points, "points");
        ViolationCollector problems = new ViolationCollector("Score");
        BigDecimal decimal = Decimals.parse(points, "points", problems);
        problems.throwIfAny();
        return of(criterion, decimal);
    }

    /**
     * "Not applicable" for a criterion.
     *
     * @param criterion the criterion's identifier
     * @return the score
     */
    public static Score notApplicable(String criterion) {
        return Score.builder().criterion(criterion).notApplicable(true).build();
    }

    @Value.Check
    protected void check() {
        Validity.check(this);
    }
}
