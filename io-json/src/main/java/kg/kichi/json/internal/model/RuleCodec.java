package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.Member.required;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import kg.kichi.core.eligibility.Rule;
import kg.kichi.core.eligibility.RuleType;
import kg.kichi.core.eligibility.Severity;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.DatePeriodCodec;
import kg.kichi.json.internal.value.MoneyCodec;
import kg.kichi.json.internal.value.MoneyRangeCodec;
import kg.kichi.json.internal.value.PartialDateCodec;
import kg.kichi.json.internal.value.RegionalCoverageCodec;
import tools.jackson.core.JsonGenerator;

/**
 * An eligibility {@link Rule} of a call: {@code id, type, severity, lots} and the parameters of its type, each a
 * member named as the {@linkplain kg.kichi.core.eligibility.RuleParameter parameter}: {@code forms, kinds, min, max,
 * perLot, range, cap, currency, percent, months, deadline, timeZone, period, area, documents, declarations,
 * declaration, rules, rule}. Combined rules nest ({@code rules}, {@code rule}).
 *
 * <p>A rule is read alike in strict and lenient mode: it keeps no extensions, since an unknown member would be a
 * parameter silently ignored. Problems, each at its JSON Pointer: a missing {@code id} or {@code type}
 * ({@code kichi.required}), an unknown {@code type} ({@code kichi.json.ruleType}, listing the known
 * ones), an unknown time zone ({@code kichi.json.timeZone}), and every problem of the rule's builder at its member:
 * a parameter the type does not take, a missing one, a value out of range, a rule that could never pass.
 */
public final class RuleCodec {
    private static final String TYPES = Arrays.stream(RuleType.values()).map(RuleType::getCode)
            .collect(Collectors.joining(", "));

    /** A rule type by its code; an unknown code names every known one. */
    static final Codec<RuleType> TYPE = new Codec<>() {
        @Override
        public RuleType read(Cursor in) {
            String text = in.string();
            if (text == null) {
                return null;
            }
            RuleType type = RuleType.fromCode(text).orElse(null);
            if (type == null) {
                in.problem("kichi.json.ruleType", Map.of("value", text, "allowed", TYPES));
            }
            return type;
        }

        @Override
        public void write(RuleType value, JsonGenerator out) {
            out.writeString(value.getCode());
        }
    };

    /** An IANA time zone, e.g. {@code Asia/Bishkek}. */
    static final Codec<ZoneId> ZONE = new Codec<>() {
        @Override
        public ZoneId read(Cursor in) {
            String text = in.string();
            if (text == null) {
                return null;
            }
            try {
                return ZoneId.of(text);
            } catch (DateTimeException e) {
                in.problem("kichi.json.timeZone", Map.of("value", text));
                return null;
            }
        }

        @Override
        public void write(ZoneId value, JsonGenerator out) {
            out.writeString(value.getId());
        }
    };

    private static final Codec<Severity> SEVERITY = Scalars.enumeration(Severity.values(), Severity::getCode);

    /** A rule inside a combined rule: this codec, looked up when used, as it is not yet built when declared. */
    private static final Codec<Rule> NESTED = new Codec<>() {
        @Override
        public Rule read(Cursor in) {
            return INSTANCE.read(in);
        }

        @Override
        public void write(Rule value, JsonGenerator out) {
            INSTANCE.write(value, out);
        }
    };

    /**
     * The codec: its members in the order written. The builder is made from the type and the id; without a known
     * type nothing is built (the other members are still read and checked). Every parameter is read whatever the
     * type, so that the builder, not the reader, says which the type refuses.
     */
    public static final Codec<Rule> INSTANCE = ObjectCodec.of(
                    required("id", Scalars.STRING, Rule::getId).orElse(null), // Rule.builder reports the id missing
                    required("type", TYPE, Rule::getType),
                    (String id, RuleType type) -> Rule.builder(type, id), Rule.Builder::build)
            .member("severity", SEVERITY, Rule::getSeverity, Rule.Builder::severity)
            .list("lots", Scalars.STRING, Rule::getLots, Rule.Builder::lots)
            .list("forms", Codes.LEGAL_FORM, Rule::getForms, Rule.Builder::forms)
            .list("kinds", Codes.LEGAL_FORM, Rule::getKinds, Rule.Builder::kinds)
            .optional("min", Scalars.INTEGER, Rule::getMin, Rule.Builder::min)
            .optional("max", Scalars.INTEGER, Rule::getMax, Rule.Builder::max)
            .optional("perLot", Scalars.BOOLEAN, Rule::getPerLot, Rule.Builder::perLot)
            .optional("range", MoneyRangeCodec.INSTANCE, Rule::getRange, Rule.Builder::range)
            .optional("cap", MoneyCodec.INSTANCE, Rule::getCap, Rule.Builder::cap)
            .optional("currency", Scalars.STRING, Rule::getCurrency, Rule.Builder::currency)
            .optional("percent", Scalars.DECIMAL, Rule::getPercent, Rule.Builder::percent)
            .optional("months", Scalars.INTEGER, Rule::getMonths, Rule.Builder::months)
            .optional("deadline", PartialDateCodec.INSTANCE, Rule::getDeadline, Rule.Builder::deadline)
            .optional("timeZone", ZONE, Rule::getTimeZone, Rule.Builder::timeZone)
            .optional("period", DatePeriodCodec.INSTANCE, Rule::getPeriod, Rule.Builder::period)
            .optional("area", RegionalCoverageCodec.INSTANCE, Rule::getArea, Rule.Builder::area)
            .list("documents", Scalars.STRING, Rule::getDocuments, Rule.Builder::documents)
            .list("declarations", Scalars.STRING, Rule::getDeclarations, Rule.Builder::declarations)
            .optional("declaration", Scalars.STRING, Rule::getDeclaration, Rule.Builder::declaration)
            .list("rules", NESTED, Rule::getRules, Rule.Builder::rules)
            .optional("rule", NESTED, Rule::getRule, Rule.Builder::rule);

    private RuleCodec() {}
}
