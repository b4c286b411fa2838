package kg.kichi.core.catalogue;

import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        Set<OrganisationId> organisations = ids("organisations", catalogue.getOrganisations(), Organisation::getId);
        Set<String> programmes = ids("programmes", catalogue.getProgrammes(), DonorProgramme::getId);
        Set<String> projects = ids("projects", catalogue.getProjects(), Project::getId);
        Map<String, CallForProposals> calls = new HashMap<>(capacity(catalogue.getCalls().size()));
        for (CallForProposals call : catalogue.getCalls()) {
            if (call != null) {
                calls.putIfAbsent(call.getId(), call);
            }
        }
        ids("calls", catalogue.getCalls(), CallForProposals::getId);
        Set<String> applications = ids("applications", catalogue.getApplications(), Application::getId);
        ids("grants", catalogue.getGrants(), Grant::getId);

        forEach("programmes", catalogue.getProgrammes(), (p, path) -> {
            refer(organisations, p.getDonor(), path, ".donor", "organisation");
            if (p.getParent().isPresent()) {
                refer(programmes, p.getParent().get(), path, ".parent", "programme");
            }
        });
        forEach("projects", catalogue.getProjects(), (p, path) -> {
            if (p.getProgramme().isPresent()) {
                refer(programmes, p.getProgramme().get(), path, ".programme", "programme");
            }
            List<Participation> participants = p.getParticipants();
            for (int i = 0; i < participants.size(); i++) {
                OrganisationId organisation = participants.get(i).getOrganisation();
                if (!organisations.contains(organisation)) {
                    unknown(organisation, path + ".participants[" + i + "].organisation", "organisation");
                }
            }
        });
        forEach("calls", catalogue.getCalls(), (c, path) -> refer(projects, c.getProject(), path, ".project", "project"));
        forEach("applications", catalogue.getApplications(), (a, path) -> {
            referCall(calls, Optional.of(a.getCall()), a.getLot(), path);
            partners(organisations, a.getPartnership().getMembers(), path);
        });
        forEach("grants", catalogue.getGrants(), (g, path) -> {
            referCall(calls, g.getCall(), g.getLot(), path);
            if (g.getApplication().isPresent()) {
                refer(applications, g.getApplication().get(), path, ".application", "application");
            }
            if (g.getProject().isPresent()) {
                refer(projects, g.getProject().get(), path, ".project", "project");
            }
            partners(organisations, g.getPartnership().getMembers(), path);
        });
        return valid;
    }

    private <T, K> Set<K> ids(String collection, List<T> items, Function<T, K> id) {
        Set<K> seen = new HashSet<>(capacity(items.size()));
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                continue; // reported by the element constraint of the collection
            }
            K key = id.apply(items.get(i));
            if (!seen.add(key)) {
                valid = Constraints.report(context, "kichi.catalogue.duplicateId", collection + "[" + i + "].id",
                        Map.of("value", String.valueOf(key)));
            }
        }
        return seen;
    }

    private <K> void refer(Set<K> known, K id, ItemPath item, String member, String kind) {
        if (!known.contains(id)) {
            unknown(id, item + member, kind);
        }
    }

    private void unknown(Object id, String path, String kind) {
        valid = Constraints.report(context, "kichi.catalogue.unknownReference", path,
                Map.of("value", String.valueOf(id), "kind", kind));
    }

    private void referCall(Map<String, CallForProposals> calls, Optional<String> callId, Optional<String> lotId,
            ItemPath path) {
        if (callId.isEmpty()) {
            return;
        }
        CallForProposals call = calls.get(callId.get());
        if (call == null) {
            unknown(callId.get(), path + ".call", "call");
        } else if (lotId.isPresent() && !hasLot(call, lotId.get())) {
            valid = Constraints.report(context, "kichi.catalogue.unknownLot", path + ".lot",
                    Map.of("value", lotId.get(), "call", callId.get()));
        }
    }

    private static int capacity(int size) {
        return (int) (size / 0.75f) + 1;
    }

    private static boolean hasLot(CallForProposals call, String lotId) {
        for (Lot lot : call.getLots()) {
            if (lot.getId().equals(lotId)) {
                return true;
            }
        }
        return false;
    }

    private void partners(Set<OrganisationId> organisations, List<Partner> members, ItemPath path) {
        for (int i = 0; i < members.size(); i++) {
            OrganisationId organisation = members.get(i).getOrganisation();
            if (!organisations.contains(organisation)) {
                unknown(organisation, path + ".partnership.members[" + i + "].organisation", "organisation");
            }
        }
    }

    private interface Visit<T> {
        void accept(T item, ItemPath path);
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

    private static <T> void forEach(String collection, List<T> items, Visit<T> visit) {
        ItemPath path = new ItemPath(collection);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null) {
                path.index = i;
                visit.accept(items.get(i), path);
            }
        }
    }
}
