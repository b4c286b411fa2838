package kg.kichi.core.eligibility;

import static kg.kichi.core.eligibility.Checks.fail;
import static kg.kichi.core.eligibility.Checks.pass;
import static kg.kichi.core.eligibility.Checks.result;
import static kg.kichi.core.eligibility.Checks.unknown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kg.kichi.core.application.Application;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.time.PartialDate;

/**
 * The checks of the {@linkplain RuleCategory#APPLICANT applicant} category: facts of the lead organisation (its form,
 * non-profit status, registration date and seat, each at {@code partnership.members[i].organisation.<fact>}) and
 * its declaration on exclusion situations.
 */
final class ApplicantChecks {
    private ApplicantChecks() {}

    static RuleResult legalForm(Rule rule, Facts f) {
        if (f.lead == null) {
            return unknown(rule, f.leadPath());
        }
        String path = f.leadFact(Facts.LEGAL_FORM);
        LegalForm form = f.lead.getLegalForm();
        if (rule.getForms().contains(form)) {
            return pass(rule, form.getCode(), path);
        }
        if (isUnknownForm(form)) { // never a guess
            return unknown(rule, form.getCode(), path, List.of(path));
        }
        return fail(rule, form.getCode(), path);
    }

    /**
     * Whether a legal form says too little to judge a rule on forms: {@code not-stated} (no source gives it) and
     * {@code other} (a form none of the codes names, which older data also used for "not stated").
     */
    static boolean isUnknownForm(LegalForm form) {
        return form == LegalForm.OTHER || form == LegalForm.NOT_STATED;
    }

    /** Non-profit status as the organisation states it; the legal form's usual status is no answer. */
    static RuleResult nonProfit(Rule rule, Facts f) {
        if (f.lead == null) {
            return unknown(rule, f.leadPath());
        }
        String path = f.leadFact(Facts.NON_PROFIT);
        Optional<Boolean> np = f.lead.getNonProfit();
        if (np.isEmpty()) {
            return unknown(rule, path);
        }
        return result(rule, np.get(), np.get(), path);
    }

    /**
     * Registered at least N months before the deadline. A registration date or deadline of month or year precision
     * passes only when every day it may stand for passes, fails only when every day fails, else is unknown.
     */
    static RuleResult registered(Rule rule, Facts f) {
        PreparedCall.Deadline deadline = f.call.registrationDeadline(rule);
        String path = f.leadFact(Facts.REGISTERED);
        if (f.lead == null || f.lead.getRegistered().isEmpty() || deadline == null) {
            List<String> missing = new ArrayList<>(2);
            if (f.lead == null) {
                missing.add(f.leadPath());
            } else if (f.lead.getRegistered().isEmpty()) {
                missing.add(path);
            }
            if (deadline == null) {
                missing.add("call.deadline");
            }
            return unknown(rule, null, path, missing);
        }
        PartialDate registered = f.lead.getRegistered().get();
        int months = rule.getMonths().orElse(0);
        PartialDate closes = deadline.date();
        RuleStatus status;
        List<String> missing = null;
        if (!registered.getLastDay().plusMonths(months).isAfter(closes.getFirstDay())) {
            status = RuleStatus.PASS;
        } else if (registered.getFirstDay().plusMonths(months).isAfter(closes.getLastDay())) {
            status = RuleStatus.FAIL;
        } else {
            status = RuleStatus.UNKNOWN;
            missing = List.of(path);
        }
        return new RuleResult(rule, status, registered, path, missing, deadline.details(), null);
    }

    static RuleResult seat(Rule rule, Facts f) {
        if (f.lead == null) {
            return unknown(rule, f.leadPath());
        }
        String path = f.leadFact(Facts.SEAT);
        if (f.lead.getSeat().isEmpty()) {
            return unknown(rule, path);
        }
        UnitRef seat = f.lead.getSeat().get();
        Optional<Boolean> within = PlaceChecks.within(f.screening, seat, rule.getArea().get());
        if (within.isEmpty()) {
            return unknown(rule, seat.toString(), path, List.of(path));
        }
        return result(rule, within.get(), f.screening.place(seat), path);
    }

    /** A declared exclusion situation fails; the declaration signed without one passes; neither stated is unknown. */
    static RuleResult notExcluded(Rule rule, Facts f) {
        Application a = f.application;
        if (!a.getExclusionSituations().isEmpty()) {
            return fail(rule, String.join(", ", a.getExclusionSituations()), "exclusionSituations");
        }
        String declaration = rule.getDeclaration().get();
        if (a.getDeclarations().contains(declaration)) {
            return pass(rule, declaration, "declarations");
        }
        return unknown(rule, null, "declarations", List.of("declarations"));
    }
}
