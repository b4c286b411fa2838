package kg.kichi.core.eligibility;

import static kg.kichi.core.eligibility.RuleParameter.AREA;
import static kg.kichi.core.eligibility.RuleParameter.CAP;
import static kg.kichi.core.eligibility.RuleParameter.CURRENCY;
import static kg.kichi.core.eligibility.RuleParameter.DEADLINE;
import static kg.kichi.core.eligibility.RuleParameter.DECLARATION;
import static kg.kichi.core.eligibility.RuleParameter.DECLARATIONS;
import static kg.kichi.core.eligibility.RuleParameter.DOCUMENTS;
import static kg.kichi.core.eligibility.RuleParameter.FORMS;
import static kg.kichi.core.eligibility.RuleParameter.KINDS;
import static kg.kichi.core.eligibility.RuleParameter.MAX;
import static kg.kichi.core.eligibility.RuleParameter.MIN;
import static kg.kichi.core.eligibility.RuleParameter.MONTHS;
import static kg.kichi.core.eligibility.RuleParameter.PERCENT;
import static kg.kichi.core.eligibility.RuleParameter.PERIOD;
import static kg.kichi.core.eligibility.RuleParameter.PER_LOT;
import static kg.kichi.core.eligibility.RuleParameter.RANGE;
import static kg.kichi.core.eligibility.RuleParameter.RULE;
import static kg.kichi.core.eligibility.RuleParameter.RULES;
import static kg.kichi.core.eligibility.RuleParameter.TIME_ZONE;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import kg.kichi.core.Coded;

/**
 * The vocabulary of eligibility rules, drawn from EU PRAG guidelines, the Canada Fund for Local Initiatives, IATI
 * Rulesets and the seeds' calls. Each type has a stable {@linkplain #getCode() code} (the {@code type} member in
 * JSON), a {@linkplain #getCategory() category}, and the {@linkplain RuleParameter parameters} it requires and
 * allows. What each type checks, and when it answers {@link RuleStatus#UNKNOWN}, is documented on its constant.
 */
