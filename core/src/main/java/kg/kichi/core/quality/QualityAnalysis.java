package kg.kichi.core.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.Lot;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.geo.CoverageKind;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.money.Money;
import kg.kichi.core.money.MoneyRange;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.Project;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;

/**
 * Runs every {@link QualityCheck} over the objects of one or more documents, fed one object at a time, and
 * gives a {@link QualityReport}.
 *
 * <p><b>Use.</b> {@link #startDocument(String)}, then the document's objects in any order through
 * {@link #organisation}, {@link #programme}, {@link #project}, {@link #call}, {@link #application} and
 * {@link #grant} (each with its JSON Pointer when read from a document, else {@code null}), then
 * {@link #endDocument()}; more documents the same way; {@link #finish()} last. {@link #analyse} does all of it
 * for catalogues in memory. Objects must be valid (as built or read); the analysis is not thread-safe and is
 * used once.
 *
 * <p><b>Memory.</b> Grants are not kept: each is checked when it arrives, and only counts and sums per call and
 * lot, and the ids of the applications grants name, stay. What the cross-object checks need is kept for the
 * document: its programmes, projects and calls, and a few facts per application (status, call, coverage). A
 * grant that arrives before the call, project or application it names (a document written out of order) waits
 * until {@link #endDocument()}. Across documents, each organisation's id and name keys are kept for the
 * identity checks. Each check keeps at most {@link QualityOptions#getExamples()} findings.
 */
public final class QualityAnalysis {
    /** The longest title 360Giving's quality checks accept without comment, in characters. */
    public static final int MAX_TITLE_LENGTH = 140;

    private static final int CHECKS = QualityCheck.values().length;
    /** How many coverages per call keep their place relative to the call's eligible area. */
    private static final int OUTSIDE_CACHE = 1024;

    private final QualityOptions options;
    private final LocalDate farFuture;
    private final long[] looked = new long[CHECKS];
    private final long[] flagged = new long[CHECKS];
    private final List<List<Finding>> kept = new ArrayList<>();
    private final List<String> documents = new ArrayList<>();
    private final Map<OrganisationId, List<OrganisationRecord>> organisations = new LinkedHashMap<>();
    private DocumentState document;
    private boolean finished;

    private QualityAnalysis(QualityOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.farFuture = options.getPublished().plusYears(options.getFutureYears());
        for (int i = 0; i < CHECKS; i++) {
            kept.add(new ArrayList<>());
        }
    }

    /**
     * A new analysis.
     *
     * @param options thresholds and the gazetteer
     * @return the analysis, before its first document
     */
    public static QualityAnalysis start(QualityOptions options) {
        return new QualityAnalysis(options);
    }

    /**
     * Analyses catalogues in memory together: each is one document, named by its id; findings carry no JSON
     * Pointers.
     *
     * @param options thresholds and the gazetteer
     * @param catalogues the catalogues
     * @return the report
     */
    public static QualityReport analyse(QualityOptions options, List<Catalogue> catalogues) {
        QualityAnalysis analysis = start(options);
        for (Catalogue c : catalogues) {
            analysis.startDocument(c.getId());
            c.getOrganisations().forEach(o -> analysis.organisation(o, null));
            c.getProgrammes().forEach(p -> analysis.programme(p, null));
            c.getProjects().forEach(p -> analysis.project(p, null));
            c.getCalls().forEach(x -> analysis.call(x, null));
            c.getApplications().forEach(a -> analysis.application(a, null));
            c.getGrants().forEach(g -> analysis.grant(g, null));
            analysis.endDocument();
        }
        return analysis.finish();
    }

    /**
     * Starts a document: references between objects are resolved within it.
     *
     * @param name the document's name (a file name, a catalogue id)
     * @throws IllegalStateException when a document is open or the analysis finished
     */
    public void startDocument(String name) {
        checkOpen();
        if (document != null) {
            throw new IllegalStateException("document " + document.name + " is still open: end it first");
        }
        document = new DocumentState(Objects.requireNonNull(name, "name"));
        documents.add(name);
    }

    /**
     * @param value an organisation
     * @param pointer its JSON Pointer, or {@code null}
     */
    public void organisation(Organisation value, String pointer) {
        DocumentState d = current();
        OrganisationId id = value.getId();
        String idText = id.toString();
        if (OrganisationId.KG_INN.equals(id.getScheme()) || OrganisationId.KG_OKPO.equals(id.getScheme())) {
            int digits = OrganisationId.KG_INN.equals(id.getScheme()) ? 14 : 8;
            looked(QualityCheck.UNEXPECTED_ID_CHARACTERS);
            if (!isDigits(id.getValue(), digits)) {
                flag(QualityCheck.UNEXPECTED_ID_CHARACTERS, () -> Finding.of(QualityCheck.UNEXPECTED_ID_CHARACTERS,
                        List.of(subject("organisation", idText, "id", pointer)),
                        args("organisation", idText, "scheme", id.getScheme(), "digits", String.valueOf(digits))));
            }
        }
        List<NameKey> keys = new ArrayList<>();
        value.getName().asMap().forEach((language, text) -> keys.add(new NameKey("name/" + language, text)));
        for (int i = 0; i < value.getAliases().size(); i++) {
            keys.add(new NameKey("aliases/" + i, value.getAliases().get(i)));
        }
        organisations.computeIfAbsent(id, k -> new ArrayList<>()).add(new OrganisationRecord(id, d.name, pointer, keys));
    }

