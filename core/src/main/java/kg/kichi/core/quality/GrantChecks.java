package kg.kichi.core.quality;

import static kg.kichi.core.quality.Findings.args;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.Lot;
import kg.kichi.core.geo.CoverageKind;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.money.Money;
import kg.kichi.core.money.MoneyRange;
import kg.kichi.core.project.Project;
import kg.kichi.core.quality.DocumentState.ApplicationFacts;
import kg.kichi.core.quality.DocumentState.Located;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;

/**
 * The checks of one grant, in two steps.
 *
 * <p>{@link #alone} needs nothing but the grant, and runs as it arrives: {@link QualityCheck#TITLE_TOO_LONG},
 * {@link QualityCheck#TITLE_EQUALS_DESCRIPTION}, {@link QualityCheck#AWARD_AFTER_PUBLICATION}, and its dates
 * through {@link DateChecks}.
 *
 * <p>{@link #inContext} needs the call, project and application the grant names, and runs once the document has
 * given them (at once, or at the document's end for a grant that came first):
 * {@link QualityCheck#NO_BENEFICIARY_LOCATION} (a grant may take its coverage from its application),
 * {@link QualityCheck#GRANT_OUTSIDE_ELIGIBLE_AREA}, {@link QualityCheck#GRANT_CURRENCY_DIFFERS},
 * {@link QualityCheck#GRANT_AMOUNT_OUTSIDE_SIZE}, {@link QualityCheck#AWARD_BEFORE_CALL_ANNOUNCED},
 * {@link QualityCheck#AWARD_BEFORE_DEADLINE}, {@link QualityCheck#AWARD_AFTER_PROJECT_END} and
 * {@link QualityCheck#GRANT_ON_UNAWARDED_APPLICATION}. A named object the document never gives leaves its
 * checks not looked at.
 *
 * <p>Keeps nothing: what it finds out once per call (lots, currencies, places) is kept in the call's
 * {@link CallFacts}, and dropped with the document.
 */
final class GrantChecks {
    private final Findings findings;
    private final DateChecks dates;
    private final LocalDate published;
    private final Gazetteer gazetteer;

    GrantChecks(Findings findings, DateChecks dates, QualityOptions options) {
        this.findings = findings;
        this.dates = dates;
        this.published = options.getPublished();
        this.gazetteer = options.getGazetteer();
    }

    /** What a grant says of itself. */
    void alone(DocumentState d, Grant g, String pointer) {
        String id = g.getId();
        findings.looked(QualityCheck.TITLE_TOO_LONG);
        for (Map.Entry<String, String> t : g.getTitle().asMap().entrySet()) {
            int length = t.getValue().codePointCount(0, t.getValue().length());
            if (length > QualityAnalysis.MAX_TITLE_LENGTH) {
                findings.flag(QualityCheck.TITLE_TOO_LONG, () -> Finding.of(QualityCheck.TITLE_TOO_LONG,
                        List.of(d.subject("grant", id, "title/" + t.getKey(), pointer)),
                        args("grant", id, "language", t.getKey(), "length", String.valueOf(length),
                                "limit", String.valueOf(QualityAnalysis.MAX_TITLE_LENGTH))));
                break;
            }
        }
        if (g.getDescription().isPresent()) {
            findings.looked(QualityCheck.TITLE_EQUALS_DESCRIPTION);
            LocalizedText description = g.getDescription().get();
            for (Map.Entry<String, String> t : g.getTitle().asMap().entrySet()) {
                Optional<String> text = description.get(t.getKey());
                if (text.isPresent() && sameText(t.getValue(), text.get())) {
                    findings.flag(QualityCheck.TITLE_EQUALS_DESCRIPTION, () -> Finding.of(
                            QualityCheck.TITLE_EQUALS_DESCRIPTION,
                            List.of(d.subject("grant", id, "description/" + t.getKey(), pointer)),
                            args("grant", id, "language", t.getKey())));
                    break;
                }
            }
        }
        PartialDate award = g.getAwardDate().orElse(null);
        dates.grant(d.name, id, pointer, award, g.getPeriod().orElse(null));
        if (award != null) {
            findings.looked(QualityCheck.AWARD_AFTER_PUBLICATION);
            if (award.getFirstDay().isAfter(published)) {
                findings.flag(QualityCheck.AWARD_AFTER_PUBLICATION, () -> Finding.of(
                        QualityCheck.AWARD_AFTER_PUBLICATION,
                        List.of(d.subject("grant", id, "awardDate", pointer)),
                        args("grant", id, "date", award.toString(), "published", published.toString())));
            }
        }
    }

