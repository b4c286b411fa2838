package kg.kichi.core.eligibility;

import static kg.kichi.core.eligibility.Checks.fail;
import static kg.kichi.core.eligibility.Checks.pass;
import static kg.kichi.core.eligibility.Checks.result;
import static kg.kichi.core.eligibility.Checks.unknown;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;

/**
 * The checks of the {@linkplain RuleCategory#TIME time} category: submission before the deadline, the planned
 * duration and the planned period.
 *
 * <p>A deadline of day precision closes at the end of that day in the rule's time zone, else the call's, else
 * {@link Screening#DEFAULT_TIME_ZONE} (worked out once per call: {@link PreparedCall.Closing}). A date that stands
 * for several days (a month, a year) decides only when every day it may stand for gives the same answer.
 */
final class TimeChecks {
    private TimeChecks() {}

    /**
     * By the submission time when stated; else by the date of the {@code submitted} step of the history when its
     * span decides alone; else unknown ({@code submittedAt}).
     */
    static RuleResult deadline(Rule rule, Facts f) {
        PreparedCall.Closing closing = f.call.closing(rule);
        Map<String, String> details = closing.details();
        Optional<OffsetDateTime> submittedAt = f.application.getSubmittedAt();
        if (submittedAt.isPresent()) {
            boolean inTime = submittedAt.get().toInstant().isBefore(closing.instant());
            return new RuleResult(rule, inTime ? RuleStatus.PASS : RuleStatus.FAIL, submittedAt.get(), "submittedAt",
                    null, details, null);
        }
        List<StatusChange> history = f.application.getStatusHistory();
        for (int i = 0; i < history.size(); i++) {
            StatusChange step = history.get(i);
            if (step.getStatus() == ApplicationStatus.SUBMITTED && step.getOn().isPresent()) {
                PartialDate on = step.getOn().get();
                String path = "statusHistory[" + i + "].on";
                LocalDate lastDay = rule.getDeadline().get().getLastDay();
                if (!on.getLastDay().isAfter(lastDay)) {
                    return new RuleResult(rule, RuleStatus.PASS, on, path, null, details, null);
                }
                if (on.getFirstDay().isAfter(lastDay)) {
                    return new RuleResult(rule, RuleStatus.FAIL, on, path, null, details, null);
                }
                return new RuleResult(rule, RuleStatus.UNKNOWN, on, path, List.of("submittedAt"), details, null);
            }
        }
        return new RuleResult(rule, RuleStatus.UNKNOWN, null, "submittedAt", List.of("submittedAt"), details, null);
    }

    /** In whole months: the planned period's when both ends are stated, else the planned duration. */
    static RuleResult duration(Rule rule, Facts f) {
        Optional<DatePeriod> period = f.application.getPlannedPeriod();
        Optional<Integer> months = period.isEmpty() ? Optional.empty() : period.get().getLengthInMonths();
        String path = "plannedPeriod";
        if (months.isEmpty() && f.application.getPlannedDurationMonths().isPresent()) {
            months = f.application.getPlannedDurationMonths();
            path = "plannedDurationMonths";
        }
        if (months.isEmpty()) {
            return unknown(rule, null, "plannedPeriod", List.of("plannedPeriod", "plannedDurationMonths"));
        }
        int n = months.get();
        return result(rule, Checks.within(n, rule), n, path);
    }

    static RuleResult implementationPeriod(Rule rule, Facts f) {
        Optional<DatePeriod> planned = f.application.getPlannedPeriod();
        if (planned.isEmpty() || planned.get().getStart().isEmpty() || planned.get().getEnd().isEmpty()) {
            return unknown(rule, planned.orElse(null), "plannedPeriod", List.of("plannedPeriod"));
        }
        DatePeriod allowed = rule.getPeriod().get();
        PartialDate start = planned.get().getStart().get();
        PartialDate end = planned.get().getEnd().get();
        Optional<PartialDate> from = allowed.getStart();
        Optional<PartialDate> to = allowed.getEnd();
        boolean surelyIn = (from.isEmpty() || !start.getFirstDay().isBefore(from.get().getFirstDay()))
                && (to.isEmpty() || !end.getLastDay().isAfter(to.get().getLastDay()));
        boolean surelyOut = (from.isPresent() && start.getLastDay().isBefore(from.get().getFirstDay()))
                || (to.isPresent() && end.getFirstDay().isAfter(to.get().getLastDay()));
        if (surelyIn) {
            return pass(rule, planned.get(), "plannedPeriod");
        }
        if (surelyOut) {
            return fail(rule, planned.get(), "plannedPeriod");
        }
        return unknown(rule, planned.get(), "plannedPeriod", List.of("plannedPeriod"));
    }
}
