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
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.Project;
import kg.kichi.core.validation.Constraints;

/**
 * One pass over a catalogue that reports every duplicate identifier and every dangling reference:
 * programme → donor, parent programme; project → programme, participants; call → project; application → call,
 * lot, partners; grant → call, lot, application, project, partners.
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
        IdTable<String, Project> projects = ids("projects", catalogue.getProjects(), Project::getId);
        // one table both finds duplicate calls and resolves references to calls (to the first call of an id)
        IdTable<String, CallForProposals> calls = ids("calls", catalogue.getCalls(), CallForProposals::getId);
        IdTable<String, Application> applications =
                ids("applications", catalogue.getApplications(), Application::getId);
        ids("grants", catalogue.getGrants(), Grant::getId);

        // plain loops, not one generic visitor: its call would see five lambdas and be compiled as a virtual call
        ItemPath path = new ItemPath("programmes");
        List<DonorProgramme> programmeList = catalogue.getProgrammes();
        for (int i = 0; i < programmeList.size(); i++) {
            DonorProgramme p = programmeList.get(i);
            if (p != null) {
                path.index = i;
                refer(organisations, p.getDonor(), path, ".donor", "organisation");
                if (p.getParent().isPresent()) {
                    refer(programmes, p.getParent().get(), path, ".parent", "programme");
                }
            }
        }
        path = new ItemPath("projects");
        List<Project> projectList = catalogue.getProjects();
        for (int i = 0; i < projectList.size(); i++) {
            Project p = projectList.get(i);
            if (p != null) {
                path.index = i;
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
        path = new ItemPath("calls");
        List<CallForProposals> callList = catalogue.getCalls();
        for (int i = 0; i < callList.size(); i++) {
            CallForProposals c = callList.get(i);
            if (c != null) {
                path.index = i;
                refer(projects, c.getProject(), path, ".project", "project");
            }
        }
        path = new ItemPath("applications");
        List<Application> applicationList = catalogue.getApplications();
        for (int i = 0; i < applicationList.size(); i++) {
            Application a = applicationList.get(i);
            if (a != null) {
                path.index = i;
                referCall(calls, a.getCall(), a.getLot(), path);
                partners(organisations, a.getPartnership().getMembers(), path);
            }
        }
        path = new ItemPath("grants");
        List<Grant> grantList = catalogue.getGrants();
        for (int i = 0; i < grantList.size(); i++) {
            Grant g = grantList.get(i);
            if (g != null) {
                path.index = i;
                if (g.getCall().isPresent()) {
                    referCall(calls, g.getCall().get(), g.getLot(), path);
                }
                if (g.getApplication().isPresent()) {
                    refer(applications, g.getApplication().get(), path, ".application", "application");
                }
                if (g.getProject().isPresent()) {
                    refer(projects, g.getProject().get(), path, ".project", "project");
                }
                partners(organisations, g.getPartnership().getMembers(), path);
            }
        }
        return valid;
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
                valid = Constraints.report(context, "kichi.catalogue.duplicateId", collection + "[" + i + "].id",
                        Map.of("value", String.valueOf(key)));
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
