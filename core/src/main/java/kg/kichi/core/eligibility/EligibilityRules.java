package kg.kichi.core.eligibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.Lot;
import kg.kichi.core.money.Money;
import kg.kichi.core.money.MoneyRange;
import kg.kichi.core.time.MonthRange;

/**
 * The rules a call checks: those its attributes already state ({@linkplain #derived derived}, so no criterion is
 * written twice) and its explicit {@linkplain CallForProposals#getEligibilityRules() eligibility rules}.
 *
 * <p>Derived rules and their identifiers:
 * <ul>
 *   <li>{@code call:legal-forms}: the lead's form is one of the call's eligible legal forms; scoped to the lots that
 *       do not state their own (what a lot leaves empty, the call decides), or to every application when the call
 *       has no lot with its own forms;</li>
 *   <li>{@code lot:<lot>:legal-forms}: a lot's own eligible legal forms, scoped to that lot;</li>
 *   <li>{@code call:partner-kinds}: the call's required partner kinds;</li>
 *   <li>{@code call:grant-size} (scoped like {@code call:legal-forms}) and {@code lot:<lot>:grant-size};</li>
 *   <li>{@code call:currency}: the currency of the call's envelope or grant sizes;</li>
 *   <li>{@code call:duration}, {@code call:coverage} (when the eligible coverage is stated), {@code call:deadline}
 *       (in the call's time zone), {@code call:implementation-period}.</li>
 * </ul>
 * An explicit rule with a derived rule's identifier replaces it, e.g. to make {@code call:duration} a warning.
 */
public final class EligibilityRules {
    private EligibilityRules() {}

    /**
     * The rules derived from what a call states.
     *
     * @param call the call
     * @return the rules, in the order listed above
     */
    public static List<Rule> derived(CallForProposals call) {
        List<Rule> rules = new ArrayList<>();
        List<String> lotsWithoutForms = new ArrayList<>();
        List<String> lotsWithoutSize = new ArrayList<>();
        boolean lotForms = false;
        boolean lotSizes = false;
        for (Lot lot : call.getLots()) {
            if (lot.getEligibleLegalForms().isEmpty()) {
                lotsWithoutForms.add(lot.getId());
            } else {
                lotForms = true;
            }
            if (lot.getGrantSize().isEmpty()) {
                lotsWithoutSize.add(lot.getId());
            } else {
                lotSizes = true;
            }
        }
        if (!call.getEligibleLegalForms().isEmpty() && (!lotForms || !lotsWithoutForms.isEmpty())) {
            Rule.Builder callForms = Rule.builder(RuleType.APPLICANT_LEGAL_FORM, "call:legal-forms")
                    .forms(call.getEligibleLegalForms());
            if (lotForms) {
                callForms.lots(lotsWithoutForms);
            }
            rules.add(callForms.build());
        }
        for (Lot lot : call.getLots()) {
            if (!lot.getEligibleLegalForms().isEmpty()) {
                rules.add(Rule.builder(RuleType.APPLICANT_LEGAL_FORM, "lot:" + lot.getId() + ":legal-forms")
                        .forms(lot.getEligibleLegalForms()).lots(List.of(lot.getId())).build());
            }
        }
        if (!call.getRequiredPartnerKinds().isEmpty()) {
            rules.add(Rule.builder(RuleType.PARTNER_KINDS, "call:partner-kinds").kinds(call.getRequiredPartnerKinds())
                    .build());
        }
        if (call.getGrantSize().isPresent() && (!lotSizes || !lotsWithoutSize.isEmpty())) {
            Rule.Builder callSize = Rule.builder(RuleType.GRANT_SIZE, "call:grant-size").range(call.getGrantSize().get());
            if (lotSizes) {
                callSize.lots(lotsWithoutSize);
            }
            rules.add(callSize.build());
        }
        for (Lot lot : call.getLots()) {
            if (lot.getGrantSize().isPresent()) {
                rules.add(Rule.builder(RuleType.GRANT_SIZE, "lot:" + lot.getId() + ":grant-size")
                        .range(lot.getGrantSize().get()).lots(List.of(lot.getId())).build());
            }
        }
        currencyOf(call).ifPresent(c -> rules.add(Rule.currency("call:currency", c)));
        if (call.getDuration().isPresent()) {
            MonthRange d = call.getDuration().get();
            rules.add(Rule.duration("call:duration", d.getMin().orElse(null), d.getMax().orElse(null)));
        }
        if (!call.getEligibleCoverage().isNotStated()) {
            rules.add(Rule.coverage("call:coverage", call.getEligibleCoverage()));
        }
        call.getDeadline().ifPresent(d -> rules.add(Rule.deadline("call:deadline", d, call.getTimeZone().orElse(null))));
        call.getImplementationPeriod().ifPresent(p -> rules.add(Rule.implementationPeriod("call:implementation-period", p)));
        return rules;
    }

    /** The currency the call states its money in: its envelope's, else its grant size's, else a lot's. */
    private static Optional<String> currencyOf(CallForProposals call) {
        Optional<String> own = call.getEnvelope().map(Money::getCurrencyCode)
                .or(() -> call.getGrantSize().map(MoneyRange::getCurrencyCode));
        if (own.isPresent()) {
            return own;
        }
        for (Lot lot : call.getLots()) {
            Optional<String> c = lot.getEnvelope().map(Money::getCurrencyCode)
                    .or(() -> lot.getGrantSize().map(MoneyRange::getCurrencyCode));
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    /**
     * Every rule a call checks: the derived ones, each replaced by an explicit rule of the same identifier when
     * there is one, then the other explicit rules in their order.
     *
     * @param call the call
     * @return the effective rule set, which an officer can list to see exactly what is checked
     */
    public static List<Rule> effective(CallForProposals call) {
        Map<String, Rule> explicit = new LinkedHashMap<>();
        call.getEligibilityRules().forEach(r -> explicit.put(r.getId(), r));
        List<Rule> rules = new ArrayList<>();
        for (Rule derived : derived(call)) {
            Rule replaced = explicit.remove(derived.getId());
            rules.add(replaced != null ? replaced : derived);
        }
        rules.addAll(explicit.values());
        return List.copyOf(rules);
    }
}
