package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.Members.list;
import static kg.kichi.json.internal.codec.Members.member;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kg.kichi.core.eligibility.Rule;
import kg.kichi.core.eligibility.RuleType;
import kg.kichi.core.eligibility.Severity;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.money.Money;
import kg.kichi.core.money.MoneyRange;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Fields;
import kg.kichi.json.internal.codec.Members;
import kg.kichi.json.internal.codec.Members.ListMember;
import kg.kichi.json.internal.codec.Members.Member;
import kg.kichi.json.internal.codec.Out;
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
public final class RuleCodec implements Codec<Rule> {
    /** The instance. */
    public static final RuleCodec INSTANCE = new RuleCodec();

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

    private static final Member<String> ID = member("id", Scalars.STRING);
    private static final Member<RuleType> TYPE_MEMBER = member("type", TYPE);
    private static final Member<Severity> SEVERITY_MEMBER = member("severity", SEVERITY);
    private static final ListMember<String> LOTS = list("lots", Scalars.STRING);
    private static final ListMember<LegalForm> FORMS = list("forms", Codes.LEGAL_FORM);
    private static final ListMember<LegalForm> KINDS = list("kinds", Codes.LEGAL_FORM);
    private static final Member<Integer> MIN = member("min", Scalars.INTEGER);
    private static final Member<Integer> MAX = member("max", Scalars.INTEGER);
    private static final Member<Boolean> PER_LOT = member("perLot", Scalars.BOOLEAN);
    private static final Member<MoneyRange> RANGE = member("range", MoneyRangeCodec.INSTANCE);
    private static final Member<Money> CAP = member("cap", MoneyCodec.INSTANCE);
    private static final Member<String> CURRENCY = member("currency", Scalars.STRING);
    private static final Member<BigDecimal> PERCENT = member("percent", Scalars.DECIMAL);
    private static final Member<Integer> MONTHS = member("months", Scalars.INTEGER);
    private static final Member<PartialDate> DEADLINE = member("deadline", PartialDateCodec.INSTANCE);
    private static final Member<ZoneId> TIME_ZONE = member("timeZone", ZONE);
    private static final Member<DatePeriod> PERIOD = member("period", DatePeriodCodec.INSTANCE);
    private static final Member<RegionalCoverage> AREA = member("area", RegionalCoverageCodec.INSTANCE);
    private static final ListMember<String> DOCUMENTS = list("documents", Scalars.STRING);
    private static final ListMember<String> DECLARATIONS = list("declarations", Scalars.STRING);
    private static final Member<String> DECLARATION = member("declaration", Scalars.STRING);
    private static final ListMember<Rule> RULES = list("rules", INSTANCE);
    private static final Member<Rule> RULE = member("rule", INSTANCE);
    private static final Members MEMBERS = Members.of(ID, TYPE_MEMBER, SEVERITY_MEMBER, LOTS, FORMS, KINDS, MIN, MAX,
            PER_LOT, RANGE, CAP, CURRENCY, PERCENT, MONTHS, DEADLINE, TIME_ZONE, PERIOD, AREA, DOCUMENTS, DECLARATIONS,
            DECLARATION, RULES, RULE);

    private RuleCodec() {}