public enum RuleType implements Coded {
    /** The lead applicant's legal form is one of {@code forms}. Unknown when the lead's form is {@code other}. */
    APPLICANT_LEGAL_FORM("applicant-legal-form", RuleCategory.APPLICANT, EnumSet.of(FORMS), none()),
    /** The lead applicant is non-profit. Unknown when its status is not stated. */
    APPLICANT_NON_PROFIT("applicant-non-profit", RuleCategory.APPLICANT, none(), none()),
    /**
     * The lead applicant was registered at least {@code months} months before the deadline ({@code deadline},
     * else the call's). Unknown without a registration date or a deadline, or when their precision leaves both
     * answers possible.
     */
    APPLICANT_REGISTERED("applicant-registered", RuleCategory.APPLICANT, EnumSet.of(MONTHS), EnumSet.of(DEADLINE)),
    /** The lead applicant's seat lies within {@code area}. Unknown without a seat. */
    APPLICANT_SEAT("applicant-seat", RuleCategory.APPLICANT, EnumSet.of(AREA), none()),
    /**
     * The lead applicant declared no exclusion situation. Fails when it declared one; unknown when it did not sign
     * the {@code declaration}.
     */
    APPLICANT_NOT_EXCLUDED("applicant-not-excluded", RuleCategory.APPLICANT, EnumSet.of(DECLARATION), none()),
    /** The number of members other than the lead lies within [{@code min}, {@code max}]. */
    PARTNER_COUNT("partner-count", RuleCategory.PARTNERSHIP, none(), EnumSet.of(MIN, MAX)),
    /** At least one member other than the lead is of each of {@code kinds}. Unknown for members not catalogued. */
    PARTNER_KINDS("partner-kinds", RuleCategory.PARTNERSHIP, EnumSet.of(KINDS), none()),
    /** Every member other than the lead has one of {@code forms}. */
    PARTNER_LEGAL_FORMS("partner-legal-forms", RuleCategory.PARTNERSHIP, EnumSet.of(FORMS), none()),
    /**
     * The lead leads at most {@code max} applications of the call (of the lot, with {@code perLot}) in the
     * catalogue screened, withdrawn ones not counted.
     */
    APPLICATIONS_PER_LEAD("applications-per-lead", RuleCategory.PARTNERSHIP, EnumSet.of(MAX), EnumSet.of(PER_LOT)),
    /**
     * The requested amount lies within {@code range}. In another currency it is converted with the exchange
     * rates given to the screening, and unknown without them.
     */
    GRANT_SIZE("grant-size", RuleCategory.MONEY, EnumSet.of(RANGE), none()),
    /** The requested amount is in {@code currency}. */
    CURRENCY_OF_REQUEST("currency", RuleCategory.MONEY, EnumSet.of(CURRENCY), none()),
    /** Co-financing is at least {@code percent} % of the budget's total cost. */
    CO_FINANCING("co-financing", RuleCategory.MONEY, EnumSet.of(PERCENT), none()),
    /** Indirect costs are at most {@code percent} % of direct costs (PRAG 7 %, CFLI overhead 15 %). */
    INDIRECT_COSTS("indirect-costs", RuleCategory.MONEY, EnumSet.of(PERCENT), none()),
    /**
     * The requested amount is at most {@code cap}, usually in another currency (EU financial support to third
     * parties: EUR 60,000): converted with the exchange rates given to the screening; unknown without them.
     */
    THIRD_PARTY_CAP("third-party-cap", RuleCategory.MONEY, EnumSet.of(CAP), none()),
    /**
     * The application was submitted by {@code deadline}. A deadline of day (month, year) precision closes at the
     * end of that day (month, year) in {@code timeZone}, else the call's time zone, else Asia/Bishkek.
     */
    SUBMISSION_DEADLINE("deadline", RuleCategory.TIME, EnumSet.of(DEADLINE), EnumSet.of(TIME_ZONE)),
    /** The planned duration, in months, lies within [{@code min}, {@code max}]. */
    DURATION("duration", RuleCategory.TIME, none(), EnumSet.of(MIN, MAX)),
    /** The planned period lies inside {@code period}. */
    IMPLEMENTATION_PERIOD("implementation-period", RuleCategory.TIME, EnumSet.of(PERIOD), none()),
    /**
     * The application's coverage lies within {@code area}, by the gazetteer's hierarchy: work in Kara-Köl city
     * counts as Jalal-Abad region; nationwide work is not inside one region. Unknown when not stated.
     */
    COVERAGE("coverage", RuleCategory.PLACE, EnumSet.of(AREA), none()),
    /**
     * Every kind of document in {@code documents} and every declaration in {@code declarations} was submitted.
     * Unknown when the application records no document and no declaration at all.
     */
    REQUIRED_DOCUMENTS("documents", RuleCategory.DOCUMENTS, none(), EnumSet.of(DOCUMENTS, DECLARATIONS)),
    /** Every rule of {@code rules} passes: fails if one fails, else unknown if one is unknown. */
    ALL_OF("all-of", RuleCategory.COMBINED, EnumSet.of(RULES), none()),
    /** At least one rule of {@code rules} passes: passes if one passes, else unknown if one is unknown. */
    ANY_OF("any-of", RuleCategory.COMBINED, EnumSet.of(RULES), none()),
    /** The {@code rule} fails: pass and fail swap; unknown and not-applicable stay. */
    NOT("not", RuleCategory.COMBINED, EnumSet.of(RULE), none());

    private final String code;
    private final RuleCategory category;
    private final Set<RuleParameter> required;
    private final Set<RuleParameter> allowed;

    RuleType(String code, RuleCategory category, EnumSet<RuleParameter> required, EnumSet<RuleParameter> optional) {
        this.code = code;
        this.category = category;
        this.required = Collections.unmodifiableSet(required);
        EnumSet<RuleParameter> all = EnumSet.copyOf(required);
        all.addAll(optional);
        this.allowed = Collections.unmodifiableSet(all);
    }

    private static EnumSet<RuleParameter> none() {
        return EnumSet.noneOf(RuleParameter.class);
    }

    /** @return the stable code, e.g. {@code applicant-legal-form} */
    @Override
    public String getCode() {
        return code;
    }

    /** @return what the rule looks at */
    public RuleCategory getCategory() {
        return category;
    }

    /** @return the parameters a rule of this type must have */
    public Set<RuleParameter> getRequired() {
        return required;
    }

    /** @return the parameters a rule of this type may have, the required ones included */
    public Set<RuleParameter> getAllowed() {
        return allowed;
    }

    /** @return whether this type combines other rules */
    public boolean isCombinator() {
        return category == RuleCategory.COMBINED;
    }

    /**
     * Finds a type by its code.
     *
     * @param code e.g. {@code third-party-cap}
     * @return the type, or empty for an unknown code
     */
    public static Optional<RuleType> fromCode(String code) {
        return Coded.fromCode(RuleType.class, code);
    }
}
