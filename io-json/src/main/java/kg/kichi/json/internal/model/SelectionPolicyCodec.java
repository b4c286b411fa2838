package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.Members.list;
import static kg.kichi.json.internal.codec.Members.member;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Fields;
import kg.kichi.json.internal.codec.Members;
import kg.kichi.json.internal.codec.Members.ListMember;
import kg.kichi.json.internal.codec.Members.Member;
import kg.kichi.json.internal.codec.Out;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.LocalizedTextCodec;
import kg.kichi.core.text.LocalizedText;
import tools.jackson.core.JsonGenerator;
import kg.kichi.core.evaluation.RankBasis;
import kg.kichi.core.evaluation.RegionalQuota;
import kg.kichi.core.evaluation.SelectionMode;
import kg.kichi.core.evaluation.SelectionPolicy;
import kg.kichi.core.evaluation.SelectionRule;
import kg.kichi.core.evaluation.TieBreak;

/**
 * {@link SelectionPolicy} of a call or lot: {@code stage, mode} ({@code select}), {@code rule} ({@code skip}),
 * {@code rankBy} ({@code total}), {@code tieBreaks} (the default chain), {@code lotterySeed, quotas,
 * reserveLength, partialFundingFloor, shortlistFactor} (2). A value equal to its default is not written.
 */
public final class SelectionPolicyCodec implements Codec<SelectionPolicy> {
    /** The instance. */
    public static final SelectionPolicyCodec INSTANCE = new SelectionPolicyCodec();

    private static final Member<String> STAGE = member("stage", Scalars.STRING);
    private static final Member<SelectionMode> MODE = member("mode", Codes.SELECTION_MODE);
    private static final Member<SelectionRule> RULE = member("rule", Codes.SELECTION_RULE);
    private static final Member<RankBasis> RANK_BY = member("rankBy", Codes.RANK_BASIS);
    private static final ListMember<TieBreak> TIE_BREAKS = list("tieBreaks", Codes.TIE_BREAK);
    private static final Member<String> LOTTERY_SEED = member("lotterySeed", Scalars.STRING);
    private static final ListMember<RegionalQuota> QUOTAS = list("quotas", RegionalQuotaCodec.INSTANCE);
    private static final Member<Integer> RESERVE_LENGTH = member("reserveLength", Scalars.INTEGER);
    private static final Member<BigDecimal> FLOOR = member("partialFundingFloor", Scalars.DECIMAL);
    private static final Member<BigDecimal> SHORTLIST_FACTOR = member("shortlistFactor", Scalars.DECIMAL);
    private static final Members MEMBERS = Members.of(STAGE, MODE, RULE, RANK_BY, TIE_BREAKS, LOTTERY_SEED, QUOTAS,
            RESERVE_LENGTH, FLOOR, SHORTLIST_FACTOR);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private SelectionPolicyCodec() {}

    @Override
    public SelectionPolicy read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        String stage = f.get(STAGE);
        SelectionMode mode = f.get(MODE);
        SelectionRule rule = f.get(RULE);
        RankBasis rankBy = f.get(RANK_BY);
        boolean hasTieBreaks = f.has(TIE_BREAKS);
        List<TieBreak> tieBreaks = f.list(TIE_BREAKS);
        String seed = f.get(LOTTERY_SEED);
        List<RegionalQuota> quotas = f.list(QUOTAS);
        Integer reserveLength = f.get(RESERVE_LENGTH);
        BigDecimal floor = f.get(FLOOR);
        BigDecimal factor = f.get(SHORTLIST_FACTOR);
        var extensions = f.extensions();
        try {
            SelectionPolicy.Builder b = SelectionPolicy.builder().stage(Optional.ofNullable(stage))
                    .lotterySeed(Optional.ofNullable(seed)).quotas(quotas)
                    .reserveLength(Optional.ofNullable(reserveLength)).partialFundingFloor(Optional.ofNullable(floor));
            if (mode != null) {
                b.mode(mode);
            }
            if (rule != null) {
                b.rule(rule);
            }
            if (rankBy != null) {
                b.rankBy(rankBy);
            }
            if (hasTieBreaks) {
                b.tieBreaks(tieBreaks);
            }
            if (factor != null) {
                b.shortlistFactor(factor);
            }
            if (!extensions.isEmpty()) {
                b.extensions(extensions);
            }
            return f.built(b.build());
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(SelectionPolicy value, JsonGenerator out) {
        out.writeStartObject();
        Out.optional(out, "stage", value.getStage(), Scalars.STRING);
        if (value.getMode() != SelectionMode.SELECT) {
            Out.member(out, "mode", value.getMode(), Codes.SELECTION_MODE);
        }
        if (value.getRule() != SelectionRule.SKIP) {
            Out.member(out, "rule", value.getRule(), Codes.SELECTION_RULE);
        }
        if (value.getRankBy() != RankBasis.TOTAL) {
            Out.member(out, "rankBy", value.getRankBy(), Codes.RANK_BASIS);
        }
        if (!value.getTieBreaks().equals(TieBreak.DEFAULT)) {
            out.writeName("tieBreaks"); // written even when empty: an empty chain is not the default one
            out.writeStartArray();
            for (TieBreak t : value.getTieBreaks()) {
                Codes.TIE_BREAK.write(t, out);
            }
            out.writeEndArray();
        }
        Out.optional(out, "lotterySeed", value.getLotterySeed(), Scalars.STRING);
        Out.list(out, "quotas", value.getQuotas(), RegionalQuotaCodec.INSTANCE);
        Out.optional(out, "reserveLength", value.getReserveLength(), Scalars.INTEGER);
        Out.optional(out, "partialFundingFloor", value.getPartialFundingFloor(), Scalars.DECIMAL);
        if (value.getShortlistFactor().compareTo(TWO) != 0) {
            Out.member(out, "shortlistFactor", value.getShortlistFactor(), Scalars.DECIMAL);
        }
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
