package kg.kichi.benchmarks.json.pojo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pass a developer writes after Bean Validation, which checks each object alone: every identifier unique in its
 * collection, every reference naming an object of the document (a lot, one of its call's lots).
 */
public final class References {
    private References() {
    }

    /**
     * Checks a document's identifiers and references.
     *
     * @param document the document, already validated object by object
     * @return one line per problem, empty when there is none
     */
    public static List<String> problems(DocumentPojo document) {
        List<String> problems = new ArrayList<>();
        Set<String> organisations = ids(document.organisations, o -> o.id, "organisations", problems);
        Set<String> programmes = ids(document.programmes, p -> p.id, "programmes", problems);
        Set<String> projects = ids(document.projects, p -> p.id, "projects", problems);
        Set<String> applications = ids(document.applications, a -> a.id, "applications", problems);
        ids(document.grants, g -> g.id, "grants", problems);
        Map<String, Set<String>> lotsByCall = new HashMap<>();
        for (CallPojo call : list(document.calls)) {
            if (lotsByCall.put(call.id, ids(call.lots, l -> l.id, "calls/" + call.id + "/lots", problems)) != null) {
                problems.add("calls: " + call.id + " twice");
            }
            refer(projects, call.project, "calls/" + call.id + "/project", problems);
        }
        for (ProgrammePojo programme : list(document.programmes)) {
            refer(organisations, programme.donor, "programmes/" + programme.id + "/donor", problems);
            refer(programmes, programme.parent, "programmes/" + programme.id + "/parent", problems);
        }
        for (ProjectPojo project : list(document.projects)) {
            refer(programmes, project.programme, "projects/" + project.id + "/programme", problems);
            for (ProjectPojo.Participant participant : list(project.participants)) {
                refer(organisations, participant.organisation, "projects/" + project.id + "/participants", problems);
            }
        }
        for (ApplicationPojo application : list(document.applications)) {
            String where = "applications/" + application.id;
            refer(lotsByCall.keySet(), application.call, where + "/call", problems);
            refer(lotsByCall.getOrDefault(application.call, Set.of()), application.lot, where + "/lot", problems);
            members(application.partnership, organisations, where, problems);
        }
        for (GrantPojo grant : list(document.grants)) {
            String where = "grants/" + grant.id;
            refer(lotsByCall.keySet(), grant.call, where + "/call", problems);
            refer(lotsByCall.getOrDefault(grant.call, Set.of()), grant.lot, where + "/lot", problems);
            refer(applications, grant.application, where + "/application", problems);
            refer(projects, grant.project, where + "/project", problems);
            members(grant.partnership, organisations, where, problems);
        }
        return problems;
    }

    private static void members(ValuePojos.Partnership partnership, Set<String> organisations, String where,
            List<String> problems) {
        if (partnership != null) {
            for (ValuePojos.Member member : list(partnership.members)) {
                refer(organisations, member.organisation, where + "/partnership", problems);
            }
        }
    }

    private static <T> Set<String> ids(List<T> objects, java.util.function.Function<T, String> id, String where,
            List<String> problems) {
        Set<String> ids = new HashSet<>();
        for (T object : list(objects)) {
            if (!ids.add(id.apply(object))) {
                problems.add(where + ": " + id.apply(object) + " twice");
            }
        }
        return ids;
    }

    private static void refer(Set<String> targets, String reference, String where, List<String> problems) {
        if (reference != null && !targets.contains(reference)) {
            problems.add(where + ": no " + reference);
        }
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
