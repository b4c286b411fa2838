package kg.kichi.json.internal.stream;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.Partner;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.Lot;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Project;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.internal.codec.Pointers;
import kg.kichi.json.internal.codec.Problems;
import kg.kichi.json.stream.Section;

/**
 * The referential integrity of a streamed document, checked with sets of ids: memory grows with the number of
 * ids (a {@link CompactIdSet} per collection: some 15–25 bytes per short ASCII id), with the lots of each call and
 * with the references not yet resolved, never with the objects themselves.
 *
 * <p>Checked, with the same codes as the catalogue's builder: ids unique per collection
 * ({@code kichi.catalogue.duplicateId}); every reference exists ({@code kichi.catalogue.unknownReference}):
 * a programme's donor and parent, a project's programme and participants, a call's project, an application's
 * call and partners, a grant's call, application, project and partners, a reviewer's affiliations, a review's
 * application and reviewer (its stage and scores are checked against the grid only by the in-memory reader); a lot
 * named by an application or a grant exists in its call ({@code kichi.catalogue.unknownLot}); a grant component
 * named by a grant exists in its project ({@code kichi.catalogue.unknownComponent}). A reference to an object read
 * earlier is checked at
 * once; one that may point forward is kept and resolved at the end. References to objects that were themselves
 * invalid are not reported again. A programme may not be its own ancestor ({@code kichi.catalogue.parentCycle}).
 */
public final class StreamingIntegrity {
    private final Problems problems;
    private final Map<Section, CompactIdSet> ids = new EnumMap<>(Section.class);
    private final Map<String, Set<String>> lotsByCall = new HashMap<>();
    private final Map<String, Set<String>> componentsByProject = new HashMap<>();
    private final Map<Section, CompactIdSet> invalid = new EnumMap<>(Section.class);
    private final List<Pending> pending = new ArrayList<>();
    /** Each valid programme with a parent, by id (the first of an id): its index and parent, to find cycles. */
    private final Map<String, Object[]> programmeParents = new HashMap<>();

    private final int maxIdLength;
    private final int maxForwardReferences;
    private boolean forwardReferencesFull;

    /**
     * With the default bounds of {@link kg.kichi.json.ReadLimits}.
     *
     * @param problems where problems go
     */
    public StreamingIntegrity(Problems problems) {
        this(problems, kg.kichi.json.ReadLimits.defaults().getMaxIdLength(),
                kg.kichi.json.ReadLimits.defaults().getMaxForwardReferences());
    }

    /**
     * @param problems where problems go
     * @param maxIdLength the longest id kept; a valid object's longer id is a {@code kichi.json.limit} problem
     *     ({@code idLength}), an invalid object's is not kept
     * @param maxForwardReferences the most references to later objects kept; one more is a
     *     {@code kichi.json.limit} problem ({@code forwardReferences}), reported once, and no more are kept
     */
    public StreamingIntegrity(Problems problems, int maxIdLength, int maxForwardReferences) {
        this.maxIdLength = maxIdLength;
        this.maxForwardReferences = maxForwardReferences;
        this.problems = problems;
        for (Section s : Section.values()) {
            ids.put(s, new CompactIdSet());
            invalid.put(s, new CompactIdSet());
        }
    }

    /**
     * Takes one element of a collection.
     *
     * @param section the collection
     * @param index its index in the document
     * @param value the object, or {@code null} when invalid
     * @param id the element's {@code id} as a string, or {@code null}
     */
    public void element(Section section, int index, Object value, String id) {
        if (value == null) {
            if (id != null && id.length() <= maxIdLength) { // a longer id is no identifier: never referred to
                invalid.get(section).add(id);
            }
            return;
        }
        String at = Pointers.element(Pointers.member("", section.member()), index);
        String valueId = idOf(value);
        if (valueId.length() > maxIdLength) {
            problems.add(DocumentProblem.of(at + "/id", "kichi.json.limit", Map.of("limit", "idLength", "maximum",
                    (long) maxIdLength, "value", (long) valueId.length())));
        } else if (!ids.get(section).add(valueId)) {
            problems.add(DocumentProblem.of(at + "/id", "kichi.catalogue.duplicateId", Map.of("value", valueId)));
        }
        references(value, at);
    }

