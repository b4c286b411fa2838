package kg.kichi.json;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kg.kichi.core.evaluation.ApplicationScore;
import kg.kichi.core.evaluation.Decision;
import kg.kichi.core.evaluation.ExcludedReview;
import kg.kichi.core.evaluation.Finding;
import kg.kichi.core.evaluation.RankedApplication;
import kg.kichi.core.evaluation.RegionCount;
import kg.kichi.core.evaluation.SelectionResult;
import kg.kichi.core.money.Money;
import kg.kichi.json.internal.value.MoneyCodec;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON form of a {@link SelectionResult}, as {@code docs/json-format.md} ("Selection results") describes it:
 * {@code call, lot, stage, mode, rule, language, envelope, plannedGrants, allocated, remaining, shortlistLimit,
 * fundingLine, ranking, decisions, regions, scores, notEvaluated}. Amounts are money objects, scores exact
 * decimals; every finding carries its {@code code}, its {@code arguments} and its {@code message} in the language
 * asked for.
 */
public final class SelectionJson {
    private SelectionJson() {}

    /**
     * Writes a selection result.
     *
     * @param result the result
     * @param locale the language of the messages: en, ru or ky
     * @param out the generator, where a value may be written
     */
    public static void write(SelectionResult result, Locale locale, JsonGenerator out) {
        Objects.requireNonNull(result, "result");
        out.writeStartObject();
        out.writeStringProperty("call", result.getCall());
        if (result.getLot().isPresent()) {
            out.writeStringProperty("lot", result.getLot().get());
        }
        out.writeStringProperty("stage", result.getStage());
        out.writeStringProperty("mode", result.getPolicy().getMode().getCode());
        out.writeStringProperty("rule", result.getPolicy().getRule().getCode());
        out.writeStringProperty("language", locale.getLanguage());
        money(out, "envelope", result.getEnvelope());
        if (result.getPlannedGrants().isPresent()) {
            out.writeNumberProperty("plannedGrants", result.getPlannedGrants().get());
        }
        money(out, "allocated", result.getAllocated());
        money(out, "remaining", result.getRemaining());
        if (result.getShortlistLimit().isPresent()) {
            money(out, "shortlistLimit", result.getShortlistLimit().get());
        }
        if (result.getFundingLine().isPresent()) {
            out.writeNumberProperty("fundingLine", result.getFundingLine().get());
        }
        out.writeName("ranking");
        out.writeStartArray();
        for (RankedApplication r : result.getRanking()) {
            out.writeStartObject();
            out.writeNumberProperty("rank", r.getRank());
            out.writeStringProperty("application", r.getApplication().getId());
            out.writeName("key");
            out.writeNumber(r.getKey());
            if (r.getDecidedBy().isPresent()) {
                out.writeStringProperty("decidedBy", r.getDecidedBy().get().getCode());
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeName("decisions");
        out.writeStartArray();
        for (Decision d : result.getDecisions()) {
            decision(d, locale, out);
        }
        out.writeEndArray();
        out.writeName("regions");
        out.writeStartArray();
        for (RegionCount c : result.getRegions()) {
            out.writeStartObject();
            out.writeStringProperty("unit", c.getUnit().toString());
            out.writeNumberProperty("min", c.getMin());
            if (c.getMax().isPresent()) {
                out.writeNumberProperty("max", c.getMax().get());
            }
            out.writeNumberProperty("selected", c.getSelected());
            out.writeNumberProperty("passing", c.getPassing());
            out.writeBooleanProperty("minimumMet", c.isMinimumMet());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeName("scores");
        out.writeStartArray();
        for (ApplicationScore s : result.getScores()) {
            score(s, locale, out);
        }
        out.writeEndArray();
        findings(out, "notEvaluated", result.getNotEvaluated(), locale);
        out.writeEndObject();
    }

    /**
     * The JSON text of a selection result.
     *
     * @param result the result
     * @param locale the language of the messages
     * @return the text
     */
    public static String writeString(SelectionResult result, Locale locale) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = KichiJson.mapper().createGenerator(text)) {
            write(result, locale, out);
        }
        return text.toString();
    }

    private static void decision(Decision d, Locale locale, JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty("application", d.getApplication());
        out.writeStringProperty("outcome", d.getOutcome().getCode());
        out.writeStringProperty("status", d.getStatus().getCode());
        if (d.getRank().isPresent()) {
            out.writeNumberProperty("rank", d.getRank().get());
        }
        if (d.getReservePosition().isPresent()) {
            out.writeNumberProperty("reservePosition", d.getReservePosition().get());
        }
        decimal(out, "total", d.getTotal().orElse(null));
        if (d.getRequested().isPresent()) {
            money(out, "requested", d.getRequested().get());
        }
        if (d.getAmount().isPresent()) {
            money(out, "amount", d.getAmount().get());
        }
        if (d.getRegion().isPresent()) {
            out.writeStringProperty("region", d.getRegion().get().toString());
        }
        if (d.getRegionNote().isPresent()) {
            out.writeName("regionNote");
            finding(d.getRegionNote().get(), locale, out);
        }
        findings(out, "reasons", d.getReasons(), locale);
        out.writeStringProperty("message", d.getMessage(locale));
        out.writeEndObject();
    }

    private static void score(ApplicationScore s, Locale locale, JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty("application", s.getApplication());
        out.writeStringProperty("status", s.getStatus().getCode());
        decimals(out, "criteria", s.getCriterionScores());
        decimals(out, "sections", s.getSectionTotals());
        decimal(out, "total", s.getTotal().orElse(null));
        decimals(out, "reviewerTotals", s.getReviewerTotals());
        decimal(out, "spread", s.getSpread().orElse(null));
        out.writeBooleanProperty("divergent", s.isDivergent());
        decimal(out, "normalised", s.getNormalised().orElse(null));
        decimal(out, "deviation", s.getDeviation().orElse(null));
        out.writeName("countedReviews");
        out.writeStartArray();
        for (String id : s.getCountedReviews()) {
            out.writeString(id);
        }
        out.writeEndArray();
        out.writeName("excludedReviews");
        out.writeStartArray();
        for (ExcludedReview e : s.getExcludedReviews()) {
            out.writeStartObject();
            out.writeStringProperty("review", e.getReview());
            out.writeStringProperty("reviewer", e.getReviewer());
            out.writeStringProperty("reason", e.getReason().getCode());
            out.writeStringProperty("message", e.getMessage(locale));
            out.writeEndObject();
        }
        out.writeEndArray();
        findings(out, "reasons", s.getReasons(), locale);
        out.writeEndObject();
    }

    private static void findings(JsonGenerator out, String name, List<Finding> findings, Locale locale) {
        out.writeName(name);
        out.writeStartArray();
        for (Finding f : findings) {
            finding(f, locale, out);
        }
        out.writeEndArray();
    }

    private static void finding(Finding f, Locale locale, JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty("code", f.getCode());
        out.writeName("arguments");
        out.writeStartObject();
        for (Map.Entry<String, String> a : f.getArguments().entrySet()) {
            out.writeStringProperty(a.getKey(), a.getValue());
        }
        out.writeEndObject();
        out.writeStringProperty("message", f.getMessage(locale));
        out.writeEndObject();
    }

    private static void money(JsonGenerator out, String name, Money value) {
        out.writeName(name);
        MoneyCodec.INSTANCE.write(value, out);
    }

    private static void decimal(JsonGenerator out, String name, BigDecimal value) {
        if (value != null) {
            out.writeName(name);
            out.writeNumber(value);
        }
    }

    private static void decimals(JsonGenerator out, String name, Map<String, BigDecimal> values) {
        out.writeName(name);
        out.writeStartObject();
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
            out.writeName(e.getKey());
            out.writeNumber(e.getValue());
        }
        out.writeEndObject();
    }
}
