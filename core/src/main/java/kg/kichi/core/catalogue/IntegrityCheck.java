package kg.kichi.core.catalogue;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.Partner;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.Lot;
import kg.kichi.core.evaluation.Criterion;
import kg.kichi.core.evaluation.EvaluationGrid;
import kg.kichi.core.evaluation.Review;
import kg.kichi.core.evaluation.Reviewer;
import kg.kichi.core.evaluation.Score;
import kg.kichi.core.evaluation.Stage;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.Project;
import kg.kichi.core.internal.Constraints;

/**
 * One pass over a catalogue (two over its programmes, which may refer to a programme further on) that reports
 * every duplicate identifier and every dangling reference:
 * programme → donor, parent programme (and no programme its own ancestor); project → programme, participants;
 * call → project; application → call, lot, partners; grant → call, lot, application, project, grant component,
 * partners; reviewer → affiliations; review → application, reviewer, and the stage and criteria of the
 * application's call's grid, every score on its criterion's scale.
 */
final class IntegrityCheck {
    private final AbstractCatalogue catalogue;
    private final ConstraintValidatorContext context;
    private boolean valid = true;

    IntegrityCheck(AbstractCatalogue catalogue, ConstraintValidatorContext context) {
        this.catalogue = catalogue;
        this.context = context;
    }

    boolean run() {
        IdTable<OrganisationId, Organisation> organisations =
                ids("organisations", catalogue.getOrganisations(), Organisation::getId);
        IdTable<String, DonorProgramme> programmes =
                ids("programmes", catalogue.getProgrammes(), DonorProgramme::getId);
        checkProgrammes(organisations, programmes);
        IdTable<String, Project> projects = checkProjects(organisations, programmes);
        // one table both finds duplicate calls and resolves references to calls (to the first call of an id)
        IdTable<String, CallForProposals> calls = checkCalls(projects);
        IdTable<String, Application> applications = checkApplications(organisations, calls);
        checkGrants(organisations, projects, calls, applications);
        if (!catalogue.getReviewers().isEmpty() || !catalogue.getReviews().isEmpty()) {
            checkReviews(calls, applications, checkReviewers(organisations));
        }
        return valid;
    }

    // Plain loops, not one generic visitor: its call would see five lambdas and be compiled as a virtual call.
    // Every collection but programmes refers only to collections before it, so one loop both adds an object's id
    // and checks its references: each object is read from memory once (the check runs on a catalogue read long
    // before, whose objects are mostly out of the cache). Reports may come in another order than collection by
    // collection; violations are sorted by path.

    private void checkProgrammes(IdTable<OrganisationId, Organisation> organisations,
            IdTable<String, DonorProgramme> programmes) {
        ItemPath path = new ItemPath("programmes");
        List<DonorProgramme> programmeList = catalogue.getProgrammes();
        for (int i = 0; i < programmeList.size(); i++) {
            DonorProgramme p = programmeList.get(i);
            if (p != null) {
                path.index = i;
                refer(organisations, p.getDonor(), path, ".donor", "organisation");
                if (p.getParent().isPresent()) { // possibly a programme further on: all ids are added first
                    refer(programmes, p.getParent().get(), path, ".parent", "programme");
                }
            }
        }
        checkParentCycles(programmeList);
    }

    /**
     * Reports each cycle of parents once ({@code kichi.catalogue.parentCycle}), at its programme that comes first
     * in the list: a programme may not be its own ancestor. Each programme is walked at most once (marks per
     * index: 0 unseen, 1 on the current walk, 2 done), so a cycle of 100,000 programmes costs linear time and no
     * stack. A parent is the first programme with its id; unknown parents end a walk (reported as references).
     */
    private void checkParentCycles(List<DonorProgramme> programmeList) {
        int n = programmeList.size();
        IdTable<String, Integer> indexOf = new IdTable<>(n); // each id's first programme, as references resolve
        for (int i = 0; i < n; i++) {
            if (programmeList.get(i) != null) {
                indexOf.add(programmeList.get(i).getId(), i);
            }
        }
        byte[] mark = new byte[n];
        for (int start = 0; start < n; start++) {
            if (mark[start] != 0 || programmeList.get(start) == null) {
                continue;
            }
            int at = start;
            while (at >= 0 && mark[at] == 0) {
                mark[at] = 1;
                at = parentIndex(programmeList.get(at), indexOf);
            }
            if (at >= 0 && mark[at] == 1) { // back on this walk: a new cycle through `at`
                int first = at;
                int length = 0;
                int member = at;
                do {
                    first = Math.min(first, member);
                    length++;
                    member = parentIndex(programmeList.get(member), indexOf);
                } while (member != at);
                DonorProgramme head = programmeList.get(first);
                valid = Constraints.report(context, "kichi.catalogue.parentCycle", "programmes[" + first + "].parent",
                        Map.of("value", String.valueOf(head.getId()), "length", length));
            }
            for (at = start; at >= 0 && mark[at] == 1; at = parentIndex(programmeList.get(at), indexOf)) {
                mark[at] = 2;
            }
        }
    }