    /**
     * @param value a programme
     * @param pointer its JSON Pointer, or {@code null}
     */
    public void programme(DonorProgramme value, String pointer) {
        DocumentState d = current();
        d.programmes.put(value.getId(), new Located<>(value, pointer));
        Subject self = subject("programme", value.getId(), "", pointer);
        zeroAmounts(self, value.getBudget().map(b -> Map.of("budget", b)).orElse(Map.of()));
        dates(self, periodDates(value.getPeriod(), "period"));
    }

    /**
     * @param value a project
     * @param pointer its JSON Pointer, or {@code null}
     */
    public void project(Project value, String pointer) {
        DocumentState d = current();
        d.projects.put(value.getId(), new Located<>(value, pointer));
        Subject self = subject("project", value.getId(), "", pointer);
        zeroAmounts(self, value.getBudget().map(b -> Map.of("budget", b)).orElse(Map.of()));
        dates(self, periodDates(value.getPeriod(), "period"));
    }

    /**
     * @param value a call for proposals
     * @param pointer its JSON Pointer, or {@code null}
     */
    public void call(CallForProposals value, String pointer) {
        DocumentState d = current();
        CallFacts facts = d.call(value.getId());
        facts.call = value;
        facts.pointer = pointer;
        Subject self = subject("call", value.getId(), "", pointer);
        Map<String, Money> amounts = new LinkedHashMap<>();
        value.getEnvelope().ifPresent(m -> amounts.put("envelope", m));
        value.getGrantSize().flatMap(MoneyRange::getMax).ifPresent(m -> amounts.put("grantSize/max", m));
        for (int i = 0; i < value.getLots().size(); i++) {
            Lot lot = value.getLots().get(i);
            int index = i;
            lot.getEnvelope().ifPresent(m -> amounts.put("lots/" + index + "/envelope", m));
            lot.getGrantSize().flatMap(MoneyRange::getMax).ifPresent(m -> amounts.put("lots/" + index + "/grantSize/max", m));
        }
        zeroAmounts(self, amounts);
        Map<String, PartialDate> dates = new LinkedHashMap<>();
        value.getAnnounced().ifPresent(x -> dates.put("announced", x));
        value.getDeadline().ifPresent(x -> dates.put("deadline", x));
        dates.putAll(periodDates(value.getImplementationPeriod(), "implementationPeriod"));
        value.getResults().flatMap(r -> r.getAnnouncedOn()).ifPresent(x -> dates.put("results/announcedOn", x));
        dates(self, dates);
    }

    /**
     * @param value an application
     * @param pointer its JSON Pointer, or {@code null}
     */
    public void application(Application value, String pointer) {
        DocumentState d = current();
        ApplicationStatus status = value.getStatus();
        d.applications.put(value.getId(), new ApplicationFacts(value.getId(), value.getCall(), status,
                value.getCoverage(), pointer));
        CallFacts call = d.call(value.getCall());
        call.applications++;
        if (status == ApplicationStatus.AWARDED) {
            call.awardedApplications++;
        }
        Map<String, PartialDate> dates = new LinkedHashMap<>();
        value.getSubmittedAt().ifPresent(t -> dates.put("submittedAt", PartialDate.from(t.toLocalDate())));
        dates.putAll(periodDates(value.getPlannedPeriod(), "plannedPeriod"));
        dates(subject("application", value.getId(), "", pointer), dates);
    }

    /**
     * Checks a grant: what it says of itself at once, what needs its call, project and application as soon as
     * those are known; it is not kept.
     *
     * @param value a grant
     * @param pointer its JSON Pointer, or {@code null}
     */
    public void grant(Grant value, String pointer) {
        DocumentState d = current();
        Optional<Money> amount = value.getAmountAwarded();
        if (value.getCall().isPresent()) {
            CallFacts call = d.call(value.getCall().get());
            call.grants++;
            amount.ifPresent(m -> call.add(m));
            if (value.getLot().isPresent()) {
                Tally lot = call.lots.computeIfAbsent(value.getLot().get(), k -> new Tally());
                lot.grants++;
                amount.ifPresent(lot::add);
            }
        }
        value.getApplication().ifPresent(d.grantedApplications::add);
        grantAlone(value, pointer);
        if (isResolved(d, value)) {
            grantInContext(d, value, pointer);
        } else {
            d.pending.add(new Located<>(value, pointer));
        }
    }

