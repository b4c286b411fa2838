package kg.kichi.core.eligibility;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.time.PartialDate;

/**
 * One call made ready for screening: what is the same for every application to it, worked out once. Its
 * {@linkplain #rules() effective rules}; for each deadline rule (at any depth of a combinator) the moment it closes;
 * for each registration rule the deadline it counts back from; how many applications each lead leads.
 *
 * <p>The per-rule values are kept by the rule's identity, not its equality: a rule's deep hash over every parameter
 * would cost more than the check itself, and the rules looked up are exactly the objects of {@link #rules()}.
 * Immutable once built.
 */
final class PreparedCall {
    private final CallForProposals call;
    private final List<Rule> rules;
    private final Map<Rule, Closing> closings = new IdentityHashMap<>();
    private final Map<Rule, Deadline> registrationDeadlines = new IdentityHashMap<>();
    private final Map<String, Map<OrganisationId, Integer>> leadCounts;

    /**
     * @param call the call
     * @param leadCounts per lot ({@code ""} for the whole call), how many applications each lead leads
     */
    PreparedCall(CallForProposals call, Map<String, Map<OrganisationId, Integer>> leadCounts) {
        this.call = call;
        this.rules = EligibilityRules.effective(call);
        this.leadCounts = leadCounts;
        for (Rule top : rules) {
            for (Rule r : top.flatten()) {
                if (r.getType() == RuleType.SUBMISSION_DEADLINE) {
                    closings.put(r, Closing.of(r.getDeadline().get(), r.getTimeZone().or(call::getTimeZone)
                            .orElse(Screening.DEFAULT_TIME_ZONE)));
                } else if (r.getType() == RuleType.APPLICANT_REGISTERED) {
                    r.getDeadline().or(call::getDeadline).ifPresent(d -> registrationDeadlines.put(r,
                            new Deadline(d, Map.of("deadline", d.toString()))));
                }
            }
        }
    }

    CallForProposals call() {
        return call;
    }

    /** @return the effective rule set */
    List<Rule> rules() {
        return rules;
    }

    /** @return when a deadline rule of this call closes */
    Closing closing(Rule deadlineRule) {
        return closings.get(deadlineRule);
    }

    /**
     * @return the deadline a registration rule of this call counts back from: the rule's own, else the call's; null
     *     when neither states one
     */
    Deadline registrationDeadline(Rule registrationRule) {
        return registrationDeadlines.get(registrationRule);
    }

    /**
     * @param lot a lot, or null for the whole call
     * @param lead the lead organisation
     * @return how many applications, withdrawn ones aside, it leads in the call or lot
     */
    int applicationsLedBy(String lot, OrganisationId lead) {
        Map<OrganisationId, Integer> counts = leadCounts.get(lot == null ? "" : lot);
        Integer n = counts == null ? null : counts.get(lead);
        return n == null ? 0 : n;
    }

    /**
     * The first instant after a deadline (midnight after its last day, in the zone that applies) and the details
     * its messages quote ({@code closes}, {@code zone}).
     */
    record Closing(Instant instant, Map<String, String> details) {
        static Closing of(PartialDate deadline, ZoneId zone) {
            ZonedDateTime closes = deadline.getLastDay().plusDays(1).atStartOfDay(zone);
            return new Closing(closes.toInstant(), Map.of("closes", closes.toOffsetDateTime().toString(),
                    "zone", zone.getId()));
        }
    }

    /** A deadline and the details its messages quote ({@code deadline}). */
    record Deadline(PartialDate date, Map<String, String> details) {}
}
