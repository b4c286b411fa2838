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
 * One round of scoring, such as the concept note or the full application, with its sections.
 *
 * <p>Invariants ({@link ValidEvaluation}): at least one section; no section or criterion identifier twice; the
 * minimum total, when set, is not negative and not above the stage's {@linkplain #getMaxPoints() maximum}.
 */
@Value.Immutable
@KichiStyle
@ValidEvaluation
public abstract class AbstractStage implements Extensible {
    /** Only the generated {@link Stage} extends this definition; use {@code Stage}. */
    AbstractStage() {}

    /** @return the identifier, unique within the grid */
    @NotNull(message = "{kichi.required}")
    @Identifier
    public abstract String getId();

    /** @return the title */
    @NotNull(message = "{kichi.required}")
    public abstract LocalizedText getTitle();

    /** @return the sections, in order */
    @NotEmpty(message = "{kichi.evaluation.noSections}")
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") Section> getSections();

    /** @return the total below which an application is eliminated, when set */
    public abstract Optional<BigDecimal> getMinimum();

    /** @return the highest total: the sum of the sections' maxima */
    public BigDecimal getMaxPoints() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Section s : getSections()) {
            sum = sum.add(s.getMaxPoints());
        }
        return sum;
    }

    /**
     * Finds a criterion of any section.
     *
     * @param criterionId its identifier
     * @return the criterion, or empty
     */
    public Optional<Criterion> criterion(String criterionId) {
        for (Section s : getSections()) {
            for (Criterion c : s.getCriteria()) {
                if (c.getId().equals(criterionId)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    @Value.Check
    protected void check() {
        Validity.check(this);
    }
}
