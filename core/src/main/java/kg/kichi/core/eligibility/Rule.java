package kg.kichi.core.eligibility;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.money.Money;
import kg.kichi.core.money.MoneyRange;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.InvalidModelException;

/**
 * One eligibility criterion of a call, as data: a {@linkplain RuleType type} with its parameters, an identifier,
 * a {@linkplain Severity severity} and an optional lot scope.
 *
 * <p><b>Always valid.</b> {@link Builder#build()} checks every parameter and throws one
 * {@link InvalidModelException} listing every problem, each at the parameter's name: a required parameter missing
 * ({@code kichi.required}), a parameter the type does not take ({@code kichi.rule.parameterNotAllowed}), a value
 * out of range ({@code kichi.rule.negative}, {@code kichi.rule.percent}, {@code kichi.money.currency},
 * {@code kichi.id}), and a rule that could never pass ({@code kichi.rule.minAboveMax}, {@code kichi.rule.emptySet},
 * {@code kichi.rule.areaNotStated}, {@code kichi.rule.noBound}, {@code kichi.rule.noChildren}). Identifiers are
 * unique within a rule and the rules it combines ({@code kichi.rule.duplicateId}).
 *
 * <p><b>Scope.</b> A rule with {@linkplain #getLots() lots} concerns only applications to those lots; for others it
 * is {@link RuleStatus#NOT_APPLICABLE}. Inside a combinator, the combined rules' own severities are not used: the
 * outermost rule's severity decides.
 *
 * <pre>{@code
 * Rule lead = Rule.anyOf("lead-form",
 *         Rule.applicantLegalForm("lead-is-ngo", LegalForm.PUBLIC_ASSOCIATION, LegalForm.PUBLIC_FOUNDATION),
 *         Rule.applicantLegalForm("lead-is-lsg", LegalForm.LOCAL_SELF_GOVERNMENT).withLots("lsg"));
 * Rule overheads = Rule.indirectCosts("overheads", new BigDecimal("7")).withSeverity(Severity.WARNING);
 * }</pre>
 */
public final class Rule {
    private final String id;
    private final RuleType type;
    private final Severity severity;
    private final Set<String> lots;
    private final Set<LegalForm> forms;
    private final Set<LegalForm> kinds;
    /** {@link #kinds} as an enum set, never modified: checking a partnership's kinds is then one bit operation. */
    private final EnumSet<LegalForm> kindSet;
    private final Integer min;
    private final Integer max;
    private final Boolean perLot;
    private final MoneyRange range;
    private final Money cap;
    private final String currency;
    private final BigDecimal percent;
    private final Integer months;
    private final PartialDate deadline;
    private final ZoneId timeZone;
    private final DatePeriod period;
    private final RegionalCoverage area;
    private final Set<String> documents;
    private final Set<String> declarations;
    private final String declaration;
    private final List<Rule> rules;
    private final Rule rule;
    /** The parameters rendered once, for every result that quotes them. */
    private final String limitText;

