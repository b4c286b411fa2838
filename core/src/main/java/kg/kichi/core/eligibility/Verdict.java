package kg.kichi.core.eligibility;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Messages;
import kg.kichi.core.validation.Violation;

/**
 * The screening of one application: the {@linkplain #getOutcome() outcome} and one {@link RuleResult} per rule of
 * the call's effective rule set, in that set's order.
 *
 * <p>The outcome follows from the results of the {@link Severity#ERROR error} rules only: {@link Outcome#INELIGIBLE}
 * when one fails; else {@link Outcome#INCOMPLETE} when one is unknown; else {@link Outcome#ELIGIBLE}. A missing fact
 * never counts as a pass; warnings never change the outcome.
 */
public final class Verdict {
    private final String application;
    private final String call;
    private final String lot;
    private final Outcome outcome;
    private final List<RuleResult> results;

    /** @param results an unmodifiable list no one else changes */
    private Verdict(String application, String call, String lot, List<RuleResult> results) {
        this.application = Objects.requireNonNull(application, "application");
        this.call = Objects.requireNonNull(call, "call");
        this.lot = lot;
        this.results = results;
        this.outcome = outcomeOf(this.results);
    }

    /**
     * A verdict from rule results; the outcome is derived from them.
     *
     * @param application the application's identifier
     * @param call the call's identifier
     * @param lot the lot's identifier, or null
     * @param results the results, one per rule
     * @return the verdict
     */
    public static Verdict of(String application, String call, String lot, List<RuleResult> results) {
        Objects.requireNonNull(results, "results");
        return new Verdict(application, call, lot, List.copyOf(results));
    }

    /**
     * A verdict from the results a screening has just made, taking the array over rather than copying it.
     *
     * @param results one per rule, none null; the caller keeps no reference to the array
     */
    static Verdict ofScreened(String application, String call, String lot, RuleResult[] results) {
        return new Verdict(application, call, lot, Collections.unmodifiableList(Arrays.asList(results)));
    }

    static Outcome outcomeOf(List<RuleResult> results) {
        boolean unknown = false;
        for (RuleResult r : results) {
            if (r.getRule().getSeverity() != Severity.ERROR) {
                continue;
            }
            if (r.getStatus() == RuleStatus.FAIL) {
                return Outcome.INELIGIBLE;
            }
            unknown |= r.getStatus() == RuleStatus.UNKNOWN;
        }
        return unknown ? Outcome.INCOMPLETE : Outcome.ELIGIBLE;
    }

    /** @return the application's identifier */
    public String getApplication() {
        return application;
    }

    /** @return the call's identifier */
    public String getCall() {
        return call;
    }

    /** @return the lot applied to, when any */
    public Optional<String> getLot() {
        return Optional.ofNullable(lot);
    }

    /** @return the outcome */
    public Outcome getOutcome() {
        return outcome;
    }

    /** @return every rule's result, in the order of the effective rule set */
    public List<RuleResult> getResults() {
        return results;
    }

    /** @return the results of error rules that fail: why the application is ineligible */
    public List<RuleResult> getFailures() {
        return select(Severity.ERROR, RuleStatus.FAIL);
    }

    /** @return the results of error rules that are unknown: why the application is incomplete */
    public List<RuleResult> getUnknowns() {
        return select(Severity.ERROR, RuleStatus.UNKNOWN);
    }

    /** @return the results of warning rules that fail or are unknown: flags for the officer */
    public List<RuleResult> getWarnings() {
        return results.stream().filter(r -> r.getRule().getSeverity() == Severity.WARNING)
                .filter(r -> r.getStatus() == RuleStatus.FAIL || r.getStatus() == RuleStatus.UNKNOWN).toList();
    }

    private List<RuleResult> select(Severity severity, RuleStatus status) {
        return results.stream().filter(r -> r.getRule().getSeverity() == severity && r.getStatus() == status)
                .toList();
    }

    /**
     * Finds the result of a rule.
     *
     * @param ruleId the rule's identifier
     * @return its result, empty when the rule set has no such top-level rule
     */
    public Optional<RuleResult> result(String ruleId) {
        return results.stream().filter(r -> r.getRule().getId().equals(ruleId)).findFirst();
    }

    /**
     * Moves a submitted application to {@code eligible} or {@code ineligible} through its lifecycle, recording the
     * reason in en, ru and ky: the failed rules of an ineligible application, each explained.
     *
     * @param target the application this verdict is about
     * @param on the date of the decision, or null when not known
     * @return the moved application
     * @throws InvalidModelException {@code kichi.eligibility.incomplete} when the outcome is incomplete (nothing to
     *     decide yet), {@code kichi.eligibility.otherApplication} when the application is another one, or
     *     {@code kichi.application.transition} when its status cannot move so (it is not submitted)
     */
    public Application applyTo(Application target, PartialDate on) {
        if (!target.getId().equals(application)) {
            throw new InvalidModelException("Verdict", Violation.of("application",
                    "kichi.eligibility.otherApplication", Map.of("value", target.getId(), "expected", application)));
        }
        if (outcome == Outcome.INCOMPLETE) {
            throw new InvalidModelException("Verdict", Violation.of("outcome", "kichi.eligibility.incomplete",
                    Map.of("application", application, "rules", ids(getUnknowns()))));
        }
        ApplicationStatus next = outcome == Outcome.ELIGIBLE ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE;
        LocalizedText.Builder reason = LocalizedText.builder();
        for (String language : List.of("en", "ru", "ky")) {
            reason.put(language, reason(Locale.forLanguageTag(language)));
        }
        StatusChange change = StatusChange.builder().status(next).on(Optional.ofNullable(on)).reason(reason.build())
                .build();
        return Application.builder().from(target).addStatusHistory(change).build();
    }

    /**
     * The reason recorded by {@link #applyTo}: the outcome and, when ineligible, each failed rule's message.
     *
     * @param locale the language
     * @return the text
     */
    public String reason(Locale locale) {
        if (outcome == Outcome.ELIGIBLE) {
            return Messages.format("kichi.eligibility.reason.eligible", Map.of("count", results.size()), locale);
        }
        String head = Messages.format("kichi.eligibility.reason.ineligible", Map.of("rules", ids(getFailures())), locale);
        return head + getFailures().stream().map(r -> r.getMessage(locale)).collect(Collectors.joining("; ", " ", ""));
    }

    private static String ids(List<RuleResult> results) {
        return results.stream().map(r -> r.getRule().getId()).collect(Collectors.joining(", "));
    }

    /** @return {@code application: outcome} */
    @Override
    public String toString() {
        return application + ": " + outcome.getCode();
    }
}