    /** A grant against the call, lot, project and application it names, those the document has given. */
    void inContext(DocumentState d, Grant g, String pointer) {
        String id = g.getId();
        String callId = g.getCall().orElse(null);
        CallFacts facts = callId == null ? null : d.calls.get(callId);
        CallForProposals call = facts == null ? null : facts.call;
        String lotId = g.getLot().orElse(null);
        Optional<Lot> lot = call == null || lotId == null ? Optional.empty() : facts.lot(lotId);
        String applicationId = g.getApplication().orElse(null);
        ApplicationFacts application = applicationId == null ? null : d.applications.get(applicationId);
        String projectId = g.getProject().orElse(call == null ? null : call.getProject());
        Located<Project> project = projectId == null ? null : d.projects.get(projectId);

        RegionalCoverage coverage = g.getCoverage();
        String coverageProperty = "coverage";
        if (coverage.isNotStated() && application != null) {
            coverage = application.coverage();
        }
        findings.looked(QualityCheck.NO_BENEFICIARY_LOCATION);
        if (coverage.isNotStated()) {
            findings.flag(QualityCheck.NO_BENEFICIARY_LOCATION, () -> Finding.of(QualityCheck.NO_BENEFICIARY_LOCATION,
                    List.of(d.subject("grant", id, coverageProperty, pointer)),
                    args("grant", id)));
        }
        if (call != null && !call.getEligibleCoverage().isNotStated() && !coverage.isNotStated()) {
            findings.looked(QualityCheck.GRANT_OUTSIDE_ELIGIBLE_AREA);
            Optional<String> outside = facts.outside(coverage, c -> outside(c, call.getEligibleCoverage()));
            if (outside.isPresent()) {
                findings.flag(QualityCheck.GRANT_OUTSIDE_ELIGIBLE_AREA, () -> Finding.of(
                        QualityCheck.GRANT_OUTSIDE_ELIGIBLE_AREA,
                        List.of(d.subject("grant", id, coverageProperty, pointer),
                        d.subject("call", call.getId(), "eligibleCoverage", facts.pointer)),
                        args("grant", id, "place", outside.get(), "call", call.getId(),
                                "eligible", describe(call.getEligibleCoverage()))));
            }
        }
        if (call != null && g.getAmountAwarded().isPresent()) {
            Money amount = g.getAmountAwarded().get();
            Optional<String> currency = facts.currency(lot);
            if (currency.isPresent()) {
                findings.looked(QualityCheck.GRANT_CURRENCY_DIFFERS);
                if (!currency.get().equals(amount.getCurrencyCode())) {
                    findings.flag(QualityCheck.GRANT_CURRENCY_DIFFERS, () -> Finding.of(
                            QualityCheck.GRANT_CURRENCY_DIFFERS,
                            List.of(d.subject("grant", id, "amountAwarded", pointer),
                            d.subject("call", call.getId(), "", facts.pointer)),
                            args("grant", id, "amount", amount.toString(), "call", call.getId(),
                                    "currency", currency.get())));
                }
            }
            // the lot's grant size, else the call's; a size in another currency than the amount is not compared
            Optional<MoneyRange> size = lot.flatMap(Lot::getGrantSize).or(call::getGrantSize);
            if (size.isPresent() && size.get().getCurrencyCode().equals(amount.getCurrencyCode())) {
                findings.looked(QualityCheck.GRANT_AMOUNT_OUTSIDE_SIZE);
                if (!size.get().contains(amount)) {
                    String where = lot.filter(l -> l.getGrantSize().isPresent()).isPresent() ? "lots/"
                            + call.getLots().indexOf(lot.get()) + "/grantSize" : "grantSize";
                    findings.flag(QualityCheck.GRANT_AMOUNT_OUTSIDE_SIZE, () -> Finding.of(
                            QualityCheck.GRANT_AMOUNT_OUTSIDE_SIZE,
                            List.of(d.subject("grant", id, "amountAwarded", pointer),
                            d.subject("call", call.getId(), where, facts.pointer)),
                            args("grant", id, "amount", amount.toString(), "call", call.getId(),
                                    "size", describe(size.get()))));
                }
            }
        }
        if (g.getAwardDate().isPresent()) {
            awardDate(d, id, pointer, g.getAwardDate().get(), facts, project);
        }
        if (application != null) {
            findings.looked(QualityCheck.GRANT_ON_UNAWARDED_APPLICATION);
            if (application.status() != ApplicationStatus.AWARDED) {
                findings.flag(QualityCheck.GRANT_ON_UNAWARDED_APPLICATION, () -> Finding.of(
                        QualityCheck.GRANT_ON_UNAWARDED_APPLICATION,
                        List.of(d.subject("grant", id, "application", pointer),
                        d.subject("application", application.id(), "statusHistory", application.pointer())),
                        args("grant", id, "application", application.id(), "status",
                                application.status().getCode())));
            }
        }
    }

