package kg.kichi.json;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import kg.kichi.core.eligibility.Rule;
import kg.kichi.core.eligibility.RuleResult;
import kg.kichi.core.eligibility.Verdict;
import kg.kichi.json.internal.model.RuleCodec;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON forms of eligibility rules and verdicts, as {@code docs/json-format.md} ("Eligibility rules",
 * "Verdicts") describes them. Rules are written exactly as inside a call's {@code eligibilityRules}.
 *
 * <pre>{@code
 * try (JsonGenerator out = KichiJson.mapper().createGenerator(System.out)) {
 *     EligibilityJson.writeVerdict(verdict, Locale.forLanguageTag("ky"), out);
 * }
 * }</pre>
 */
public final class EligibilityJson {
    private EligibilityJson() {}

    /**
     * Writes a rule: {@code id, type, severity, lots} and its parameters.
     *
     * @param rule the rule
     * @param out the generator, where a value may be written
     */
    public static void writeRule(Rule rule, JsonGenerator out) {
        RuleCodec.INSTANCE.write(Objects.requireNonNull(rule, "rule"), out);
    }

    /**
     * Writes rules as an array.
     *
     * @param rules the rules
     * @param out the generator, where a value may be written
     */
    public static void writeRules(List<Rule> rules, JsonGenerator out) {
        out.writeStartArray();
        for (Rule rule : rules) {
            writeRule(rule, out);
        }
        out.writeEndArray();
    }

    /**
     * Writes a verdict: {@code application, call, lot, outcome, results}; each result {@code rule, type, category,
     * severity, status, actual, limit, path, missing, message, results}.
     *
     * @param verdict the verdict
     * @param locale the language of the messages: en, ru or ky
     * @param out the generator, where a value may be written
     */
    public static void writeVerdict(Verdict verdict, Locale locale, JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty("application", verdict.getApplication());
        out.writeStringProperty("call", verdict.getCall());
        if (verdict.getLot().isPresent()) {
            out.writeStringProperty("lot", verdict.getLot().get());
        }
        out.writeStringProperty("outcome", verdict.getOutcome().getCode());
        writeResults(verdict.getResults(), locale, out);
        out.writeEndObject();
    }

    private static void writeResults(List<RuleResult> results, Locale locale, JsonGenerator out) {
        out.writeName("results");
        out.writeStartArray();
        for (RuleResult r : results) {
            out.writeStartObject();
            out.writeStringProperty("rule", r.getRule().getId());
            out.writeStringProperty("type", r.getRule().getType().getCode());
            out.writeStringProperty("category", r.getRule().getCategory().getCode());
            out.writeStringProperty("severity", r.getRule().getSeverity().getCode());
            out.writeStringProperty("status", r.getStatus().getCode());
            if (r.getActual().isPresent()) {
                out.writeStringProperty("actual", r.getActual().get());
            }
            out.writeStringProperty("limit", r.getLimit());
            out.writeStringProperty("path", r.getPath());
            out.writeName("missing");
            out.writeStartArray();
            for (String m : r.getMissing()) {
                out.writeString(m);
            }
            out.writeEndArray();
            out.writeStringProperty("message", r.getMessage(locale));
            writeResults(r.getChildren(), locale, out);
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    /**
     * A verdict as compact JSON text.
     *
     * @param verdict the verdict
     * @param locale the language of the messages
     * @return the text
     */
    public static String verdictString(Verdict verdict, Locale locale) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = KichiJson.mapper().createGenerator(text)) {
            writeVerdict(verdict, locale, out);
        }
        return text.toString();
    }
}
