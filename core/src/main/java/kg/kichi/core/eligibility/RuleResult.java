package kg.kichi.core.eligibility;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kg.kichi.core.validation.Messages;

/**
 * What one rule found for one application: the {@linkplain #getStatus() status}, the applicant's
 * {@linkplain #getActual() value}, the rule's {@linkplain #getLimit() limit}, the {@linkplain #getPath() property
 * path} of the fact in the application (through a reference, e.g.
 * {@code partnership.members[0].organisation.legalForm}), the {@linkplain #getMissing() missing facts} of an
 * {@link RuleStatus#UNKNOWN} result, and for a combinator the results of the rules it combines.
 *
 * <p>{@link #getMessage(Locale)} explains it in en, ru or ky from the message bundles, with the values filled in.
 * Values are language-neutral texts (codes, amounts as {@code KGS 1500.00}, ISO dates).
 */
public final class RuleResult {
    private final Rule rule;
    private final RuleStatus status;
    /** The value, rendered by {@code toString} only when asked: most results are never read as text. */
    private final Object actual;
    private final String path;
    private final List<String> missing;
    private final Map<String, String> details;
    private final List<RuleResult> children;

    RuleResult(Rule rule, RuleStatus status, Object actual, String path, List<String> missing,
            Map<String, String> details, List<RuleResult> children) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.status = Objects.requireNonNull(status, "status");
        this.actual = actual;
        this.path = path == null ? "" : path;
        this.missing = missing == null ? List.of() : List.copyOf(missing);
        this.details = details == null ? Map.of() : Map.copyOf(details);
        this.children = children == null ? List.of() : List.copyOf(children);
    }

    /** @return the rule */
    public Rule getRule() {
        return rule;
    }

    /** @return the status */
    public RuleStatus getStatus() {
        return status;
    }

    /** @return the applicant's value, when there is one to show */
    public Optional<String> getActual() {
        return actual == null ? Optional.empty() : Optional.of(actual.toString());
    }

    /** @return the rule's limit as text, e.g. {@code KGS 100000.00 – KGS 500000.00} */
    public String getLimit() {
        return rule.getLimitText();
    }

    /** @return where the fact lives in the application, as a property path; empty when nowhere in particular */
    public String getPath() {
        return path;
    }

    /** @return the facts that are not stated (property paths, or {@code exchangeRate:USD/EUR}); empty unless unknown */
    public List<String> getMissing() {
        return missing;
    }

    /** @return further values some messages quote, e.g. {@code closes} for a deadline */
    public Map<String, String> getDetails() {
        return details;
    }

    /** @return the results of the rules a combinator combines; empty otherwise */
    public List<RuleResult> getChildren() {
        return children;
    }

    /** @return the message arguments: {@code rule, type, actual, limit, path, missing, lot} and the details */
    public Map<String, Object> getArguments() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("rule", rule.getId());
        args.put("type", rule.getType().getCode());
        args.put("actual", actual == null ? "—" : actual.toString());
        args.put("limit", rule.getLimitText());
        args.put("path", path);
        args.put("missing", String.join(", ", missing));
        args.put("lots", String.join(", ", rule.getLots()));
        args.putAll(details);
        return args;
    }

    /** @return the message key of the status line, e.g. {@code kichi.eligibility.fail} */
    public String getMessageCode() {
        switch (status) {
            case PASS:
                return "kichi.eligibility.pass";
            case FAIL:
                return "kichi.eligibility.fail";
            case UNKNOWN:
                return "kichi.eligibility.unknown";
            default:
                return "kichi.eligibility.notApplicable";
        }
    }

    /**
     * Explains the result: what was checked, with the limit, and what was found.
     *
     * @param locale {@code en}, {@code ru} or {@code ky}; English for another language
     * @return the message
     */
    public String getMessage(Locale locale) {
        Map<String, Object> args = getArguments();
        args.put("check", Messages.format("kichi.eligibility.rule." + rule.getType().getCode(), args, locale));
        return Messages.format(getMessageCode(), args, locale);
    }

    /** @return {@code id: status (actual)} */
    @Override
    public String toString() {
        return rule.getId() + ": " + status.getCode() + (actual == null ? "" : " (" + actual + ")")
                + (missing.isEmpty() ? "" : " missing " + missing);
    }
}