    /**
     * Ends the document: checks the grants that waited for objects later in it, the projects against their
     * programmes, the calls against their grants and applications, and forgets the document's objects.
     *
     * @throws IllegalStateException when no document is open
     */
    public void endDocument() {
        DocumentState d = current();
        for (Located<Grant> g : d.pending) {
            grantInContext(d, g.value, g.pointer);
        }
        for (Located<Project> p : d.projects.values()) {
            projectInContext(d, p.value, p.pointer);
        }
        for (CallFacts c : d.calls.values()) {
            if (c.call != null) {
                callTotals(c);
            }
        }
        for (ApplicationFacts a : d.applications.values()) {
            if (a.status == ApplicationStatus.AWARDED) {
                looked(QualityCheck.AWARDED_APPLICATION_WITHOUT_GRANT);
                if (!d.grantedApplications.contains(a.id)) {
                    flag(QualityCheck.AWARDED_APPLICATION_WITHOUT_GRANT, () -> Finding.of(QualityCheck.AWARDED_APPLICATION_WITHOUT_GRANT,
                            List.of(subject("application", a.id, "", a.pointer)), args("application", a.id)));
                }
            }
        }
        document = null;
    }

    /**
     * Runs the identity checks over every document's organisations and gives the report.
     *
     * @return the report
     * @throws IllegalStateException when a document is still open or the analysis already finished
     */
    public QualityReport finish() {
        checkOpen();
        if (document != null) {
            throw new IllegalStateException("document " + document.name + " is still open: end it first");
        }
        identity();
        finished = true;
        List<CheckResult> results = new ArrayList<>();
        for (QualityCheck check : QualityCheck.values()) {
            int i = check.ordinal();
            results.add(CheckResult.of(check, looked[i], flagged[i], kept.get(i)));
        }
        return QualityReport.of(documents, results);
    }

    // ---- grants

    private void grantAlone(Grant g, String pointer) {
        String id = g.getId();
        looked(QualityCheck.TITLE_TOO_LONG);
        for (Map.Entry<String, String> t : g.getTitle().asMap().entrySet()) {
            int length = t.getValue().codePointCount(0, t.getValue().length());
            if (length > MAX_TITLE_LENGTH) {
                flag(QualityCheck.TITLE_TOO_LONG, () -> Finding.of(QualityCheck.TITLE_TOO_LONG,
                        List.of(subject("grant", id, "title/" + t.getKey(), pointer)),
                        args("grant", id, "language", t.getKey(), "length", String.valueOf(length),
                                "limit", String.valueOf(MAX_TITLE_LENGTH))));
                break;
            }
        }
        if (g.getDescription().isPresent()) {
            looked(QualityCheck.TITLE_EQUALS_DESCRIPTION);
            LocalizedText description = g.getDescription().get();
            for (Map.Entry<String, String> t : g.getTitle().asMap().entrySet()) {
                Optional<String> d = description.get(t.getKey());
                if (d.isPresent() && sameText(t.getValue(), d.get())) {
                    flag(QualityCheck.TITLE_EQUALS_DESCRIPTION, () -> Finding.of(QualityCheck.TITLE_EQUALS_DESCRIPTION,
                            List.of(subject("grant", id, "description/" + t.getKey(), pointer)),
                            args("grant", id, "language", t.getKey())));
                    break;
                }
            }
        }
        // the dates one by one, not through a map: this runs for every grant of a file
        PartialDate award = g.getAwardDate().orElse(null);
        DatePeriod period = g.getPeriod().orElse(null);
        if (award != null || period != null) {
            looked(QualityCheck.DATE_FAR_PAST);
            looked(QualityCheck.DATE_FAR_FUTURE);
            int done = date("grant", id, pointer, "awardDate", award, 0);
            if (period != null) {
                done = date("grant", id, pointer, "period/start", period.getStart().orElse(null), done);
                date("grant", id, pointer, "period/end", period.getEnd().orElse(null), done);
            }
        }
        if (award != null) {
            looked(QualityCheck.AWARD_AFTER_PUBLICATION);
            if (award.getFirstDay().isAfter(options.getPublished())) {
                flag(QualityCheck.AWARD_AFTER_PUBLICATION, () -> Finding.of(QualityCheck.AWARD_AFTER_PUBLICATION,
                        List.of(subject("grant", id, "awardDate", pointer)),
                        args("grant", id, "date", award.toString(), "published", options.getPublished().toString())));
            }
        }
    }

    private static boolean isResolved(DocumentState d, Grant g) {
        String callId = g.getCall().orElse(null);
        CallFacts call = callId == null ? null : d.calls.get(callId);
        if (callId != null && (call == null || call.call == null)) {
            return false;
        }
        String applicationId = g.getApplication().orElse(null);
        if (applicationId != null && !d.applications.containsKey(applicationId)) {
            return false;
        }
        String project = g.getProject().orElse(call == null ? null : call.call.getProject());
        return project == null || d.projects.containsKey(project);
    }

