package kg.kichi.core.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kg.kichi.core.application.Application;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.Lot;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.money.Money;
import kg.kichi.core.money.MoneyRange;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Project;
import kg.kichi.core.quality.DocumentState.Located;
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

    // Where each check lives: this class only feeds objects to them and keeps the documents' state.
    // Per object on its own: DateChecks, ZeroAmountCheck, GrantChecks.alone, OrganisationIdentity.organisation.
    // Per object in its document: GrantChecks.inContext (as soon as what the grant names is known), and at the
    // document's end ProjectChecks, CallTotals and ApplicationChecks. Across documents: OrganisationIdentity.
    private final Findings findings;
    private final DateChecks dates;
    private final ZeroAmountCheck zeroAmounts;
    private final GrantChecks grants;
    private final ProjectChecks projects;
    private final CallTotals callTotals;
    private final ApplicationChecks applications;
    private final OrganisationIdentity identity;
    private final List<String> documents = new ArrayList<>();
    private DocumentState document;
    private boolean finished;

    private QualityAnalysis(QualityOptions options) {
        Objects.requireNonNull(options, "options");
        this.findings = new Findings(options.getExamples());
        this.dates = new DateChecks(findings, options);
        this.zeroAmounts = new ZeroAmountCheck(findings);
        this.grants = new GrantChecks(findings, dates, options);
        this.projects = new ProjectChecks(findings);
        this.callTotals = new CallTotals(findings);
        this.applications = new ApplicationChecks(findings);
        this.identity = new OrganisationIdentity(findings);
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
        identity.organisation(value, current().name, pointer);
    }

    /**
     * @param value a programme
     * @param pointer its JSON Pointer, or {@code null}
     */
    public void programme(DonorProgramme value, String pointer) {
        DocumentState d = current();
        d.programmes.put(value.getId(), new Located<>(value, pointer));
        Subject self = d.subject("programme", value.getId(), "", pointer);
        zeroAmounts.check(self, value.getBudget().map(b -> Map.of("budget", b)).orElse(Map.of()));
        dates.dates(self, DateChecks.periodDates(value.getPeriod(), "period"));
    }

    /**
     * @param value a project
     * @param pointer its JSON Pointer, or {@code null}
     */
    public void project(Project value, String pointer) {
        DocumentState d = current();
        d.projects.put(value.getId(), new Located<>(value, pointer));
        Subject self = d.subject("project", value.getId(), "", pointer);
        zeroAmounts.check(self, value.getBudget().map(b -> Map.of("budget", b)).orElse(Map.of()));
        dates.dates(self, DateChecks.periodDates(value.getPeriod(), "period"));
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
        Subject self = d.subject("call", value.getId(), "", pointer);
        Map<String, Money> amounts = new LinkedHashMap<>();
        value.getEnvelope().ifPresent(m -> amounts.put("envelope", m));
        value.getGrantSize().flatMap(MoneyRange::getMax).ifPresent(m -> amounts.put("grantSize/max", m));
        for (int i = 0; i < value.getLots().size(); i++) {
            Lot lot = value.getLots().get(i);
            int index = i;
            lot.getEnvelope().ifPresent(m -> amounts.put("lots/" + index + "/envelope", m));
            lot.getGrantSize().flatMap(MoneyRange::getMax).ifPresent(m -> amounts.put("lots/" + index + "/grantSize/max", m));
        }
        zeroAmounts.check(self, amounts);
        Map<String, PartialDate> stated = new LinkedHashMap<>();
        value.getAnnounced().ifPresent(x -> stated.put("announced", x));
        value.getDeadline().ifPresent(x -> stated.put("deadline", x));
        stated.putAll(DateChecks.periodDates(value.getImplementationPeriod(), "implementationPeriod"));
        value.getResults().flatMap(r -> r.getAnnouncedOn()).ifPresent(x -> stated.put("results/announcedOn", x));
        dates.dates(self, stated);
    }

    /**
     * @param value an application
     * @param pointer its JSON Pointer, or {@code null}
     */
    public void application(Application value, String pointer) {
        DocumentState d = current();
        d.addApplication(value, pointer);
        Map<String, PartialDate> stated = new LinkedHashMap<>();
        value.getSubmittedAt().ifPresent(t -> stated.put("submittedAt", PartialDate.from(t.toLocalDate())));
        stated.putAll(DateChecks.periodDates(value.getPlannedPeriod(), "plannedPeriod"));
        dates.dates(d.subject("application", value.getId(), "", pointer), stated);
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
        d.countGrant(value);
        grants.alone(d, value, pointer);
        if (d.isResolved(value)) {
            grants.inContext(d, value, pointer);
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
            grants.inContext(d, g.value(), g.pointer());
        }
        for (Located<Project> p : d.projects.values()) {
            projects.check(d, p.value(), p.pointer());
        }
        for (CallFacts c : d.calls.values()) {
            // a call only named by grants or applications, never given, has nothing to total against
            if (c.call != null) {
                callTotals.check(d, c);
            }
        }
        applications.check(d);
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
        identity.acrossDocuments();
        finished = true;
        return QualityReport.of(documents, findings.results());
    }

    // ---- bookkeeping

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
}
