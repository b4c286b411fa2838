package kg.kichi.core.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kg.kichi.core.internal.ViolationCollector;
import kg.kichi.core.money.Money;
import kg.kichi.core.validation.Identifier;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;

/**
 * What makes a {@link Rule} valid, checked by {@link Rule.Builder#build()} so that a rule set is always valid. Every
 * problem is reported, each at its parameter's name:
 * <ul>
 *   <li>the type and a well-formed {@link Identifier identifier} are required, as are the lots' identifiers;</li>
 *   <li>each type takes exactly the {@linkplain RuleType#getAllowed() parameters it allows}
 *       ({@code kichi.rule.parameterNotAllowed}) and needs those {@linkplain RuleType#getRequired() it requires}
 *       ({@code kichi.required});</li>
 *   <li>values lie in range: counts and months not negative ({@code kichi.rule.negative}), at most N applications
 *       per lead with N at least 1 and a cap above zero ({@code kichi.rule.notPositive}), percentages from 0 to 100
 *       ({@code kichi.rule.percent}), an ISO 4217 currency ({@code kichi.money.currency});</li>
 *   <li>the rule can pass: min not above max ({@code kichi.rule.minAboveMax}), sets not empty
 *       ({@code kichi.rule.emptySet}), an area stated ({@code kichi.rule.areaNotStated}), at least one bound or
 *       requirement ({@code kichi.rule.noBound}), a combinator with rules ({@code kichi.rule.noChildren});</li>
 *   <li>identifiers repeat nowhere in a rule and the rules it combines ({@code kichi.rule.duplicateId}): results and
 *       JSON refer to rules by them.</li>
 * </ul>
 */
