package kg.kichi.core.eligibility;

import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates one rule for one application: the lot scope first, then the check of the rule's type (one class per
 * {@linkplain RuleCategory category}), and the combinators {@code all-of}, {@code any-of} and {@code not} here.
 * Also the shorthands every check uses to build its {@link RuleResult}.
 *
 * <p>Invariants every check keeps: a missing fact gives {@link RuleStatus#UNKNOWN} naming it, never a pass or a
 * fail; the result's value is the object itself (an amount, a date, a period), rendered by {@code toString} only
 * when a caller asks for the text.
 */
final class Checks {
    private Checks() {}

    static RuleResult evaluate(Rule rule, Facts f) {
        if (!rule.appliesToLot(f.lot)) {
            // the deadline's message names its closing moment, which is the rule's, whoever it concerns
            return new RuleResult(rule, RuleStatus.NOT_APPLICABLE, f.lot, "lot", null,
                    rule.getType() == RuleType.SUBMISSION_DEADLINE ? f.call.closing(rule).details() : null, null);
        }
        switch (rule.getType()) {
            case APPLICANT_LEGAL_FORM:
                return ApplicantChecks.legalForm(rule, f);
            case APPLICANT_NON_PROFIT:
                return ApplicantChecks.nonProfit(rule, f);
            case APPLICANT_REGISTERED:
                return ApplicantChecks.registered(rule, f);
            case APPLICANT_SEAT:
                return ApplicantChecks.seat(rule, f);
            case APPLICANT_NOT_EXCLUDED:
                return ApplicantChecks.notExcluded(rule, f);
            case PARTNER_COUNT:
                return PartnershipChecks.count(rule, f);
            case PARTNER_KINDS:
                return PartnershipChecks.kinds(rule, f);
            case PARTNER_LEGAL_FORMS:
                return PartnershipChecks.legalForms(rule, f);
            case APPLICATIONS_PER_LEAD:
                return PartnershipChecks.applicationsPerLead(rule, f);
            case GRANT_SIZE:
                return MoneyChecks.grantSize(rule, f);
            case CURRENCY_OF_REQUEST:
                return MoneyChecks.currency(rule, f);
            case CO_FINANCING:
                return MoneyChecks.coFinancing(rule, f);
            case INDIRECT_COSTS:
                return MoneyChecks.indirectCosts(rule, f);
            case THIRD_PARTY_CAP:
                return MoneyChecks.thirdPartyCap(rule, f);
            case SUBMISSION_DEADLINE:
                return TimeChecks.deadline(rule, f);
            case DURATION:
                return TimeChecks.duration(rule, f);
            case IMPLEMENTATION_PERIOD:
                return TimeChecks.implementationPeriod(rule, f);
            case COVERAGE:
                return PlaceChecks.coverage(rule, f);
            case REQUIRED_DOCUMENTS:
                return DocumentChecks.documents(rule, f);
            case ALL_OF:
            case ANY_OF:
            case NOT:
                return combined(rule, f);
            default:
                throw new AssertionError(rule.getType());
        }
    }

    // ---- results ----

    static RuleResult pass(Rule rule, Object actual, String path) {
        return new RuleResult(rule, RuleStatus.PASS, actual, path, null, null, null);
    }

    static RuleResult fail(Rule rule, Object actual, String path) {
        return new RuleResult(rule, RuleStatus.FAIL, actual, path, null, null, null);
    }

    static RuleResult result(Rule rule, boolean passes, Object actual, String path) {
        return new RuleResult(rule, passes ? RuleStatus.PASS : RuleStatus.FAIL, actual, path, null, null, null);
    }

    static RuleResult unknown(Rule rule, Object actual, String path, List<String> missing) {
        return new RuleResult(rule, RuleStatus.UNKNOWN, actual, path, missing, null, null);
    }

    /** Unknown because the fact at {@code path} is not stated. */
    static RuleResult unknown(Rule rule, String path) {
        return unknown(rule, null, path, List.of(path));
    }

    /** @return whether a value lies within optional bounds */
    static boolean within(int value, Rule bounds) {
        return (bounds.getMin().isEmpty() || value >= bounds.getMin().get())
                && (bounds.getMax().isEmpty() || value <= bounds.getMax().get());
    }

    // ---- combinators ----

    /**
     * {@code all-of} fails when one part fails, else is unknown when one is, else passes when one passes;
     * {@code any-of} passes when one part passes, else is unknown when one is, else fails when one fails; both are
     * not applicable when every part is. {@code not} swaps pass and fail and keeps the rest.
     */
    private static RuleResult combined(Rule rule, Facts f) {
        List<Rule> parts = rule.getType() == RuleType.NOT ? List.of(rule.getRule().get()) : rule.getRules();
        List<RuleResult> children = new ArrayList<>(parts.size());
        boolean pass = false;
        boolean fail = false;
        boolean unknown = false;
        List<String> missing = new ArrayList<>();
        for (Rule part : parts) {
            RuleResult r = evaluate(part, f);
            children.add(r);
            pass |= r.getStatus() == RuleStatus.PASS;
            fail |= r.getStatus() == RuleStatus.FAIL;
            if (r.getStatus() == RuleStatus.UNKNOWN) {
                unknown = true;
                missing.addAll(r.getMissing());
            }
        }
        RuleStatus status;
        switch (rule.getType()) {
            case ALL_OF:
                status = fail ? RuleStatus.FAIL : unknown ? RuleStatus.UNKNOWN : pass ? RuleStatus.PASS
                        : RuleStatus.NOT_APPLICABLE;
                break;
            case ANY_OF:
                status = pass ? RuleStatus.PASS : unknown ? RuleStatus.UNKNOWN : fail ? RuleStatus.FAIL
                        : RuleStatus.NOT_APPLICABLE;
                break;
            default:
                RuleStatus inner = children.get(0).getStatus();
                status = inner == RuleStatus.PASS ? RuleStatus.FAIL : inner == RuleStatus.FAIL ? RuleStatus.PASS : inner;
        }
        return new RuleResult(rule, status, new ChildStatuses(children), "",
                status == RuleStatus.UNKNOWN ? missing : null, null, children);
    }

    /** The parts' statuses, rendered only when asked: {@code lead-is-ngo=fail, lead-is-lsg=pass}. */
    private record ChildStatuses(List<RuleResult> children) {
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder();
            for (RuleResult c : children) {
                s.append(s.length() == 0 ? "" : ", ").append(c.getRule().getId()).append('=')
                        .append(c.getStatus().getCode());
            }
            return s.toString();
        }
    }
}
