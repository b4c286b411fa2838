package kg.kichi.core.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.money.Money;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Project;

/**
 * What the cross-object checks keep of one document while it is read; dropped at its end.
 *
 * <p>Kept: its programmes, projects and calls (calls as {@link CallFacts}, with the tallies of their grants), a
 * few facts per application, the ids of the applications its grants name, and the grants that arrived before an
 * object they name (checked at the document's end). Grants themselves are not kept otherwise. Projects, calls
 * and applications keep the order they arrived in, so the checks at the document's end report in that order.
 */
final class DocumentState {
    final String name;
    final Map<String, Located<DonorProgramme>> programmes = new HashMap<>();
    final Map<String, Located<Project>> projects = new LinkedHashMap<>();
    final Map<String, CallFacts> calls = new LinkedHashMap<>();
    final Map<String, ApplicationFacts> applications = new LinkedHashMap<>();
    final Set<String> grantedApplications = new HashSet<>();
    /** Grants that name a call, project or application the document has not given yet. */
    final List<Located<Grant>> pending = new ArrayList<>();

    DocumentState(String name) {
        this.name = name;
    }

    /** @return the call's facts, begun empty when the call has not been seen, nor anything naming it */
    CallFacts call(String id) {
        return calls.computeIfAbsent(id, k -> new CallFacts());
    }

    /** Keeps what the checks need of an application, and counts it in its call. */
    void addApplication(Application value, String pointer) {
        ApplicationStatus status = value.getStatus();
        applications.put(value.getId(), new ApplicationFacts(value.getId(), value.getCall(), status,
                value.getCoverage(), pointer));
        CallFacts call = call(value.getCall());
        call.applications++;
        if (status == ApplicationStatus.AWARDED) {
            call.awardedApplications++;
        }
    }

    /** Counts a grant in its call and lot, and notes the application it names; the grant itself is not kept. */
    void countGrant(Grant value) {
        Optional<Money> amount = value.getAmountAwarded();
        if (value.getCall().isPresent()) {
            CallFacts call = call(value.getCall().get());
            call.grants++;
            amount.ifPresent(m -> call.add(m));
            if (value.getLot().isPresent()) {
                Tally lot = call.lots.computeIfAbsent(value.getLot().get(), k -> new Tally());
                lot.grants++;
                amount.ifPresent(lot::add);
            }
        }
        value.getApplication().ifPresent(grantedApplications::add);
    }

    /** Whether every object the grant names (its call, application and project) is already known. */
    boolean isResolved(Grant g) {
        String callId = g.getCall().orElse(null);
        CallFacts call = callId == null ? null : calls.get(callId);
        if (callId != null && (call == null || call.call == null)) {
            return false;
        }
        String applicationId = g.getApplication().orElse(null);
        if (applicationId != null && !applications.containsKey(applicationId)) {
            return false;
        }
        String project = g.getProject().orElse(call == null ? null : call.call.getProject());
        return project == null || projects.containsKey(project);
    }

    /** A subject in this document: an object, or one of its properties ({@code property} empty for the object). */
    Subject subject(String kind, String id, String property, String pointer) {
        return Subject.of(kind, id, property, pointer, name);
    }

    /** An object with its JSON Pointer ({@code null} when not read from a document). */
    record Located<T>(T value, String pointer) {}

    /** What the checks need of an application: whether a grant names it is known only at the document's end. */
    record ApplicationFacts(String id, String call, ApplicationStatus status, RegionalCoverage coverage,
            String pointer) {}
}
