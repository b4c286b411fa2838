package kg.kichi.core.evaluation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import kg.kichi.core.Extensible;
import kg.kichi.core.KichiStyle;
import kg.kichi.core.validation.Identifier;
import kg.kichi.core.validation.Validity;
import org.immutables.value.Value;

/**
 * How a call or a lot turns a ranking into grants: the walk down the ranking ({@link SelectionRule#SKIP} unless
 * set), regional quotas, the reserve list, partial funding, the tie-break chain, or a concept-note shortlist
 * instead. The envelope and the planned number of grants come from the call or lot.
 *
 * <p>Invariants ({@link ValidEvaluation}): tie-breaks not repeated; a lottery needs a seed; no unit has two
 * quotas; the partial-funding floor lies in (0, 100]; the shortlist factor is above zero.
 */
@Value.Immutable
@KichiStyle
@ValidEvaluation
public abstract class AbstractSelectionPolicy implements Extensible {
    /** Only the generated {@link SelectionPolicy} extends this definition; use {@code SelectionPolicy}. */
    AbstractSelectionPolicy() {}

    /** @return the stage of the grid whose scores decide; needed when the grid has more than one stage */
    public abstract Optional<@Identifier String> getStage();

    /** @return grants or a shortlist; grants unless set */
    @NotNull(message = "{kichi.required}")
    @Value.Default
    public SelectionMode getMode() {
        return SelectionMode.SELECT;
    }

    /** @return what happens to an application that does not fit the money left; skip unless set */
    @NotNull(message = "{kichi.required}")
    @Value.Default
    public SelectionRule getRule() {
        return SelectionRule.SKIP;
    }

    /** @return which score ranks; the total unless set */
    @NotNull(message = "{kichi.required}")
    @Value.Default
    public RankBasis getRankBy() {
        return RankBasis.TOTAL;
    }

    /** @return the tie-break chain, first decides first; {@link TieBreak#DEFAULT} unless set */
    @Value.Default
    public List<@NotNull(message = "{kichi.required}") TieBreak> getTieBreaks() {
        return TieBreak.DEFAULT;
    }

    /** @return the seed of the {@link TieBreak#LOTTERY} tie-break, when it is used */
    public abstract Optional<String> getLotterySeed();

    /** @return the regional quotas */
    public abstract List<@NotNull(message = "{kichi.required}") RegionalQuota> getQuotas();

    /** @return the length of the reserve list; every unselected passing application unless set */
    public abstract Optional<@PositiveOrZero(message = "{kichi.notNegative}") Integer> getReserveLength();

    /**
     * @return when partial funding is on, the smallest share of the request, in percent, that may be
     *     recommended when the money left is less than the request; off unless set
     */
    public abstract Optional<BigDecimal> getPartialFundingFloor();

    /** @return k in "shortlist until the requests reach k × the envelope"; 2 unless set (as in PRAG) */
    @NotNull(message = "{kichi.required}")
    @Value.Default
    public BigDecimal getShortlistFactor() {
        return BigDecimal.valueOf(2);
    }

    @Value.Check
    protected void check() {
        Validity.check(this);
    }
}