    private void grantInContext(DocumentState d, Grant g, String pointer) {
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
            coverage = application.coverage;
        }
        looked(QualityCheck.NO_BENEFICIARY_LOCATION);
        if (coverage.isNotStated()) {
            flag(QualityCheck.NO_BENEFICIARY_LOCATION, () -> Finding.of(QualityCheck.NO_BENEFICIARY_LOCATION,
                    List.of(subject("grant", id, coverageProperty, pointer)),
                    args("grant", id)));
        }
        if (call != null && !call.getEligibleCoverage().isNotStated() && !coverage.isNotStated()) {
            looked(QualityCheck.GRANT_OUTSIDE_ELIGIBLE_AREA);
            Optional<String> outside = facts.outside(coverage, c -> outside(c, call.getEligibleCoverage()));
            if (outside.isPresent()) {
                flag(QualityCheck.GRANT_OUTSIDE_ELIGIBLE_AREA, () -> Finding.of(QualityCheck.GRANT_OUTSIDE_ELIGIBLE_AREA,
                        List.of(subject("grant", id, coverageProperty, pointer),
                        subject("call", call.getId(), "eligibleCoverage", facts.pointer)),
                        args("grant", id, "place", outside.get(), "call", call.getId(),
                                "eligible", describe(call.getEligibleCoverage()))));
            }
        }
        if (call != null && g.getAmountAwarded().isPresent()) {
            Money amount = g.getAmountAwarded().get();
            Optional<String> currency = facts.currency(lot);
            if (currency.isPresent()) {
                looked(QualityCheck.GRANT_CURRENCY_DIFFERS);
                if (!currency.get().equals(amount.getCurrencyCode())) {
                    flag(QualityCheck.GRANT_CURRENCY_DIFFERS, () -> Finding.of(QualityCheck.GRANT_CURRENCY_DIFFERS,
                            List.of(subject("grant", id, "amountAwarded", pointer),
                            subject("call", call.getId(), "", facts.pointer)),
                            args("grant", id, "amount", amount.toString(), "call", call.getId(),
                                    "currency", currency.get())));
                }
            }
            Optional<MoneyRange> size = lot.flatMap(Lot::getGrantSize).or(call::getGrantSize);
            if (size.isPresent() && size.get().getCurrencyCode().equals(amount.getCurrencyCode())) {
                looked(QualityCheck.GRANT_AMOUNT_OUTSIDE_SIZE);
                if (!size.get().contains(amount)) {
                    String where = lot.filter(l -> l.getGrantSize().isPresent()).isPresent() ? "lots/"
                            + call.getLots().indexOf(lot.get()) + "/grantSize" : "grantSize";
                    flag(QualityCheck.GRANT_AMOUNT_OUTSIDE_SIZE, () -> Finding.of(QualityCheck.GRANT_AMOUNT_OUTSIDE_SIZE,
                            List.of(subject("grant", id, "amountAwarded", pointer),
                            subject("call", call.getId(), where, facts.pointer)),
                            args("grant", id, "amount", amount.toString(), "call", call.getId(),
                                    "size", describe(size.get()))));
                }
            }
        }
        if (g.getAwardDate().isPresent()) {
            PartialDate award = g.getAwardDate().get();
            if (call != null && call.getAnnounced().isPresent()) {
                looked(QualityCheck.AWARD_BEFORE_CALL_ANNOUNCED);
                if (award.getLastDay().isBefore(call.getAnnounced().get().getFirstDay())) {
                    flag(QualityCheck.AWARD_BEFORE_CALL_ANNOUNCED, () -> Finding.of(QualityCheck.AWARD_BEFORE_CALL_ANNOUNCED,
                            List.of(subject("grant", id, "awardDate", pointer),
                            subject("call", call.getId(), "announced", facts.pointer)),
                            args("grant", id, "date", award.toString(), "call", call.getId(),
                                    "announced", call.getAnnounced().get().toString())));
                }
            }
            if (call != null && call.getDeadline().isPresent()) {
                looked(QualityCheck.AWARD_BEFORE_DEADLINE);
                if (award.getLastDay().isBefore(call.getDeadline().get().getFirstDay())) {
                    flag(QualityCheck.AWARD_BEFORE_DEADLINE, () -> Finding.of(QualityCheck.AWARD_BEFORE_DEADLINE,
                            List.of(subject("grant", id, "awardDate", pointer),
                            subject("call", call.getId(), "deadline", facts.pointer)),
                            args("grant", id, "date", award.toString(), "call", call.getId(),
                                    "deadline", call.getDeadline().get().toString())));
                }
            }
            Optional<PartialDate> end = project == null ? Optional.empty()
                    : project.value.getPeriod().flatMap(DatePeriod::getEnd);
            if (end.isPresent()) {
                looked(QualityCheck.AWARD_AFTER_PROJECT_END);
                if (award.getFirstDay().isAfter(end.get().getLastDay())) {
                    flag(QualityCheck.AWARD_AFTER_PROJECT_END, () -> Finding.of(QualityCheck.AWARD_AFTER_PROJECT_END,
                            List.of(subject("grant", id, "awardDate", pointer),
                            subject("project", project.value.getId(), "period/end", project.pointer)),
                            args("grant", id, "date", award.toString(), "project", project.value.getId(),
                                    "end", end.get().toString())));
                }
            }
        }
        if (application != null) {
            looked(QualityCheck.GRANT_ON_UNAWARDED_APPLICATION);
            if (application.status != ApplicationStatus.AWARDED) {
                flag(QualityCheck.GRANT_ON_UNAWARDED_APPLICATION, () -> Finding.of(QualityCheck.GRANT_ON_UNAWARDED_APPLICATION,
                        List.of(subject("grant", id, "application", pointer),
                        subject("application", application.id, "statusHistory", application.pointer)),
                        args("grant", id, "application", application.id, "status", application.status.getCode())));
            }
        }
    }

    /** The currency every amount of a call (or its lot) is stated in, when it states one. */
    private static Optional<String> callCurrency(CallForProposals call, Optional<Lot> lot) {
        Optional<Money> stated = lot.flatMap(Lot::getEnvelope)
                .or(() -> lot.flatMap(Lot::getGrantSize).flatMap(r -> r.getMax().or(r::getMin)))
                .or(call::getEnvelope)
                .or(() -> call.getGrantSize().flatMap(r -> r.getMax().or(r::getMin)));
        return stated.map(Money::getCurrencyCode);
    }

    /** The first place of a coverage known to lie outside another, if any. */
    private Optional<String> outside(RegionalCoverage coverage, RegionalCoverage eligible) {
        Gazetteer gazetteer = options.getGazetteer();
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
            if (!inside && eligible.getUnitRefs().stream().allMatch(u -> gazetteer.find(u).isPresent())) {
                return Optional.of(unit.toString());
            }
        }
        return Optional.empty();
    }

    // ---- projects and calls, at the end of a document

    private void projectInContext(DocumentState d, Project p, String pointer) {
        Located<DonorProgramme> programme = p.getProgramme().map(d.programmes::get).orElse(null);
        if (programme == null) {
            return;
        }
        looked(QualityCheck.FUNDER_NOT_PARTICIPANT);
        OrganisationId donor = programme.value.getDonor();
        if (p.getParticipants().stream().map(Participation::getOrganisation).noneMatch(donor::equals)) {
            flag(QualityCheck.FUNDER_NOT_PARTICIPANT, () -> Finding.of(QualityCheck.FUNDER_NOT_PARTICIPANT,
                    List.of(subject("project", p.getId(), "participants", pointer),
                    subject("programme", programme.value.getId(), "donor", programme.pointer)),
                    args("project", p.getId(), "donor", donor.toString(), "programme", programme.value.getId())));
        }
        Optional<DatePeriod> outer = programme.value.getPeriod();
        Optional<DatePeriod> inner = p.getPeriod();
        if (outer.isPresent() && inner.isPresent()) {
            looked(QualityCheck.PROJECT_OUTSIDE_PROGRAMME_PERIOD);
            String property = null;
            if (inner.get().getStart().isPresent() && outer.get().getStart().isPresent()
                    && inner.get().getStart().get().getLastDay().isBefore(outer.get().getStart().get().getFirstDay())) {
                property = "period/start";
            } else if (inner.get().getEnd().isPresent() && outer.get().getEnd().isPresent()
                    && inner.get().getEnd().get().getFirstDay().isAfter(outer.get().getEnd().get().getLastDay())) {
                property = "period/end";
            }
            if (property != null) {
                String at = property;
                flag(QualityCheck.PROJECT_OUTSIDE_PROGRAMME_PERIOD, () -> Finding.of(
                        QualityCheck.PROJECT_OUTSIDE_PROGRAMME_PERIOD, List.of(subject("project", p.getId(), at, pointer),
                        subject("programme", programme.value.getId(), "period", programme.pointer)),
                        args("project", p.getId(), "period", describe(inner.get()), "programme",
                                programme.value.getId(), "programmePeriod", describe(outer.get()))));
            }
        }
    }

    private void callTotals(CallFacts facts) {
        CallForProposals call = facts.call;
        String id = call.getId();
        if (call.getEnvelope().isPresent()) {
            overEnvelope(facts, subject("call", id, "envelope", facts.pointer), "call " + id, call.getEnvelope().get(), facts);
        }
        if (call.getPlannedGrants().isPresent()) {
            overPlanned(subject("call", id, "plannedGrants", facts.pointer), "call " + id, call.getPlannedGrants().get(),
                    facts.grants);
        }
        for (int i = 0; i < call.getLots().size(); i++) {
            Lot lot = call.getLots().get(i);
            Tally tally = facts.lots.getOrDefault(lot.getId(), new Tally());
            String lotId = id + "/" + lot.getId();
            if (lot.getEnvelope().isPresent()) {
                overEnvelope(facts, subject("lot", lotId, "lots/" + i + "/envelope", facts.pointer), "lot " + lotId,
                        lot.getEnvelope().get(), tally);
            }
            if (lot.getPlannedGrants().isPresent()) {
                overPlanned(subject("lot", lotId, "lots/" + i + "/plannedGrants", facts.pointer), "lot " + lotId,
                        lot.getPlannedGrants().get(), tally.grants);
            }
        }
        if (call.getResults().isPresent()) {
            Optional<Integer> received = call.getResults().get().getApplicationsReceived();
            if (received.isPresent()) {
                looked(QualityCheck.RESULTS_RECEIVED_BELOW_PRESENT);
                if (facts.applications > received.get()) {
                    flag(QualityCheck.RESULTS_RECEIVED_BELOW_PRESENT, () -> Finding.of(QualityCheck.RESULTS_RECEIVED_BELOW_PRESENT,
                            List.of(subject("call", id, "results/applicationsReceived", facts.pointer)),
                            args("call", id, "reported", received.get().toString(),
                                    "present", String.valueOf(facts.applications))));
                }
            }
            Optional<Integer> selected = call.getResults().get().getApplicationsSelected();
            if (selected.isPresent()) {
                looked(QualityCheck.RESULTS_SELECTED_BELOW_PRESENT);
                long present = Math.max(facts.grants, facts.awardedApplications);
                if (present > selected.get()) {
                    flag(QualityCheck.RESULTS_SELECTED_BELOW_PRESENT, () -> Finding.of(QualityCheck.RESULTS_SELECTED_BELOW_PRESENT,
                            List.of(subject("call", id, "results/applicationsSelected", facts.pointer)),
                            args("call", id, "reported", selected.get().toString(),
                                    "grants", String.valueOf(facts.grants),
                                    "awarded", String.valueOf(facts.awardedApplications))));
                }
            }
        }
    }

    private void overEnvelope(CallFacts facts, Subject subject, String id, Money envelope, Tally tally) {
        looked(QualityCheck.GRANTS_OVER_ENVELOPE);
        BigDecimal sum = tally.sums.get(envelope.getCurrencyCode());
        if (sum != null && sum.compareTo(envelope.getAmount()) > 0) {
            Money total = Money.of(sum, envelope.getCurrencyCode());
            long others = tally.sums.keySet().stream().filter(c -> !c.equals(envelope.getCurrencyCode())).count();
            flag(QualityCheck.GRANTS_OVER_ENVELOPE, () -> Finding.of(QualityCheck.GRANTS_OVER_ENVELOPE,
                    List.of(subject), args("object", id, "total", total.toString(),
                    "envelope", envelope.toString(), "otherCurrencies", String.valueOf(others))));
        }
    }

    private void overPlanned(Subject subject, String id, int planned, long grants) {
        looked(QualityCheck.GRANTS_OVER_PLANNED);
        if (grants > planned) {
            flag(QualityCheck.GRANTS_OVER_PLANNED, () -> Finding.of(QualityCheck.GRANTS_OVER_PLANNED,
                    List.of(subject), args("object", id,
                    "grants", String.valueOf(grants), "planned", String.valueOf(planned))));
        }
    }

    // ---- values on their own

    private void zeroAmounts(Subject self, Map<String, Money> amounts) {
        if (amounts.isEmpty()) {
            return;
        }
        looked(QualityCheck.ZERO_AMOUNT);
        for (Map.Entry<String, Money> e : amounts.entrySet()) {
            if (e.getValue().getAmount().signum() == 0) {
                flag(QualityCheck.ZERO_AMOUNT, () -> Finding.of(QualityCheck.ZERO_AMOUNT, List.of(at(self, e.getKey())),
                        args("object", self.getKind() + " " + self.getId(), "property", e.getKey().replace('/', '.'),
                                "amount", e.getValue().toString())));
                return;
            }
        }
    }

    private void dates(Subject self, Map<String, PartialDate> dates) {
        if (dates.isEmpty()) {
            return;
        }
        looked(QualityCheck.DATE_FAR_PAST);
        looked(QualityCheck.DATE_FAR_FUTURE);
        int done = 0;
        for (Map.Entry<String, PartialDate> e : dates.entrySet()) {
            done = date(self.getKind(), self.getId(), self.getPointer().orElse(null), e.getKey(), e.getValue(), done);
        }
    }

    private static final int PAST = 1;
    private static final int FUTURE = 2;

    /**
     * Checks one date of an object against the plausible range.
     *
     * @param date the date, or null when not stated
     * @param done what the object's earlier dates were already flagged for ({@link #PAST}, {@link #FUTURE}):
     *     an object is flagged once per check
     * @return {@code done} with what this date was flagged for
     */
    private int date(String kind, String id, String pointer, String property, PartialDate date, int done) {
        if (date == null) {
            return done;
        }
        int now = done;
        if ((done & PAST) == 0 && date.getLastDay().isBefore(options.getEarliest())) {
            now |= PAST;
            flag(QualityCheck.DATE_FAR_PAST, () -> Finding.of(QualityCheck.DATE_FAR_PAST,
                    List.of(subject(kind, id, property, pointer)), args("object", kind + " " + id,
                            "property", property.replace('/', '.'), "date", date.toString(),
                            "earliest", options.getEarliest().toString())));
        }
        if ((done & FUTURE) == 0 && date.getFirstDay().isAfter(farFuture)) {
            now |= FUTURE;
            flag(QualityCheck.DATE_FAR_FUTURE, () -> Finding.of(QualityCheck.DATE_FAR_FUTURE,
                    List.of(subject(kind, id, property, pointer)), args("object", kind + " " + id,
                            "property", property.replace('/', '.'), "date", date.toString(),
                            "latest", farFuture.toString())));
        }
        return now;
    }

    private static Map<String, PartialDate> periodDates(Optional<DatePeriod> period, String property) {
        if (period.isEmpty()) {
            return Map.of();
        }
        Map<String, PartialDate> out = new LinkedHashMap<>(2);
        period.get().getStart().ifPresent(d -> out.put(property + "/start", d));
        period.get().getEnd().ifPresent(d -> out.put(property + "/end", d));
        return out;
    }

    // ---- identity, across documents

    private void identity() {
        // one id, names that share no key
        for (List<OrganisationRecord> records : organisations.values()) {
            Set<String> docs = new HashSet<>();
            records.forEach(r -> docs.add(r.document));
            if (docs.size() < 2) {
                continue;
            }
            looked(QualityCheck.ID_WITH_SEVERAL_NAMES);
            OrganisationRecord first = records.get(0);
            for (OrganisationRecord other : records.subList(1, records.size())) {
                if (!other.document.equals(first.document) && shareLanguage(first, other) && !shareKey(first, other)) {
                    flag(QualityCheck.ID_WITH_SEVERAL_NAMES, () -> Finding.of(QualityCheck.ID_WITH_SEVERAL_NAMES,
                            List.of(first.subject("name"), other.subject("name")),
                            args("organisation", first.id.toString(), "document", first.document,
                                    "name", first.keys.get(0).text, "otherDocument", other.document,
                                    "otherName", other.keys.get(0).text)));
                    break;
                }
            }
        }
        // several ids, names that share a key: union the ids over each key
        Map<String, Set<OrganisationId>> idsByKey = new LinkedHashMap<>();
        for (List<OrganisationRecord> records : organisations.values()) {
            for (OrganisationRecord r : records) {
                for (NameKey k : r.keys) {
                    if (OrganisationNames.isDistinctive(k.key)) {
                        idsByKey.computeIfAbsent(k.key, x -> new LinkedHashSet<>()).add(r.id);
                    }
                }
            }
        }
        Map<OrganisationId, OrganisationId> parent = new HashMap<>();
        for (OrganisationId id : organisations.keySet()) {
            parent.put(id, id);
        }
        for (Set<OrganisationId> ids : idsByKey.values()) {
            OrganisationId head = null;
            for (OrganisationId id : ids) {
                if (head == null) {
                    head = root(parent, id);
                } else {
                    parent.put(root(parent, id), head);
                    head = root(parent, head);
                }
            }
        }
        Map<OrganisationId, List<OrganisationId>> groups = new LinkedHashMap<>();
        for (OrganisationId id : organisations.keySet()) {
            looked(QualityCheck.PROBABLY_SAME_ORGANISATION);
            groups.computeIfAbsent(root(parent, id), x -> new ArrayList<>()).add(id);
        }
        for (List<OrganisationId> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            List<Subject> subjects = new ArrayList<>();
            List<String> evidence = new ArrayList<>();
            Set<String> keysShown = new LinkedHashSet<>();
            for (Map.Entry<String, Set<OrganisationId>> e : idsByKey.entrySet()) {
                if (e.getValue().size() > 1 && group.contains(e.getValue().iterator().next())) {
                    keysShown.add(e.getKey());
                }
            }
            for (OrganisationId id : group) {
                OrganisationRecord r = organisations.get(id).get(0);
                for (NameKey k : r.keys) {
                    if (keysShown.contains(k.key)) {
                        subjects.add(r.subject(k.property));
                        evidence.add(id + " " + k.property.replace('/', '.') + " \u00ab" + k.text + "\u00bb \u2192 " + k.key);
                        break;
                    }
                }
            }
            List<String> ids = group.stream().map(OrganisationId::toString).toList();
            flagCounted(QualityCheck.PROBABLY_SAME_ORGANISATION, group.size(), () -> Finding.of(
                    QualityCheck.PROBABLY_SAME_ORGANISATION, subjects,
                    args("organisations", String.join(", ", ids), "evidence", String.join("; ", evidence))));
        }
    }

    private static OrganisationId root(Map<OrganisationId, OrganisationId> parent, OrganisationId id) {
        OrganisationId r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        parent.put(id, r);
        return r;
    }

    /**
     * Whether two records name the organisation in a common language: only then can names that do not match
     * be told from a translation (Нарынский центр экономического развития and Нарын экономикалык өнүктүрүү
     * борбору are one name in ru and ky).
     */
    private static boolean shareLanguage(OrganisationRecord a, OrganisationRecord b) {
        for (NameKey x : a.keys) {
            for (NameKey y : b.keys) {
                if (x.property.startsWith("name/") && x.property.equals(y.property)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean shareKey(OrganisationRecord a, OrganisationRecord b) {
        for (NameKey x : a.keys) {
            for (NameKey y : b.keys) {
                if (!x.key.isEmpty() && x.key.equals(y.key)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- bookkeeping

    private void looked(QualityCheck check) {
        looked[check.ordinal()]++;
    }

    /** Counts a flagged object; the finding is built only while the check keeps findings: most are only counted. */
    private void flag(QualityCheck check, Supplier<Finding> finding) {
        flagCounted(check, 1, finding);
    }

    private void flagCounted(QualityCheck check, int objects, Supplier<Finding> finding) {
        int i = check.ordinal();
        flagged[i] += objects;
        if (kept.get(i).size() < options.getExamples()) {
            kept.get(i).add(finding.get());
        }
    }

    private Subject subject(String kind, String id, String property, String pointer) {
        return Subject.of(kind, id, property, pointer, document == null ? null : document.name);
    }

    private static Subject at(Subject self, String property) {
        return Subject.of(self.getKind(), self.getId(), property,
                self.getPointer().orElse(null), self.getDocument().orElse(null));
    }

    private DocumentState current() {
        checkOpen();
        if (document == null) {
            throw new IllegalStateException("no document is open: call startDocument first");
        }
        return document;
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("the analysis has finished");
        }
    }

    private static Map<String, String> args(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }

    private static boolean isDigits(String s, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
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

    private static String describe(DatePeriod period) {
        return period.getStart().map(PartialDate::toString).orElse("…") + " – "
                + period.getEnd().map(PartialDate::toString).orElse("…");
    }

    // ---- state

    /** What one document's cross-object checks keep; dropped at its end. */
    private static final class DocumentState {
        final String name;
        final Map<String, Located<DonorProgramme>> programmes = new HashMap<>();
        final Map<String, Located<Project>> projects = new LinkedHashMap<>();
        final Map<String, CallFacts> calls = new LinkedHashMap<>();
        final Map<String, ApplicationFacts> applications = new LinkedHashMap<>();
        final Set<String> grantedApplications = new HashSet<>();
        final List<Located<Grant>> pending = new ArrayList<>();

        DocumentState(String name) {
            this.name = name;
        }

        CallFacts call(String id) {
            return calls.computeIfAbsent(id, k -> new CallFacts());
        }
    }

    /** The number of grants and their sums by currency. */
    private static class Tally {
        long grants;
        final Map<String, BigDecimal> sums = new TreeMap<>();

        void add(Money amount) {
            sums.merge(amount.getCurrencyCode(), amount.getAmount(), BigDecimal::add);
        }
    }

    /** A call (once seen) with the tallies of its grants, lots and applications, which may arrive first. */
    private static final class CallFacts extends Tally {
        CallForProposals call;
        String pointer;
        final Map<String, Tally> lots = new HashMap<>();
        long applications;
        long awardedApplications;
        /** Found once per call, not per grant: the lots by id and the currency of each lot and of the call. */
        private Map<String, Optional<Lot>> lotsById;
        private Map<String, Optional<String>> currencies;
        private Optional<String> callCurrency;
        /** Grants of a call share few coverages: where each lies is worked out once (up to a bound). */
        private final Map<RegionalCoverage, Optional<String>> outside = new HashMap<>();

        Optional<String> outside(RegionalCoverage coverage, java.util.function.Function<RegionalCoverage,
                Optional<String>> compute) {
            Optional<String> known = outside.get(coverage);
            if (known == null) {
                known = compute.apply(coverage);
                if (outside.size() < OUTSIDE_CACHE) {
                    outside.put(coverage, known);
                }
            }
            return known;
        }

        Optional<Lot> lot(String id) {
            if (lotsById == null) {
                lotsById = new HashMap<>();
                call.getLots().forEach(l -> lotsById.put(l.getId(), Optional.of(l)));
            }
            return lotsById.getOrDefault(id, Optional.empty());
        }

        Optional<String> currency(Optional<Lot> lot) {
            if (lot.isEmpty()) {
                if (callCurrency == null) {
                    callCurrency = callCurrency(call, lot);
                }
                return callCurrency;
            }
            if (currencies == null) {
                currencies = new HashMap<>();
            }
            return currencies.computeIfAbsent(lot.get().getId(), k -> callCurrency(call, lot));
        }
    }

    private record Located<T>(T value, String pointer) {}

    private record ApplicationFacts(String id, String call, ApplicationStatus status, RegionalCoverage coverage,
            String pointer) {}

    private record NameKey(String property, String text, String key) {
        NameKey(String property, String text) {
            this(property, text, OrganisationNames.key(text));
        }
    }

    private record OrganisationRecord(OrganisationId id, String document, String pointer, List<NameKey> keys) {
        Subject subject(String property) {
            return Subject.of("organisation", id.toString(), property, pointer, document);
        }
    }
}