    private Rule(Builder b) {
        id = b.id;
        type = b.type;
        severity = b.severity;
        lots = freeze(b.lots);
        forms = b.forms == null ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(b.forms));
        kindSet = b.kinds == null ? EnumSet.noneOf(LegalForm.class) : EnumSet.copyOf(b.kinds);
        kinds = b.kinds == null ? Set.of() : Collections.unmodifiableSet(kindSet);
        min = b.min;
        max = b.max;
        perLot = b.perLot;
        range = b.range;
        cap = b.cap;
        currency = b.currency;
        percent = b.percent;
        months = b.months;
        deadline = b.deadline;
        timeZone = b.timeZone;
        period = b.period;
        area = b.area;
        documents = freeze(b.documents);
        declarations = freeze(b.declarations);
        declaration = b.declaration;
        rules = b.rules == null ? List.of() : List.copyOf(b.rules);
        rule = b.rule;
        limitText = RuleTexts.limit(this);
    }

    private static Set<String> freeze(Collection<String> values) {
        return values == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    /**
     * A builder for a rule of a type.
     *
     * @param type the type
     * @param id the identifier, unique within the call's rules
     * @return the builder
     */
    public static Builder builder(RuleType type, String id) {
        return new Builder(type, id);
    }

    /** @return a builder holding this rule's values, to build a changed copy */
    public Builder toBuilder() {
        Builder b = new Builder(type, id).severity(severity).lots(lots);
        b.forms = forms.isEmpty() ? null : EnumSet.copyOf(forms);
        b.kinds = kinds.isEmpty() ? null : EnumSet.copyOf(kinds);
        b.min = min;
        b.max = max;
        b.perLot = perLot;
        b.range = range;
        b.cap = cap;
        b.currency = currency;
        b.percent = percent;
        b.months = months;
        b.deadline = deadline;
        b.timeZone = timeZone;
        b.period = period;
        b.area = area;
        b.documents = documents.isEmpty() ? null : new LinkedHashSet<>(documents);
        b.declarations = declarations.isEmpty() ? null : new LinkedHashSet<>(declarations);
        b.declaration = declaration;
        b.rules = rules.isEmpty() ? null : new ArrayList<>(rules);
        b.rule = rule;
        return b;
    }

    // ---- factories, one per type ----

    /**
     * The lead's legal form is one of some forms.
     *
     * @param id the identifier
     * @param forms the forms, at least one
     * @return the rule
     */
    public static Rule applicantLegalForm(String id, LegalForm... forms) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(forms, "forms");
        return builder(RuleType.APPLICANT_LEGAL_FORM, id).forms(Arrays.asList(forms)).build();
    }

    /**
     * The lead is non-profit.
     *
     * @param id the identifier
     * @return the rule
     */
    public static Rule applicantNonProfit(String id) {
        Objects.requireNonNull(id, "id");
        return builder(RuleType.APPLICANT_NON_PROFIT, id).build();
    }

    /**
     * The lead was registered at least some months before the call's deadline.
     *
     * @param id the identifier
     * @param months the months, not negative
     * @return the rule
     */
    public static Rule applicantRegistered(String id, int months) {
        Objects.requireNonNull(id, "id");
        return builder(RuleType.APPLICANT_REGISTERED, id).months(months).build();
    }

    /**
     * The lead's seat lies within an area.
     *
     * @param id the identifier
     * @param area the area, stated
     * @return the rule
     */
    public static Rule applicantSeat(String id, RegionalCoverage area) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(area, "area");
        return builder(RuleType.APPLICANT_SEAT, id).area(area).build();
    }

    /**
     * The lead signed a declaration and declared no exclusion situation in it.
     *
     * @param id the identifier
     * @param declaration the declaration's code, e.g. {@code declaration-on-honour}
     * @return the rule
     */
    public static Rule applicantNotExcluded(String id, String declaration) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(declaration, "declaration");
        return builder(RuleType.APPLICANT_NOT_EXCLUDED, id).declaration(declaration).build();
    }

    /**
     * The number of members besides the lead lies within bounds.
     *
     * @param id the identifier
     * @param min the least, or null
     * @param max the most, or null
     * @return the rule
     */
    public static Rule partnerCount(String id, Integer min, Integer max) {
        Objects.requireNonNull(id, "id");
        return builder(RuleType.PARTNER_COUNT, id).min(min).max(max).build();
    }

    /**
     * At least one member besides the lead of each kind.
     *
     * @param id the identifier
     * @param kinds the kinds, at least one
     * @return the rule
     */
    public static Rule partnerKinds(String id, LegalForm... kinds) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kinds, "kinds");
        return builder(RuleType.PARTNER_KINDS, id).kinds(Arrays.asList(kinds)).build();
    }

    /**
     * Every member besides the lead has one of some forms.
     *
     * @param id the identifier
     * @param forms the forms, at least one
     * @return the rule
     */
    public static Rule partnerLegalForms(String id, LegalForm... forms) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(forms, "forms");
        return builder(RuleType.PARTNER_LEGAL_FORMS, id).forms(Arrays.asList(forms)).build();
    }

    /**
     * A lead leads at most some applications of the call, or of the lot.
     *
     * @param id the identifier
     * @param max the most, at least 1
     * @param perLot whether to count per lot
     * @return the rule
     */
    public static Rule applicationsPerLead(String id, int max, boolean perLot) {
        Objects.requireNonNull(id, "id");
        return builder(RuleType.APPLICATIONS_PER_LEAD, id).max(max).perLot(perLot).build();
    }

    /**
     * The requested amount lies within a range.
     *
     * @param id the identifier
     * @param range the range
     * @return the rule
     */
    public static Rule grantSize(String id, MoneyRange range) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(range, "range");
        return builder(RuleType.GRANT_SIZE, id).range(range).build();
    }

    /**
     * The requested amount is in a currency.
     *
     * @param id the identifier
     * @param currencyCode the ISO 4217 code
     * @return the rule
     */
    public static Rule currency(String id, String currencyCode) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(currencyCode, "currencyCode");
        return builder(RuleType.CURRENCY_OF_REQUEST, id).currency(currencyCode).build();
    }

    /**
     * Co-financing is at least a share of the total cost.
     *
     * @param id the identifier
     * @param percent 0 to 100
     * @return the rule
     */
    public static Rule coFinancing(String id, BigDecimal percent) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(percent, "percent");
        return builder(RuleType.CO_FINANCING, id).percent(percent).build();
    }

    /**
     * Indirect costs are at most a share of direct costs.
     *
     * @param id the identifier
     * @param percent 0 to 100
     * @return the rule
     */
    public static Rule indirectCosts(String id, BigDecimal percent) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(percent, "percent");
        return builder(RuleType.INDIRECT_COSTS, id).percent(percent).build();
    }

    /**
     * The requested amount is at most a cap, converted with the screening's exchange rates.
     *
     * @param id the identifier
     * @param cap the cap, above zero
     * @return the rule
     */
    public static Rule thirdPartyCap(String id, Money cap) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cap, "cap");
        return builder(RuleType.THIRD_PARTY_CAP, id).cap(cap).build();
    }

    /**
     * Submitted by a deadline.
     *
     * @param id the identifier
     * @param deadline the deadline
     * @param timeZone where it closes, or null for the call's (else Asia/Bishkek)
     * @return the rule
     */
    public static Rule deadline(String id, PartialDate deadline, ZoneId timeZone) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(deadline, "deadline");
        return builder(RuleType.SUBMISSION_DEADLINE, id).deadline(deadline).timeZone(timeZone).build();
    }

    /**
     * The planned duration lies within bounds.
     *
     * @param id the identifier
     * @param min the fewest months, or null
     * @param max the most months, or null
     * @return the rule
     */
    public static Rule duration(String id, Integer min, Integer max) {
        Objects.requireNonNull(id, "id");
        return builder(RuleType.DURATION, id).min(min).max(max).build();
    }

    /**
     * The planned period lies inside a period.
     *
     * @param id the identifier
     * @param period the period
     * @return the rule
     */
    public static Rule implementationPeriod(String id, DatePeriod period) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(period, "period");
        return builder(RuleType.IMPLEMENTATION_PERIOD, id).period(period).build();
    }

    /**
     * The application's coverage lies within an area.
     *
     * @param id the identifier
     * @param area the area, stated
     * @return the rule
     */
    public static Rule coverage(String id, RegionalCoverage area) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(area, "area");
        return builder(RuleType.COVERAGE, id).area(area).build();
    }

    /**
     * Documents and declarations were submitted.
     *
     * @param id the identifier
     * @param documents the kinds of document
     * @param declarations the declarations
     * @return the rule
     */
    public static Rule documents(String id, Collection<String> documents, Collection<String> declarations) {
        Objects.requireNonNull(id, "id");
        return builder(RuleType.REQUIRED_DOCUMENTS, id).documents(documents).declarations(declarations).build();
    }

    /**
     * Every rule passes.
     *
     * @param id the identifier
     * @param rules the rules, at least one
     * @return the rule
     */
    public static Rule allOf(String id, Rule... rules) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rules, "rules");
        return builder(RuleType.ALL_OF, id).rules(Arrays.asList(rules)).build();
    }

    /**
     * At least one rule passes.
     *
     * @param id the identifier
     * @param rules the rules, at least one
     * @return the rule
     */
    public static Rule anyOf(String id, Rule... rules) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rules, "rules");
        return builder(RuleType.ANY_OF, id).rules(Arrays.asList(rules)).build();
    }

    /**
     * A rule fails.
     *
     * @param id the identifier
     * @param rule the rule
     * @return the rule
     */
    public static Rule not(String id, Rule rule) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rule, "rule");
        return builder(RuleType.NOT, id).rule(rule).build();
    }

    /**
     * A copy with another severity.
     *
     * @param value the severity
     * @return the copy
     */
    public Rule withSeverity(Severity value) {
        return toBuilder().severity(value).build();
    }

    /**
     * A copy that concerns only applications to some lots.
     *
     * @param lotIds the lots' identifiers; none for every application
     * @return the copy
     */
    public Rule withLots(String... lotIds) {
        return toBuilder().lots(Arrays.asList(lotIds)).build();
    }

    // ---- accessors ----

    /** @return the identifier */
    public String getId() {
        return id;
    }

    /** @return the type */
    public RuleType getType() {
        return type;
    }

    /** @return the category, the type's */
    public RuleCategory getCategory() {
        return type.getCategory();
    }

    /** @return the severity; {@link Severity#ERROR} unless set */
    public Severity getSeverity() {
        return severity;
    }

    /** @return the lots this rule concerns; empty for every application */
    public Set<String> getLots() {
        return lots;
    }

    /**
     * Whether the rule concerns an application to a lot.
     *
     * @param lot the application's lot, or null
     * @return whether it applies
     */
    public boolean appliesToLot(String lot) {
        return lots.isEmpty() || (lot != null && lots.contains(lot));
    }

    /**
     * Whether some kinds of partner include every kind of this rule.
     *
     * @param present the kinds present
     * @return whether none of the rule's kinds is lacking
     */
    boolean kindsWithin(EnumSet<LegalForm> present) {
        return present.containsAll(kindSet);
    }

    /** @return the legal forms; empty unless the type takes {@code forms} */
    public Set<LegalForm> getForms() {
        return forms;
    }

    /** @return the kinds of partner; empty unless the type takes {@code kinds} */
    public Set<LegalForm> getKinds() {
        return kinds;
    }

    /** @return the lower bound, when set */
    public Optional<Integer> getMin() {
        return Optional.ofNullable(min);
    }

    /** @return the upper bound, when set */
    public Optional<Integer> getMax() {
        return Optional.ofNullable(max);
    }

    /** @return whether applications are counted per lot, when set */
    public Optional<Boolean> getPerLot() {
        return Optional.ofNullable(perLot);
    }

    /** @return the range of amounts, when set */
    public Optional<MoneyRange> getRange() {
        return Optional.ofNullable(range);
    }

    /** @return the cap, when set */
    public Optional<Money> getCap() {
        return Optional.ofNullable(cap);
    }

    /** @return the currency code, when set */
    public Optional<String> getCurrency() {
        return Optional.ofNullable(currency);
    }

    /** @return the percentage, when set */
    public Optional<BigDecimal> getPercent() {
        return Optional.ofNullable(percent);
    }

    /** @return the months, when set */
    public Optional<Integer> getMonths() {
        return Optional.ofNullable(months);
    }

    /** @return the deadline, when set */
    public Optional<PartialDate> getDeadline() {
        return Optional.ofNullable(deadline);
    }

    /** @return the time zone, when set */
    public Optional<ZoneId> getTimeZone() {
        return Optional.ofNullable(timeZone);
    }

    /** @return the period, when set */
    public Optional<DatePeriod> getPeriod() {
        return Optional.ofNullable(period);
    }

    /** @return the area, when set */
    public Optional<RegionalCoverage> getArea() {
        return Optional.ofNullable(area);
    }

    /** @return the kinds of document required; empty when none */
    public Set<String> getDocuments() {
        return documents;
    }

    /** @return the declarations required; empty when none */
    public Set<String> getDeclarations() {
        return declarations;
    }

    /** @return the declaration on exclusion situations, when set */
    public Optional<String> getDeclaration() {
        return Optional.ofNullable(declaration);
    }

    /** @return the combined rules of {@code all-of} and {@code any-of}; empty otherwise */
    public List<Rule> getRules() {
        return rules;
    }

    /** @return the negated rule of {@code not}, when this is one */
    public Optional<Rule> getRule() {
        return Optional.ofNullable(rule);
    }

    /** @return the parameters as one language-neutral text, e.g. {@code public-association, public-foundation} */
    public String getLimitText() {
        return limitText;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Rule r)) {
            return false;
        }
        return id.equals(r.id) && type == r.type && severity == r.severity && lots.equals(r.lots)
                && forms.equals(r.forms) && kinds.equals(r.kinds) && Objects.equals(min, r.min)
                && Objects.equals(max, r.max) && Objects.equals(perLot, r.perLot) && Objects.equals(range, r.range)
                && Objects.equals(cap, r.cap) && Objects.equals(currency, r.currency)
                && Objects.equals(percent, r.percent) && Objects.equals(months, r.months)
                && Objects.equals(deadline, r.deadline) && Objects.equals(timeZone, r.timeZone)
                && Objects.equals(period, r.period) && Objects.equals(area, r.area) && documents.equals(r.documents)
                && declarations.equals(r.declarations) && Objects.equals(declaration, r.declaration)
                && rules.equals(r.rules) && Objects.equals(rule, r.rule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, severity, lots, forms, kinds, min, max, perLot, range, cap, currency, percent,
                months, deadline, timeZone, period, area, documents, declarations, declaration, rules, rule);
    }

    /** @return {@code id (type, severity): parameters} */
    @Override
    public String toString() {
        return id + " (" + type.getCode() + ", " + severity.getCode() + (lots.isEmpty() ? "" : ", lots " + lots)
                + ")" + (limitText.isEmpty() ? "" : ": " + limitText);
    }

    /** Builds a {@link Rule}; {@link #build()} checks every parameter. */
    public static final class Builder {
        final RuleType type;
        final String id;
        Severity severity = Severity.ERROR;
        Collection<String> lots;
        Collection<LegalForm> forms;
        Collection<LegalForm> kinds;
        Integer min;
        Integer max;
        Boolean perLot;
        MoneyRange range;
        Money cap;
        String currency;
        BigDecimal percent;
        Integer months;
        PartialDate deadline;
        ZoneId timeZone;
        DatePeriod period;
        RegionalCoverage area;
        Collection<String> documents;
        Collection<String> declarations;
        String declaration;
        List<Rule> rules;
        Rule rule;

        private Builder(RuleType type, String id) {
            this.type = type;
            this.id = id;
        }

        /**
         * Sets a parameter.
         *
         * @param value the severity, {@link Severity#ERROR} by default
         * @return this
         */
        public Builder severity(Severity value) {
            this.severity = value == null ? Severity.ERROR : value; // null means not given: the default
            return this;
        }

        /**
         * Sets a parameter.
         *
         * @param value the lots the rule concerns; empty (the default) for every application
         * @return this
         */
        public Builder lots(Collection<String> value) {
            this.lots = new ArrayList<>(Objects.requireNonNull(value, "lots: leave it unset rather than pass null"));
            return this;
        }

        /**
         * Sets a parameter.
         *
         * @param value the legal forms
         * @return this
         */
        public Builder forms(Collection<LegalForm> value) {
            this.forms = new ArrayList<>(Objects.requireNonNull(value, "forms: leave it unset rather than pass null"));
            return this;
        }

        /**
         * Sets a parameter.
         *
         * @param value the kinds of partner
         * @return this
         */
        public Builder kinds(Collection<LegalForm> value) {
            this.kinds = new ArrayList<>(Objects.requireNonNull(value, "kinds: leave it unset rather than pass null"));
            return this;
        }

        /**
         * Sets a parameter.
         *
         * @param value the lower bound, or null
         * @return this
         */
        public Builder min(Integer value) {
            this.min = value;
            return this;
        }

        /**
         * Sets a parameter.
         *
         * @param value the upper bound, or null
         * @return this
         */
        public Builder max(Integer value) {
            this.max = value;
            return this;
        }

        /**
         * Sets a parameter.
         *
         * @param value whether to count per lot, or null
         * @return this
         */
        public Builder perLot(Boolean value) {
            this.perLot = value;
            return this;
        }

        /**
         * Sets a parameter.
         *
         * @param value the range of amounts
         * @return this
         */
        public Builder range(MoneyRange value) {
            this.range = value;
            return this;
        }

        /**
         * Sets a parameter.
         *
         * @param value the cap
         * @return this
         */
        public Builder cap(Money value) {
            this.cap = value;
            return this;
        }

        /**
         * Sets a parameter.
         *
         * @param value the ISO 4217 code
         * @return this
         */
        public Builder currency(String value) {
            this.currency = value;
            return this;
        }

        /**
         * Sets a parameter.
         *
         * @param value the percentage
         * @return this
         */
        public Builder percent(BigDecimal value) {
            this.percent = value;
            return this;
        }

        /**
         * Sets a parameter.
         *
         * @param value the months
         * @return this
         */
        public Builder months(Integer value) {
            this.months = value;
            return this;
        }

        /**
         * Sets a parameter.
         *
         * @param value the deadline
         * @return this
         */
        public Builder deadline(PartialDate value) {
            this.deadline = value;
            return this;
        }

        /**
         * Sets a parameter.
         *
         * @param value the time zone, or null
         * @return this
         */
        public Builder timeZone(ZoneId value) {
            this.timeZone = value;
            return this;
        }

        /**
         * Sets a parameter.
         *
         * @param value the period
         * @return this
         */
        public Builder period(DatePeriod value) {
            this.period = value;
            return this;
        }

        /**
         * Sets a parameter.
         *
         * @param value the area
         * @return this
         */
        public Builder area(RegionalCoverage value) {
            this.area = value;
            return this;
        }

        /**
         * Sets a parameter.
         *
         * @param value the kinds of document
         * @return this
         */
        public Builder documents(Collection<String> value) {
            this.documents = Objects.requireNonNull(value, "documents: leave it unset rather than pass null").isEmpty() ? null : new ArrayList<>(value);
            return this;
        }

        /**
         * Sets a parameter.
         *
         * @param value the declarations
         * @return this
         */
        public Builder declarations(Collection<String> value) {
            this.declarations = Objects.requireNonNull(value, "declarations: leave it unset rather than pass null").isEmpty() ? null : new ArrayList<>(value);
            return this;
        }

        /**
         * Sets a parameter.
         *
         * @param value the declaration's code
         * @return this
         */
        public Builder declaration(String value) {
            this.declaration = value;
            return this;
        }

        /**
         * Sets a parameter.
         *
         * @param value the combined rules
         * @return this
         */
        public Builder rules(List<Rule> value) {
            this.rules = new ArrayList<>(Objects.requireNonNull(value, "rules: leave it unset rather than pass null"));
            return this;
        }

        /**
         * Sets a parameter.
         *
         * @param value the negated rule
         * @return this
         */
        public Builder rule(Rule value) {
            this.rule = value;
            return this;
        }

        /**
         * Builds the rule.
         *
         * @return the rule
         * @throws InvalidModelException listing every problem of the rule, each at its parameter's name
         *     ({@link RuleValidation} says what is checked)
         */
        public Rule build() {
            RuleValidation.check(this);
            Rule built = new Rule(this);
            RuleValidation.checkUniqueIds(built);
            return built;
        }
    }

    /** @return every rule of this tree, this one first, depth first */
    public List<Rule> flatten() {
        List<Rule> all = new ArrayList<>();
        flatten(this, all);
        return all;
    }

    private static void flatten(Rule r, List<Rule> into) {
        into.add(r);
        r.rules.forEach(child -> flatten(child, into));
        if (r.rule != null) {
            flatten(r.rule, into);
        }
    }

    static String joinCodes(Collection<? extends kg.kichi.core.Coded> values) {
        return values.stream().map(kg.kichi.core.Coded::getCode).collect(Collectors.joining(", "));
    }
}
