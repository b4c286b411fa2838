package kg.kichi.core.evaluation;

import jakarta.validation.constraints.NotNull;
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
 * One reviewer's scoring of one application at one stage of its call's grid.
 *
 * <p>Invariant ({@link ValidEvaluation}): no criterion is scored twice. A review may declare a conflict of
 * interest; it is then kept and reported, never counted. The catalogue checks that the application, the
 * reviewer, the stage and every criterion exist and that every score lies on its criterion's scale.
 */
@Value.Immutable
@KichiStyle
@ValidEvaluation
public abstract class AbstractReview implements Extensible {
    /** Only the generated {@link Review} extends this definition; use {@code Review}. */
    AbstractReview() {}

    /** @return the identifier, unique among reviews of a dataset */
    @NotNull(message = "{kichi.required}")
    @Identifier
    public abstract String getId();

    /** @return the application reviewed */
    @NotNull(message = "{kichi.required}")
    @Identifier
    public abstract String getApplication();

    /** @return the reviewer */
    @NotNull(message = "{kichi.required}")
    @Identifier
    public abstract String getReviewer();

    /** @return the stage of the call's grid */
    @NotNull(message = "{kichi.required}")
    @Identifier
    public abstract String getStage();

    /** @return a score per criterion of the stage */
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") Score> getScores();

    /** @return the reviewer's general comments, when given */
    public abstract Optional<LocalizedText> getComments();

    /** @return the reviewer's advice, when given */
    public abstract Optional<Recommendation> getRecommendation();

    /** @return whether the reviewer declared a conflict of interest */
    @Value.Default
    public boolean isConflictOfInterest() {
        return false;
    }

    /**
     * Finds the score of a criterion.
     *
     * @param criterionId the criterion
     * @return its score, or empty when the review does not score it
     */
    public Optional<Score> score(String criterionId) {
        for (Score s : getScores()) {
            if (s.getCriterion().equals(criterionId)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    @Value.Check
    protected void check() {
        Validity.check(this);
    }
}