    /** Resolves the references that were pointing forward; reports those that never resolved. */
    public void finish() {
        parentCycles();
        for (Pending p : pending) {
            if (p.project != null) {
                if (!invalid.get(Section.PROJECTS).contains(p.project)) {
                    component(p.pointer, p.project, p.value);
                }
            } else if (p.call == null) {
                if (!ids.get(p.target).contains(p.value) && !invalid.get(p.target).contains(p.value)) {
                    unknown(p.pointer, p.value, p.kind);
                }
            } else if (!invalid.get(Section.CALLS).contains(p.call)) {
                lot(p.pointer, p.call, p.value, true);
            }
        }
        pending.clear();
    }

    private void references(Object value, String at) {
        if (value instanceof DonorProgramme p) {
            if (p.getParent().isPresent()) {
                programmeParents.putIfAbsent(p.getId(), new Object[] {index(at), p.getParent().get()});
            }
            refer(Section.ORGANISATIONS, p.getDonor().toString(), at + "/donor", "organisation");
            p.getParent().ifPresent(v -> refer(Section.PROGRAMMES, v, at + "/parent", "programme"));
        } else if (value instanceof Project p) {
            Set<String> components = new HashSet<>();
            p.getGrantComponents().forEach(c -> components.add(c.getId()));
            componentsByProject.put(p.getId(), components);
            p.getProgramme().ifPresent(v -> refer(Section.PROGRAMMES, v, at + "/programme", "programme"));
            for (int i = 0; i < p.getParticipants().size(); i++) {
                refer(Section.ORGANISATIONS, p.getParticipants().get(i).getOrganisation().toString(),
                        at + "/participants/" + i + "/organisation", "organisation");
            }
        } else if (value instanceof CallForProposals c) {
            Set<String> lots = new HashSet<>();
            c.getLots().stream().map(Lot::getId).forEach(lots::add);
            lotsByCall.put(c.getId(), lots);
            refer(Section.PROJECTS, c.getProject(), at + "/project", "project");
        } else if (value instanceof Application a) {
            call(Optional.of(a.getCall()), a.getLot(), at);
            partners(a.getPartnership().getMembers(), at);
        } else if (value instanceof Grant g) {
            call(g.getCall(), g.getLot(), at);
            g.getApplication().ifPresent(v -> refer(Section.APPLICATIONS, v, at + "/application", "application"));
            g.getProject().ifPresent(v -> refer(Section.PROJECTS, v, at + "/project", "project"));
            if (g.getProject().isPresent() && g.getComponent().isPresent()) {
                String project = g.getProject().get();
                if (componentsByProject.containsKey(project)) {
                    component(at + "/component", project, g.getComponent().get());
                } else if (!invalid.get(Section.PROJECTS).contains(project)) {
                    keep(new Pending(at + "/component", null, g.getComponent().get(), "component", null, project));
                }
            }
            partners(g.getPartnership().getMembers(), at);
        } else if (value instanceof kg.kichi.core.evaluation.Reviewer r) {
            int i = 0;
            for (kg.kichi.core.organisation.OrganisationId o : r.getAffiliations()) {
                refer(Section.ORGANISATIONS, o.toString(), at + "/affiliations/" + i++, "organisation");
            }
        } else if (value instanceof kg.kichi.core.evaluation.Review r) {
            refer(Section.APPLICATIONS, r.getApplication(), at + "/application", "application");
            refer(Section.REVIEWERS, r.getReviewer(), at + "/reviewer", "reviewer");
        }
    }

    private static int index(String elementPointer) {
        return Integer.parseInt(elementPointer.substring(elementPointer.lastIndexOf('/') + 1));
    }