    private static int parentIndex(DonorProgramme p, IdTable<String, Integer> indexOf) {
        if (p == null || p.getParent().isEmpty()) {
            return -1;
        }
        Integer index = indexOf.get(p.getParent().get());
        return index == null ? -1 : index;
    }

    private IdTable<String, Project> checkProjects(IdTable<OrganisationId, Organisation> organisations,
            IdTable<String, DonorProgramme> programmes) {
        ItemPath path = new ItemPath("projects");
        List<Project> projectList = catalogue.getProjects();
        IdTable<String, Project> projects = new IdTable<>(projectList.size());
        for (int i = 0; i < projectList.size(); i++) {
            Project p = projectList.get(i);
            if (p != null) {
                path.index = i;
                add(projects, p.getId(), p, path);
                if (p.getProgramme().isPresent()) {
                    refer(programmes, p.getProgramme().get(), path, ".programme", "programme");
                }
                List<Participation> participants = p.getParticipants();
                for (int j = 0; j < participants.size(); j++) {
                    OrganisationId organisation = participants.get(j).getOrganisation();
                    if (!organisations.contains(organisation)) {
                        unknown(organisation, path + ".participants[" + j + "].organisation", "organisation");
                    }
                }
            }
        }
        return projects;
    }

    private IdTable<String, CallForProposals> checkCalls(IdTable<String, Project> projects) {
        ItemPath path = new ItemPath("calls");
        List<CallForProposals> callList = catalogue.getCalls();
        IdTable<String, CallForProposals> calls = new IdTable<>(callList.size());
        for (int i = 0; i < callList.size(); i++) {
            CallForProposals c = callList.get(i);
            if (c != null) {
                path.index = i;
                add(calls, c.getId(), c, path);
                refer(projects, c.getProject(), path, ".project", "project");
            }
        }
        return calls;
    }

    private IdTable<String, Application> checkApplications(IdTable<OrganisationId, Organisation> organisations,
            IdTable<String, CallForProposals> calls) {
        ItemPath path = new ItemPath("applications");
        List<Application> applicationList = catalogue.getApplications();
        IdTable<String, Application> applications = new IdTable<>(applicationList.size());
        for (int i = 0; i < applicationList.size(); i++) {
            Application a = applicationList.get(i);
            if (a != null) {
                path.index = i;
                add(applications, a.getId(), a, path);
                referCall(calls, a.getCall(), a.getLot(), path);
                partners(organisations, a.getPartnership().getMembers(), path);
            }
        }
        return applications;
    }

    private void checkGrants(IdTable<OrganisationId, Organisation> organisations, IdTable<String, Project> projects,
            IdTable<String, CallForProposals> calls, IdTable<String, Application> applications) {
        ItemPath path = new ItemPath("grants");
        List<Grant> grantList = catalogue.getGrants();
        IdTable<String, Grant> grants = new IdTable<>(grantList.size());
        for (int i = 0; i < grantList.size(); i++) {
            Grant g = grantList.get(i);
            if (g != null) {
                path.index = i;
                add(grants, g.getId(), g, path);
                if (g.getCall().isPresent()) {
                    referCall(calls, g.getCall().get(), g.getLot(), path);
                }
                if (g.getApplication().isPresent()) {
                    refer(applications, g.getApplication().get(), path, ".application", "application");
                }
                if (g.getProject().isPresent()) {
                    referProject(projects, g.getProject().get(), g.getComponent(), path);
                }
                partners(organisations, g.getPartnership().getMembers(), path);
            }
        }
    }

    private IdTable<String, Reviewer> checkReviewers(IdTable<OrganisationId, Organisation> organisations) {
        ItemPath path = new ItemPath("reviewers");
        List<Reviewer> reviewerList = catalogue.getReviewers();
        IdTable<String, Reviewer> reviewers = new IdTable<>(reviewerList.size());
        for (int i = 0; i < reviewerList.size(); i++) {
            Reviewer r = reviewerList.get(i);
            if (r != null) {
                path.index = i;
                add(reviewers, r.getId(), r, path);
                int j = 0;
                for (OrganisationId organisation : r.getAffiliations()) {
                    if (!organisations.contains(organisation)) {
                        unknown(organisation, path + ".affiliations[" + j + "]", "organisation");
                    }
                    j++;
                }
            }
        }
        return reviewers;
    }

