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
import kg.kichi.core.internal.SkipNulls;

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
    @SkipNulls
    public List<@NotNull(message = "{kichi.required}") TieBreak> getTieBreaks() {
        return TieBreak.DEFAULT;
    }

    /** @return the seed of the {@link TieBreak#LOTTERY} tie-break, when it is used */
    public abstract Optional<String> getLotterySeed();

    /** @return the regional quotas */
    @SkipNulls
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

    /**
     * Checks the object, after giving a default attribute handed null its default: null means "not given"
     * (Kichi's null rule, see {@link kg.kichi.core.KichiStyle}), and a default attribute not given has its default.
     *
     * @return this object, or a copy with the defaults in place of nulls (checked in turn)
     */
    @Value.Check
    protected AbstractSelectionPolicy check() {
        if (getMode() == null || getRule() == null || getRankBy() == null || getShortlistFactor() == null) {
            SelectionPolicy.Builder defaults = SelectionPolicy.builder().from(this);
            if (getMode() == null) {
                defaults.mode(SelectionMode.SELECT);
            }
            if (getRule() == null) {
                defaults.rule(SelectionRule.SKIP);
            }
            if (getRankBy() == null) {
                defaults.rankBy(RankBasis.TOTAL);
            }
            if (getShortlistFactor() == null) {
                defaults.shortlistFactor(BigDecimal.valueOf(2));
            }
            return defaults.build();
        }
        Validity.check(this);
        return this;
    }
}
