package kg.kichi.core.testing;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kg.kichi.core.eligibility.Rule;
import kg.kichi.core.eligibility.RuleType;
import kg.kichi.core.eligibility.Severity;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.money.Money;
import kg.kichi.core.money.MoneyRange;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;

/**
 * Seeded random eligibility rules of every type, always valid, for property tests. Identifiers are {@code r1},
 * {@code r2}, … from one counter per generator, so a rule set's identifiers never repeat. Lot scopes name the lots
 * given to the constructor.
 */
public final class RandomRules {
    /** Units the generated areas and coverages use: first-level regions, Karakol, Kara-Köl and Naryn city. */
    public static final List<UnitRef> UNITS = List.of(UnitRef.iso("KG-Y"), UnitRef.iso("KG-N"), UnitRef.iso("KG-J"),
            UnitRef.iso("KG-T"), UnitRef.iso("KG-GB"), UnitRef.soate("41702410000010"),
            UnitRef.soate("41703440000010"), UnitRef.soate("41704400000010"));
    /** The currencies generated. */
    public static final List<String> CURRENCIES = List.of("KGS", "EUR", "USD");
    /** The document codes generated. */
    public static final List<String> DOCUMENTS = List.of("registration-certificate", "budget-annex", "cv");
    /** The declaration codes generated. */
    public static final List<String> DECLARATIONS = List.of("declaration-on-honour", "partnership-statement");

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Asia/Bishkek"), ZoneOffset.UTC,
            ZoneId.of("Europe/Brussels"));

    private final Random random;
    private final List<String> lots;
    private int next;

    /**
     * A generator.
     *
     * @param random the source of randomness (seeded by the caller)
     * @param lots the lots a rule may be scoped to
     */
    public RandomRules(Random random, List<String> lots) {
        this.random = random;
        this.lots = List.copyOf(lots);
    }

    /** @return a fresh identifier */
    public String id() {
        return "r" + ++next;
    }

    /**
     * A rule set of distinct identifiers.
     *
     * @param size how many rules
     * @return the rules
     */
    public List<Rule> ruleSet(int size) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            rules.add(rule(2));
        }
        return rules;
    }

    /**
     * One rule of a random type, combinators nesting at most {@code depth} levels.
     *
     * @param depth how deep combinators may nest
     * @return the rule
     */
    public Rule rule(int depth) {
        RuleType[] types = RuleType.values();
        RuleType type;
        do {
            type = types[random.nextInt(types.length)];
        } while (type.isCombinator() && depth == 0);
        Rule.Builder b = Rule.builder(type, id());
        if (random.nextInt(4) == 0) {
            b.severity(Severity.WARNING);
        }
        if (!lots.isEmpty() && random.nextInt(4) == 0) {
            b.lots(List.of(lots.get(random.nextInt(lots.size()))));
        }
        switch (type) {
            case APPLICANT_LEGAL_FORM:
            case PARTNER_LEGAL_FORMS:
                b.forms(forms());
                break;
            case PARTNER_KINDS:
                b.kinds(forms());
                break;
            case APPLICANT_REGISTERED:
                b.months(random.nextInt(37));
                if (random.nextBoolean()) {
                    b.deadline(date());
                }
                break;
            case APPLICANT_SEAT:
            case COVERAGE:
                b.area(area());
                break;
            case APPLICANT_NOT_EXCLUDED:
                b.declaration(pick(DECLARATIONS));
                break;
            case PARTNER_COUNT:
            case DURATION: {
                Integer min = random.nextBoolean() ? random.nextInt(6) : null;
                Integer max = min == null || random.nextBoolean() ? (min == null ? 0 : min) + random.nextInt(12) : null;
                b.min(min).max(min == null && max == null ? Integer.valueOf(3) : max);
                break;
            }
            case APPLICATIONS_PER_LEAD:
                b.max(1 + random.nextInt(3));
                if (random.nextBoolean()) {
                    b.perLot(random.nextBoolean());
                }
                break;
            case GRANT_SIZE: {
                String currency = pick(CURRENCIES);
                long low = random.nextInt(1_000_000);
                long high = low + random.nextInt(2_000_000);
                Money min = random.nextInt(3) == 0 ? null : Money.of(BigDecimal.valueOf(low), currency);
                Money max = min != null && random.nextInt(3) == 0 ? null : Money.of(BigDecimal.valueOf(high), currency);
                b.range(MoneyRange.of(min, max));
                break;
            }
            case CURRENCY_OF_REQUEST:
                b.currency(pick(CURRENCIES));
                break;
            case CO_FINANCING:
            case INDIRECT_COSTS:
                b.percent(BigDecimal.valueOf(random.nextInt(10001), 2));
                break;
            case THIRD_PARTY_CAP:
                b.cap(Money.of(BigDecimal.valueOf(1 + random.nextInt(100_000)), pick(CURRENCIES)));
                break;
            case SUBMISSION_DEADLINE:
                b.deadline(date());
                if (random.nextBoolean()) {
                    b.timeZone(pick(ZONES));
                }
                break;
            case IMPLEMENTATION_PERIOD: {
                PartialDate a = date();
                PartialDate c = date();
                b.period(c.isBefore(a) ? DatePeriod.of(c, a) : DatePeriod.of(a, c));
                break;
            }
            case REQUIRED_DOCUMENTS: {
                List<String> docs = subset(DOCUMENTS);
                List<String> decl = subset(DECLARATIONS);
                if (docs.isEmpty() && decl.isEmpty()) {
                    docs = List.of(DOCUMENTS.get(0));
                }
                b.documents(docs).declarations(decl);
                break;
            }
            case ALL_OF:
            case ANY_OF: {
                List<Rule> children = new ArrayList<>();
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    children.add(rule(depth - 1));
                }
                b.rules(children);
                break;
            }
            case NOT:
                b.rule(rule(depth - 1));
                break;
            default:
                break;
        }
        return b.build();
    }

    private List<LegalForm> forms() {
        List<LegalForm> all = new ArrayList<>(List.of(LegalForm.values()));
        List<LegalForm> chosen = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            chosen.add(all.remove(random.nextInt(all.size())));
        }
        return chosen;
    }

    /** @return nationwide KG, or one to three units */
    public RegionalCoverage area() {
        if (random.nextInt(4) == 0) {
            return RegionalCoverage.nationwide("KG");
        }
        List<UnitRef> units = new ArrayList<>(UNITS);
        List<UnitRef> chosen = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            chosen.add(units.remove(random.nextInt(units.size())));
        }
        return RegionalCoverage.of(chosen);
    }

    /** @return a date in 2023 to 2025 at a random precision */
    public PartialDate date() {
        int year = 2023 + random.nextInt(3);
        switch (random.nextInt(4)) {
            case 0:
                return PartialDate.ofYear(year);
            case 1:
                return PartialDate.of(year, 1 + random.nextInt(12));
            default:
                return PartialDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        }
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private List<String> subset(List<String> values) {
        List<String> chosen = new ArrayList<>();
        for (String v : values) {
            if (random.nextBoolean()) {
                chosen.add(v);
            }
        }
        return chosen;
    }
}