    private void checkReviews(IdTable<String, CallForProposals> calls, IdTable<String, Application> applications,
            IdTable<String, Reviewer> reviewers) {
        ItemPath path = new ItemPath("reviews");
        List<Review> reviewList = catalogue.getReviews();
        IdTable<String, Review> reviews = new IdTable<>(reviewList.size());
        for (int i = 0; i < reviewList.size(); i++) {
            Review r = reviewList.get(i);
            if (r == null) {
                continue;
            }
            path.index = i;
            add(reviews, r.getId(), r, path);
            refer(reviewers, r.getReviewer(), path, ".reviewer", "reviewer");
            Application a = applications.get(r.getApplication());
            if (a == null) {
                unknown(r.getApplication(), path + ".application", "application");
                continue;
            }
            CallForProposals call = calls.get(a.getCall());
            if (call == null) {
                continue; // reported with the application
            }
            Optional<EvaluationGrid> grid = call.getEvaluationGrid();
            Optional<Stage> stage = grid.isPresent() ? grid.get().stage(r.getStage()) : Optional.empty();
            if (stage.isEmpty()) {
                valid = Constraints.report(context, "kichi.catalogue.unknownStage", path + ".stage",
                        Map.of("value", r.getStage(), "call", call.getId()));
                continue;
            }
            List<Score> scores = r.getScores();
            for (int j = 0; j < scores.size(); j++) {
                Score score = scores.get(j);
                Optional<Criterion> criterion = stage.get().criterion(score.getCriterion());
                if (criterion.isEmpty()) {
                    valid = Constraints.report(context, "kichi.catalogue.unknownCriterion",
                            path + ".scores[" + j + "].criterion",
                            Map.of("value", score.getCriterion(), "stage", r.getStage()));
                } else if (score.getPoints().isPresent()
                        && !criterion.get().getScale().contains(score.getPoints().get())) {
                    valid = Constraints.report(context, "kichi.catalogue.scoreOffScale",
                            path + ".scores[" + j + "].points",
                            Map.of("value", score.getPoints().get().toPlainString(),
                                    "scale", criterion.get().getScale().toString()));
                }
            }
        }
    }

    private <T> void add(IdTable<String, T> seen, String id, T item, ItemPath path) {
        if (!seen.add(id, item)) {
            duplicate(id, path.toString());
        }
    }

    private void duplicate(Object id, String item) {
        valid = Constraints.report(context, "kichi.catalogue.duplicateId", item + ".id",
                Map.of("value", String.valueOf(id)));
    }

    private <T, K> IdTable<K, T> ids(String collection, List<T> items, Function<T, K> id) {
        IdTable<K, T> seen = new IdTable<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item == null) {
                continue; // reported by the element constraint of the collection
            }
            K key = id.apply(item);
            if (!seen.add(key, item)) {
                duplicate(key, collection + "[" + i + "]");
            }
        }
        return seen;
    }

    private void refer(IdTable<?, ?> known, Object id, ItemPath item, String member, String kind) {
        if (!known.contains(id)) {
            unknown(id, item + member, kind);
        }
    }

    private void unknown(Object id, String path, String kind) {
        valid = Constraints.report(context, "kichi.catalogue.unknownReference", path,
                Map.of("value", String.valueOf(id), "kind", kind));
    }

    private void referCall(IdTable<String, CallForProposals> calls, String callId, Optional<String> lotId,
            ItemPath path) {
        CallForProposals call = calls.get(callId);
        if (call == null) {
            unknown(callId, path + ".call", "call");
        } else if (lotId.isPresent() && !hasLot(call, lotId.get())) {
            valid = Constraints.report(context, "kichi.catalogue.unknownLot", path + ".lot",
                    Map.of("value", lotId.get(), "call", callId));
        }
    }

    private void referProject(IdTable<String, Project> projects, String projectId, Optional<String> componentId,
            ItemPath path) {
        Project project = projects.get(projectId);
        if (project == null) {
            unknown(projectId, path + ".project", "project");
        } else if (componentId.isPresent() && project.grantComponent(componentId.get()).isEmpty()) {
            valid = Constraints.report(context, "kichi.catalogue.unknownComponent", path + ".component",
                    Map.of("value", componentId.get(), "project", projectId));
        }
    }

    private static boolean hasLot(CallForProposals call, String lotId) {
        for (Lot lot : call.getLots()) {
            if (lot.getId().equals(lotId)) {
                return true;
            }
        }
        return false;
    }

    private void partners(IdTable<OrganisationId, Organisation> organisations, List<Partner> members, ItemPath path) {
        for (int i = 0; i < members.size(); i++) {
            OrganisationId organisation = members.get(i).getOrganisation();
            if (!organisations.contains(organisation)) {
                unknown(organisation, path + ".partnership.members[" + i + "].organisation", "organisation");
            }
        }
    }

    /** {@code grants[3]}, written out only when a problem is reported: valid catalogues build no path strings. */
    private static final class ItemPath {
        private final String collection;
        private int index;

        ItemPath(String collection) {
            this.collection = collection;
        }

        @Override
        public String toString() {
            return collection + "[" + index + "]";
        }
    }
}
