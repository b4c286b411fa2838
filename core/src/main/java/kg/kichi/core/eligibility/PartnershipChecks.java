package kg.kichi.core.eligibility;

import static kg.kichi.core.eligibility.Checks.fail;
import static kg.kichi.core.eligibility.Checks.pass;
import static kg.kichi.core.eligibility.Checks.result;
import static kg.kichi.core.eligibility.Checks.unknown;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.application.Partner;
import kg.kichi.core.application.PartnerRole;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.Organisation;

/**
 * The checks of the {@linkplain RuleCategory#PARTNERSHIP partnership} category: the members besides the lead (how
 * many, of which kinds and forms) and how many applications of the call the lead leads.
 *
 * <p>A member the catalogue does not hold, or whose form is {@code other} or {@code not-stated}, cannot show a kind
 * or a form: when it could decide the rule, the result is unknown. So does a {@linkplain
 * kg.kichi.core.application.Partnership#isPartial() partial} partnership for the members its source does not name:
 * the listed members decide when they already satisfy or already break a rule; otherwise the result is unknown
 * ({@code partnership.members}), never a fail for partners not stated.
 */
final class PartnershipChecks {
    private PartnershipChecks() {}

    /** The members besides the lead; of a partial partnership, at least those listed. */
    static RuleResult count(Rule rule, Facts f) {
        int n = f.application.getPartnership().getMembers().size() - 1;
        boolean within = Checks.within(n, rule);
        boolean tooMany = rule.getMax().isPresent() && n > rule.getMax().get();
        if (f.application.getPartnership().isPartial() && !tooMany && (!within || rule.getMax().isPresent())) {
            return unknown(rule, n, "partnership.members", List.of("partnership.members"));
        }
        return result(rule, within, n, "partnership.members");
    }

    static RuleResult kinds(Rule rule, Facts f) {
        List<Partner> members = f.application.getPartnership().getMembers();
        List<String> uncatalogued = null;
        EnumSet<LegalForm> present = EnumSet.noneOf(LegalForm.class);
        for (int i = 0; i < members.size(); i++) {
            Partner p = members.get(i);
            if (p.getRole() == PartnerRole.LEAD) {
                continue;
            }
            Organisation o = f.screening.organisation(p.getOrganisation());
            if (o == null) {
                uncatalogued = uncatalogued == null ? new ArrayList<>() : uncatalogued;
                uncatalogued.add(Facts.member(i));
            } else {
                present.add(o.getLegalForm());
            }
        }
        Object actual = new PartnerForms(members, f.screening);
        if (rule.kindsWithin(present)) {
            return pass(rule, actual, "partnership.members");
        }
        if (uncatalogued != null || present.contains(LegalForm.OTHER) || present.contains(LegalForm.NOT_STATED)
                || f.application.getPartnership().isPartial()) {
            return unknown(rule, actual, "partnership.members", uncatalogued == null
                    ? List.of("partnership.members") : uncatalogued);
        }
        List<LegalForm> lacking = rule.getKinds().stream().filter(k -> !present.contains(k)).toList();
        return new RuleResult(rule, RuleStatus.FAIL, actual, "partnership.members", null,
                Map.of("lacking", Rule.joinCodes(lacking)), null);
    }

    /** The forms of the members besides the lead, in order, rendered only when asked: {@code public-council, —}. */
    private record PartnerForms(List<Partner> members, Screening screening) {
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder();
            for (Partner p : members) {
                Organisation o = p.getRole() == PartnerRole.LEAD ? null : screening.organisation(p.getOrganisation());
                if (o != null) {
                    s.append(s.length() == 0 ? "" : ", ").append(o.getLegalForm().getCode());
                }
            }
            return s.length() == 0 ? "—" : s.toString();
        }
    }

    static RuleResult legalForms(Rule rule, Facts f) {
        List<Partner> members = f.application.getPartnership().getMembers();
        List<String> outside = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        String firstOutside = null;
        for (int i = 0; i < members.size(); i++) {
            Partner p = members.get(i);
            if (p.getRole() == PartnerRole.LEAD) {
                continue;
            }
            Organisation o = f.screening.organisation(p.getOrganisation());
            if (o == null) {
                unknown.add(Facts.member(i));
            } else if (!rule.getForms().contains(o.getLegalForm())) {
                if (ApplicantChecks.isUnknownForm(o.getLegalForm())) {
                    unknown.add(Facts.memberFact(i, Facts.LEGAL_FORM));
                } else {
                    outside.add(p.getOrganisation() + " " + o.getLegalForm().getCode());
                    firstOutside = firstOutside == null ? Facts.memberFact(i, Facts.LEGAL_FORM) : firstOutside;
                }
            }
        }
        if (!outside.isEmpty()) {
            return fail(rule, String.join(", ", outside), firstOutside);
        }
        if (f.application.getPartnership().isPartial()) {
            unknown.add("partnership.members"); // the members its source does not name
        }
        if (!unknown.isEmpty()) {
            return unknown(rule, null, unknown.get(0), unknown);
        }
        return pass(rule, null, "partnership.members");
    }

    /** Counts the other applications of the call (or lot) the same lead leads, withdrawn ones aside. */
    static RuleResult applicationsPerLead(Rule rule, Facts f) {
        boolean perLot = rule.getPerLot().orElse(false);
        if (perLot && f.lot == null) {
            return unknown(rule, "lot");
        }
        int count = f.call.applicationsLedBy(perLot ? f.lot : null, f.leadId);
        if (f.application.getStatus() == ApplicationStatus.WITHDRAWN) {
            count++; // a withdrawn application is not counted among the others, but it is one itself
        }
        return result(rule, count <= rule.getMax().get(), count, f.leadPath());
    }
}
