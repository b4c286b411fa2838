package kg.kichi.json.internal.model;

import java.math.BigDecimal;
import kg.kichi.core.evaluation.RankBasis;
import kg.kichi.core.evaluation.SelectionMode;
import kg.kichi.core.evaluation.SelectionPolicy;
import kg.kichi.core.evaluation.SelectionRule;
import kg.kichi.core.evaluation.TieBreak;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.codec.Scalars;

/**
 * {@link SelectionPolicy} of a call or lot. A value equal to its default is not written: {@code mode}
 * ({@code select}), {@code rule} ({@code skip}), {@code rankBy} ({@code total}), {@code tieBreaks} (the default
 * chain; an empty chain is written, as it is not the default) and {@code shortlistFactor} (2).
 */
public final class SelectionPolicyCodec {
    /** The codec: its members in the order written. */
    public static final Codec<SelectionPolicy> INSTANCE =
            ObjectCodec.of(SelectionPolicy::builder, SelectionPolicy.Builder::build)
            .optional("stage", Scalars.STRING, SelectionPolicy::getStage, SelectionPolicy.Builder::stage)
            .member("mode", Codes.SELECTION_MODE, SelectionPolicy::getMode,
                    SelectionPolicy.Builder::mode, mode -> mode == SelectionMode.SELECT)
            .member("rule", Codes.SELECTION_RULE, SelectionPolicy::getRule,
                    SelectionPolicy.Builder::rule, rule -> rule == SelectionRule.SKIP)
            .member("rankBy", Codes.RANK_BASIS, SelectionPolicy::getRankBy,
                    SelectionPolicy.Builder::rankBy, rankBy -> rankBy == RankBasis.TOTAL)
            .list("tieBreaks", Codes.TIE_BREAK, SelectionPolicy::getTieBreaks,
                    SelectionPolicy.Builder::tieBreaks, TieBreak.DEFAULT::equals)
            .optional("lotterySeed", Scalars.STRING, SelectionPolicy::getLotterySeed,
                    SelectionPolicy.Builder::lotterySeed)
            .list("quotas", RegionalQuotaCodec.INSTANCE, SelectionPolicy::getQuotas, SelectionPolicy.Builder::quotas)
            .optional("reserveLength", Scalars.INTEGER, SelectionPolicy::getReserveLength,
                    SelectionPolicy.Builder::reserveLength)
            .optional("partialFundingFloor", Scalars.DECIMAL, SelectionPolicy::getPartialFundingFloor,
                    SelectionPolicy.Builder::partialFundingFloor)
            .member("shortlistFactor", Scalars.DECIMAL, SelectionPolicy::getShortlistFactor,
                    SelectionPolicy.Builder::shortlistFactor, factor -> factor.compareTo(BigDecimal.valueOf(2)) == 0)
            .extensions(SelectionPolicy::getExtensions, SelectionPolicy.Builder::extensions);

    private SelectionPolicyCodec() {}
}