final class RuleValidation {
    private static final Pattern IDENTIFIER = Pattern.compile(Identifier.PATTERN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RuleValidation() {}

    /** @return whether the builder was given a parameter */
    private static boolean has(Rule.Builder b, RuleParameter p) {
        switch (p) {
            case FORMS: return b.forms != null;
            case KINDS: return b.kinds != null;
            case MIN: return b.min != null;
            case MAX: return b.max != null;
            case PER_LOT: return b.perLot != null;
            case RANGE: return b.range != null;
            case CAP: return b.cap != null;
            case CURRENCY: return b.currency != null;
            case PERCENT: return b.percent != null;
            case MONTHS: return b.months != null;
            case DEADLINE: return b.deadline != null;
            case TIME_ZONE: return b.timeZone != null;
            case PERIOD: return b.period != null;
            case AREA: return b.area != null;
            case DOCUMENTS: return b.documents != null;
            case DECLARATIONS: return b.declarations != null;
            case DECLARATION: return b.declaration != null;
            case RULES: return b.rules != null;
            case RULE: return b.rule != null;
            default: throw new AssertionError(p);
        }
    }

    /**
     * Checks a builder's values before the rule is built.
     *
     * @param b the builder
     * @throws InvalidModelException listing every problem, each at its parameter's name
     */
    static void check(Rule.Builder b) {
        ViolationCollector problems = new ViolationCollector("Rule");
        if (b.type == null) {
            problems.add(Violation.of("type", "kichi.required"));
            problems.throwIfAny();
        }
        if (b.id == null) {
            problems.add(Violation.of("id", "kichi.required"));
        } else {
            problems.check(IDENTIFIER.matcher(b.id).matches(), "id", "kichi.id", Map.of("value", b.id));
        }
        if (b.severity == null) {
            problems.add(Violation.of("severity", "kichi.required"));
        }
        if (b.lots != null) {
            int i = 0;
            for (String lot : b.lots) {
                checkIdentifier(problems, "lots[" + i++ + "]", lot);
            }
        }
        for (RuleParameter p : RuleParameter.values()) {
            boolean present = has(b, p);
            if (present && !b.type.getAllowed().contains(p)) {
                problems.add(Violation.of(p.getName(), "kichi.rule.parameterNotAllowed",
                        Map.of("parameter", p.getName(), "type", b.type.getCode())));
            } else if (!present && b.type.getRequired().contains(p)) {
                problems.add(Violation.of(p.getName(), "kichi.required"));
            }
        }
        checkValues(b, problems);
        problems.throwIfAny();
    }

    private static void checkValues(Rule.Builder b, ViolationCollector problems) {
        if (b.forms != null) {
            problems.check(!b.forms.isEmpty(), "forms", "kichi.rule.emptySet", Map.of());
            problems.check(!b.forms.contains(null), "forms", "kichi.required", Map.of());
        }
        if (b.kinds != null) {
            problems.check(!b.kinds.isEmpty(), "kinds", "kichi.rule.emptySet", Map.of());
            problems.check(!b.kinds.contains(null), "kinds", "kichi.required", Map.of());
        }
        boolean bounds = b.type == RuleType.PARTNER_COUNT || b.type == RuleType.DURATION;
        if (bounds) {
            problems.check(b.min != null || b.max != null, "", "kichi.rule.noBound", Map.of());
        }
        if (b.min != null) {
            problems.check(b.min >= 0, "min", "kichi.rule.negative", Map.of("value", b.min));
        }
        if (b.max != null) {
            int least = b.type == RuleType.APPLICATIONS_PER_LEAD ? 1 : 0;
            problems.check(b.max >= least, "max", least == 1 ? "kichi.rule.notPositive" : "kichi.rule.negative",
                    Map.of("value", b.max));
        }
        if (b.min != null && b.max != null && b.min >= 0 && b.max >= 0) {
            problems.check(b.min <= b.max, "max", "kichi.rule.minAboveMax", Map.of("min", b.min, "max", b.max));
        }
        if (b.months != null) {
            problems.check(b.months >= 0, "months", "kichi.rule.negative", Map.of("value", b.months));
        }
        if (b.percent != null) {
            problems.check(b.percent.signum() >= 0 && b.percent.compareTo(HUNDRED) <= 0, "percent",
                    "kichi.rule.percent", Map.of("value", b.percent.toPlainString()));
        }
        if (b.cap != null) {
            problems.check(b.cap.isPositive(), "cap", "kichi.rule.notPositive", Map.of("value", b.cap.toString()));
        }
        if (b.currency != null) {
            problems.check(isCurrency(b.currency), "currency", "kichi.money.currency", Map.of("value", b.currency));
        }
        if (b.area != null) {
            problems.check(!b.area.isNotStated(), "area", "kichi.rule.areaNotStated", Map.of());
        }
        if (b.type == RuleType.REQUIRED_DOCUMENTS) {
            problems.check(b.documents != null || b.declarations != null, "", "kichi.rule.noBound", Map.of());
        }
        checkCodes(problems, "documents", b.documents);
        checkCodes(problems, "declarations", b.declarations);
        if (b.declaration != null) {
            checkIdentifier(problems, "declaration", b.declaration);
        }
        if (b.rules != null) {
            problems.check(!b.rules.isEmpty(), "rules", "kichi.rule.noChildren", Map.of());
            for (int i = 0; i < b.rules.size(); i++) {
                problems.check(b.rules.get(i) != null, "rules[" + i + "]", "kichi.required", Map.of());
            }
        }
    }

    private static void checkCodes(ViolationCollector problems, String name, Collection<String> codes) {
        if (codes == null) {
            return;
        }
        int i = 0;
        for (String code : codes) {
            checkIdentifier(problems, name + "[" + i++ + "]", code);
        }
    }

    private static void checkIdentifier(ViolationCollector problems, String path, String value) {
        if (value == null) {
            problems.add(Violation.of(path, "kichi.required"));
        } else {
            problems.check(IDENTIFIER.matcher(value).matches(), path, "kichi.id", Map.of("value", value));
        }
    }

    private static boolean isCurrency(String code) {
        try {
            Money.zero(code);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Identifiers repeat nowhere in the tree: results and JSON refer to rules by them. */
    static void checkUniqueIds(Rule root) {
        Set<String> seen = new HashSet<>();
        List<Violation> repeats = new ArrayList<>();
        walk(root, "", seen, repeats);
        if (!repeats.isEmpty()) {
            throw new InvalidModelException("Rule", repeats);
        }
    }

    private static void walk(Rule r, String path, Set<String> seen, List<Violation> repeats) {
        if (!seen.add(r.getId())) {
            repeats.add(Violation.of(path.isEmpty() ? "id" : path + ".id", "kichi.rule.duplicateId",
                    Map.of("value", r.getId())));
        }
        for (int i = 0; i < r.getRules().size(); i++) {
            walk(r.getRules().get(i), (path.isEmpty() ? "" : path + ".") + "rules[" + i + "]", seen, repeats);
        }
        if (r.getRule().isPresent()) {
            walk(r.getRule().get(), (path.isEmpty() ? "" : path + ".") + "rule", seen, repeats);
        }
    }
}