    /**
     * Reports each cycle of programme parents once ({@code kichi.catalogue.parentCycle}), at its programme that
     * comes first in the document, as the catalogue's builder does. Each programme is walked once.
     */
    private void parentCycles() {
        Map<String, Integer> state = new HashMap<>(); // 1 on the current walk, 2 done
        for (String start : programmeParents.keySet()) {
            String at = start;
            while (at != null && !state.containsKey(at)) {
                state.put(at, 1);
                Object[] entry = programmeParents.get(at);
                at = entry == null ? null : (String) entry[1];
            }
            if (at != null && state.get(at) == 1) {
                String first = at;
                int firstIndex = (Integer) programmeParents.get(at)[0];
                int length = 0;
                String member = at;
                do {
                    int index = (Integer) programmeParents.get(member)[0];
                    if (index < firstIndex) {
                        firstIndex = index;
                        first = member;
                    }
                    length++;
                    member = (String) programmeParents.get(member)[1];
                } while (!member.equals(at));
                problems.add(DocumentProblem.of(Pointers.element(Pointers.member("", Section.PROGRAMMES.member()),
                        firstIndex) + "/parent", "kichi.catalogue.parentCycle", Map.of("value", first, "length", length)));
            }
            for (at = start; at != null && Integer.valueOf(1).equals(state.get(at));) {
                state.put(at, 2);
                Object[] entry = programmeParents.get(at);
                at = entry == null ? null : (String) entry[1];
            }
        }
        programmeParents.clear();
    }

    private void call(Optional<String> call, Optional<String> lot, String at) {
        if (call.isEmpty()) {
            return;
        }
        refer(Section.CALLS, call.get(), at + "/call", "call");
        if (lot.isPresent()) {
            if (lotsByCall.containsKey(call.get())) {
                lot(at + "/lot", call.get(), lot.get(), false);
            } else if (!invalid.get(Section.CALLS).contains(call.get())) {
                keep(new Pending(at + "/lot", null, lot.get(), "lot", call.get(), null));
            }
        }
    }

    private void lot(String pointer, String call, String lot, boolean atEnd) {
        Set<String> lots = lotsByCall.get(call);
        if (lots == null) {
            return; // the call itself is unknown: reported as such
        }
        if (!lots.contains(lot)) {
            problems.add(DocumentProblem.of(pointer, "kichi.catalogue.unknownLot", Map.of("value", lot, "call", call)));
        }
    }

    private void component(String pointer, String project, String component) {
        Set<String> components = componentsByProject.get(project);
        if (components != null && !components.contains(component)) { // an unknown project is reported as such
            problems.add(DocumentProblem.of(pointer, "kichi.catalogue.unknownComponent",
                    Map.of("value", component, "project", project)));
        }
    }

    private void partners(List<Partner> members, String at) {
        for (int i = 0; i < members.size(); i++) {
            refer(Section.ORGANISATIONS, members.get(i).getOrganisation().toString(),
                    at + "/partnership/members/" + i + "/organisation", "organisation");
        }
    }

    private void refer(Section target, String value, String pointer, String kind) {
        if (ids.get(target).contains(value) || invalid.get(target).contains(value)) {
            return;
        }
        keep(new Pending(pointer, target, value, kind, null, null));
    }

    /** Keeps a reference to resolve at the end, within the bound on how many are kept. */
    private void keep(Pending p) {
        if (pending.size() < maxForwardReferences) {
            pending.add(p);
        } else if (!forwardReferencesFull) {
            forwardReferencesFull = true;
            problems.add(DocumentProblem.of(p.pointer, "kichi.json.limit", Map.of("limit", "forwardReferences",
                    "maximum", (long) maxForwardReferences)));
        }
    }

    private void unknown(String pointer, String value, String kind) {
        problems.add(DocumentProblem.of(pointer, "kichi.catalogue.unknownReference",
                Map.of("value", value, "kind", kind)));
    }

    private static String idOf(Object value) {
        if (value instanceof Organisation o) {
            return o.getId().toString();
        } else if (value instanceof DonorProgramme p) {
            return p.getId();
        } else if (value instanceof Project p) {
            return p.getId();
        } else if (value instanceof CallForProposals c) {
            return c.getId();
        } else if (value instanceof Application a) {
            return a.getId();
        } else if (value instanceof kg.kichi.core.evaluation.Reviewer r) {
            return r.getId();
        } else if (value instanceof kg.kichi.core.evaluation.Review r) {
            return r.getId();
        }
        return ((Grant) value).getId();
    }

    private static final class Pending {
        final String pointer;
        final Section target;
        final String value;
        final String kind;
        final String call;
        /** The project of a grant component reference, else null. */
        final String project;

        Pending(String pointer, Section target, String value, String kind, String call, String project) {
            this.pointer = pointer;
            this.target = target;
            this.value = value;
            this.kind = kind;
            this.call = call;
            this.project = project;
        }
    }
}