    @Override
    public Rule read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        String id = f.require(ID);
        RuleType type = f.require(TYPE_MEMBER);
        Severity severity = f.get(SEVERITY_MEMBER);
        List<String> lots = f.list(LOTS);
        Rule.Builder b = type == null ? null : Rule.builder(type, id);
        // Every member is taken whatever the type, so the builder, not the reader, says which the type refuses.
        List<LegalForm> forms = f.list(FORMS);
        List<LegalForm> kinds = f.list(KINDS);
        boolean hasForms = f.has(FORMS);
        boolean hasKinds = f.has(KINDS);
        Integer min = f.get(MIN);
        Integer max = f.get(MAX);
        Boolean perLot = f.get(PER_LOT);
        MoneyRange range = f.get(RANGE);
        Money cap = f.get(CAP);
        String currency = f.get(CURRENCY);
        BigDecimal percent = f.get(PERCENT);
        Integer months = f.get(MONTHS);
        PartialDate deadline = f.get(DEADLINE);
        ZoneId zone = f.get(TIME_ZONE);
        DatePeriod period = f.get(PERIOD);
        RegionalCoverage area = f.get(AREA);
        List<String> documents = f.list(DOCUMENTS);
        List<String> declarations = f.list(DECLARATIONS);
        boolean hasDocuments = f.has(DOCUMENTS);
        boolean hasDeclarations = f.has(DECLARATIONS);
        String declaration = f.get(DECLARATION);
        List<Rule> rules = f.list(RULES);
        boolean hasRules = f.has(RULES);
        Rule rule = f.get(RULE);
        f.rejectUnknown(); // a rule keeps no extensions: an unknown member would be a parameter silently ignored
        if (b == null) {
            return null; // the type is missing or unknown, already reported at /type
        }
        if (severity != null) {
            b.severity(severity);
        }
        // a member absent leaves its parameter unset: Rule.Builder refuses a null collection (the null rule)
        if (!lots.isEmpty()) {
            b.lots(lots);
        }
        if (hasForms) {
            b.forms(forms);
        }
        if (hasKinds) {
            b.kinds(kinds);
        }
        if (hasDocuments) {
            b.documents(documents);
        }
        if (hasDeclarations) {
            b.declarations(declarations);
        }
        if (hasRules) {
            b.rules(rules);
        }
        b.min(min).max(max).perLot(perLot).range(range).cap(cap).currency(currency).percent(percent).months(months)
                .deadline(deadline).timeZone(zone).period(period).area(area).declaration(declaration).rule(rule);
        try {
            return f.built(b.build());
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(Rule value, JsonGenerator out) {
        out.writeStartObject();
        Out.member(out, "id", value.getId(), Scalars.STRING);
        Out.member(out, "type", value.getType(), TYPE);
        Out.member(out, "severity", value.getSeverity(), SEVERITY);
        Out.list(out, "lots", value.getLots(), Scalars.STRING);
        Out.list(out, "forms", value.getForms(), Codes.LEGAL_FORM);
        Out.list(out, "kinds", value.getKinds(), Codes.LEGAL_FORM);
        Out.optional(out, "min", value.getMin(), Scalars.INTEGER);
        Out.optional(out, "max", value.getMax(), Scalars.INTEGER);
        Out.optional(out, "perLot", value.getPerLot(), Scalars.BOOLEAN);
        Out.optional(out, "range", value.getRange(), MoneyRangeCodec.INSTANCE);
        Out.optional(out, "cap", value.getCap(), MoneyCodec.INSTANCE);
        Out.optional(out, "currency", value.getCurrency(), Scalars.STRING);
        Out.optional(out, "percent", value.getPercent(), Scalars.DECIMAL);
        Out.optional(out, "months", value.getMonths(), Scalars.INTEGER);
        Out.optional(out, "deadline", value.getDeadline(), PartialDateCodec.INSTANCE);
        Out.optional(out, "timeZone", value.getTimeZone(), ZONE);
        Out.optional(out, "period", value.getPeriod(), DatePeriodCodec.INSTANCE);
        Out.optional(out, "area", value.getArea(), RegionalCoverageCodec.INSTANCE);
        Out.list(out, "documents", value.getDocuments(), Scalars.STRING);
        Out.list(out, "declarations", value.getDeclarations(), Scalars.STRING);
        Out.optional(out, "declaration", value.getDeclaration(), Scalars.STRING);
        Out.list(out, "rules", value.getRules(), INSTANCE);
        Out.optional(out, "rule", value.getRule(), INSTANCE);
        out.writeEndObject();
    }
}