    /**
     * The award date against the call's dates and the project's end. Dates of month or year precision are
     * flagged only when certainly out of order.
     *
     * @param facts the grant's call, or {@code null}; its call may still be unknown
     * @param project the grant's project, or {@code null}
     */
    private void awardDate(DocumentState d, String id, String pointer, PartialDate award, CallFacts facts,
            Located<Project> project) {
        CallForProposals call = facts == null ? null : facts.call;
        if (call != null && call.getAnnounced().isPresent()) {
            findings.looked(QualityCheck.AWARD_BEFORE_CALL_ANNOUNCED);
            if (award.getLastDay().isBefore(call.getAnnounced().get().getFirstDay())) {
                findings.flag(QualityCheck.AWARD_BEFORE_CALL_ANNOUNCED, () -> Finding.of(
                        QualityCheck.AWARD_BEFORE_CALL_ANNOUNCED,
                        List.of(d.subject("grant", id, "awardDate", pointer),
                        d.subject("call", call.getId(), "announced", facts.pointer)),
                        args("grant", id, "date", award.toString(), "call", call.getId(),
                                "announced", call.getAnnounced().get().toString())));
            }
        }
        if (call != null && call.getDeadline().isPresent()) {
            findings.looked(QualityCheck.AWARD_BEFORE_DEADLINE);
            if (award.getLastDay().isBefore(call.getDeadline().get().getFirstDay())) {
                findings.flag(QualityCheck.AWARD_BEFORE_DEADLINE, () -> Finding.of(QualityCheck.AWARD_BEFORE_DEADLINE,
                        List.of(d.subject("grant", id, "awardDate", pointer),
                        d.subject("call", call.getId(), "deadline", facts.pointer)),
                        args("grant", id, "date", award.toString(), "call", call.getId(),
                                "deadline", call.getDeadline().get().toString())));
            }
        }
        Optional<PartialDate> end = project == null ? Optional.empty()
                : project.value().getPeriod().flatMap(DatePeriod::getEnd);
        if (end.isPresent()) {
            findings.looked(QualityCheck.AWARD_AFTER_PROJECT_END);
            if (award.getFirstDay().isAfter(end.get().getLastDay())) {
                findings.flag(QualityCheck.AWARD_AFTER_PROJECT_END, () -> Finding.of(
                        QualityCheck.AWARD_AFTER_PROJECT_END,
                        List.of(d.subject("grant", id, "awardDate", pointer),
                        d.subject("project", project.value().getId(), "period/end", project.pointer())),
                        args("grant", id, "date", award.toString(), "project", project.value().getId(),
                                "end", end.get().toString())));
            }
        }
    }

    /** The first place of a coverage known to lie outside another, if any. */
    private Optional<String> outside(RegionalCoverage coverage, RegionalCoverage eligible) {
        if (eligible.getKind() == CoverageKind.NATIONWIDE) {
            // a nationwide coverage of another country is outside; units are placed by the gazetteer of one
            // country only, so units against a nationwide coverage are not judged
            boolean otherCountry = coverage.getKind() == CoverageKind.NATIONWIDE
                    && !coverage.getCountry().equals(eligible.getCountry());
            return otherCountry ? Optional.of(describe(coverage)) : Optional.empty();
        }
        if (coverage.getKind() == CoverageKind.NATIONWIDE) {
            return Optional.of(describe(coverage));
        }
        for (UnitRef unit : coverage.getUnitRefs()) {
            if (gazetteer.find(unit).isEmpty()) {
                continue; // not known to the gazetteer: nothing is known of where it lies
            }
            boolean inside = false;
            for (UnitRef allowed : eligible.getUnitRefs()) {
                if (gazetteer.find(allowed).isPresent() && gazetteer.isWithin(unit, allowed)) {
                    inside = true;
                    break;
                }
            }
            // an eligible area with a unit the gazetteer does not know may contain the place: not judged
            if (!inside && eligible.getUnitRefs().stream().allMatch(u -> gazetteer.find(u).isPresent())) {
                return Optional.of(unit.toString());
            }
        }
        return Optional.empty();
    }

    /**
     * Equal after case folding, ignoring white space at the ends and counting a run of it as one space: "Water for
     * Ak-Tal " equals "water  for ak-tal". Compares in place: this runs for every grant with a description.
     */
    static boolean sameText(String a, String b) {
        int i = skipSpace(a, 0);
        int j = skipSpace(b, 0);
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            boolean spaceX = Character.isWhitespace(x);
            boolean spaceY = Character.isWhitespace(y);
            if (spaceX || spaceY) {
                int nextI = skipSpace(a, i);
                int nextJ = skipSpace(b, j);
                // a run of spaces matches a run of spaces, or the end of the other text's trailing spaces
                if (spaceX != spaceY || (nextI == a.length()) != (nextJ == b.length())) {
                    return false;
                }
                i = nextI;
                j = nextJ;
                continue;
            }
            if (x != y && Character.toLowerCase(x) != Character.toLowerCase(y)) {
                return false;
            }
            i++;
            j++;
        }
        return skipSpace(a, i) == a.length() && skipSpace(b, j) == b.length();
    }

    private static int skipSpace(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String describe(RegionalCoverage coverage) {
        switch (coverage.getKind()) {
            case NATIONWIDE:
                return "nationwide " + coverage.getCountry().orElse("");
            case UNITS:
                return String.join(", ", coverage.getUnitRefs().stream().map(UnitRef::toString).toList());
            default:
                return "not stated";
        }
    }

    private static String describe(MoneyRange range) {
        return range.getMin().map(Money::toString).orElse("…") + " – " + range.getMax().map(Money::toString).orElse("…");
    }
}
