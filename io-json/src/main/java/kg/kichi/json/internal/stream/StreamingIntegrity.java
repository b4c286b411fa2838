package kg.kichi.json.internal.stream;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kg.kichi.core.internal.CatalogueCollection;
import kg.kichi.core.internal.Reference;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.internal.codec.Pointers;
import kg.kichi.json.internal.codec.Problems;
import kg.kichi.json.stream.Section;

/**
 * The referential integrity of a streamed document, checked with sets of ids: memory grows with the number of
 * ids (a {@link CompactIdSet} per collection: some 15–25 bytes per short ASCII id), with the item ids of each object
 * a reference within may name (the lots of each call, the grant components of each project) and with the
 * references not yet resolved, never with the objects themselves.
 *
 * <p>Checked, with the same codes as the catalogue's builder: ids unique per collection
 * ({@code kichi.catalogue.duplicateId}); every reference of {@link Reference#ALL} (each with its code:
 * {@code kichi.catalogue.unknownReference}, {@code unknownLot}, {@code unknownComponent}); a programme is not its
 * own ancestor ({@code kichi.catalogue.parentCycle}). A review's stage and scores are checked against the grid only
 * by the in-memory reader. A reference to an object read earlier is checked at once; one that may point forward
 * is kept (at most {@code maxForwardReferences}) and resolved at the end. References to objects that were
 * themselves invalid are not reported again.
 */
public final class StreamingIntegrity {
    /** Each collection's references, by section. */
    private static final List<List<Reference>> REFERENCES = new ArrayList<>();
    /** The item lists that references within name, by the section of the objects holding them. */
    private static final List<List<Reference.Items>> ITEMS = new ArrayList<>();

    /** Each section's collection in core's description, by section. */
    private static final CatalogueCollection[] COLLECTIONS = new CatalogueCollection[Section.values().length];

    static {
        for (Section s : Section.values()) {
            CatalogueCollection c = CatalogueCollection.byMember(s.member());
            COLLECTIONS[s.ordinal()] = c;
            REFERENCES.add(Reference.from(c));
            List<Reference.Items> items = new ArrayList<>();
            for (Reference r : Reference.ALL) {
                if (r.items() != null && r.items().owner() == c && !items.contains(r.items())) {
                    items.add(r.items());
                }
            }
            ITEMS.add(List.copyOf(items));
        }
    }

    private final Problems problems;
    private final Map<CatalogueCollection, CompactIdSet> ids = new EnumMap<>(CatalogueCollection.class);
    private final Map<CatalogueCollection, CompactIdSet> invalid = new EnumMap<>(CatalogueCollection.class);
    /** For each item list, the item ids of each object holding one (the first object of an id). */
    private final Map<Reference.Items, Map<String, Set<String>>> itemIds = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    /** Each valid programme with a parent, by id (the first of an id): its index and parent, to find cycles. */
    private final Map<String, Object[]> programmeParents = new HashMap<>();

    private final int maxIdLength;
    private final int maxForwardReferences;
    private boolean forwardReferencesFull;

    /** The reference being checked, and where its object is; read by {@link #receiver}. */
    private Reference reference;
    private Section section;
    private int index;
    private final Reference.Ids receiver = new Reference.Ids() {
        @Override
        public void id(int arrayIndex, Object id) {
            reference(arrayIndex, id.toString());
        }

        @Override
        public void within(Object owner, String item) {
            referenceWithin(owner.toString(), item);
        }
    };

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
        for (CatalogueCollection c : CatalogueCollection.values()) {
            ids.put(c, new CompactIdSet());
            invalid.put(c, new CompactIdSet());
        }
    }

    private static CatalogueCollection collection(Section section) {
        return COLLECTIONS[section.ordinal()];
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
        CatalogueCollection collection = collection(section);
        if (value == null) {
            if (id != null && id.length() <= maxIdLength) { // a longer id is no identifier: never referred to
                invalid.get(collection).add(id);
            }
            return;
        }
        String valueId = collection.idOf(value).toString();
        if (valueId.length() > maxIdLength) {
            problems.add(DocumentProblem.of(at(section, index) + "/id", "kichi.json.limit", Map.of("limit",
                    "idLength", "maximum", (long) maxIdLength, "value", (long) valueId.length())));
        } else if (!ids.get(collection).add(valueId)) {
            problems.add(DocumentProblem.of(at(section, index) + "/id", "kichi.catalogue.duplicateId",
                    Map.of("value", valueId)));
        }
        for (Reference.Items items : ITEMS.get(section.ordinal())) {
            itemIds.computeIfAbsent(items, k -> new HashMap<>())
                    .putIfAbsent(valueId, new HashSet<>(items.idsIn(value)));
        }
        if (value instanceof DonorProgramme p && p.getParent().isPresent()) {
            programmeParents.putIfAbsent(p.getId(), new Object[] {index, p.getParent().get()});
        }
        this.section = section;
        this.index = index;
        List<Reference> references = REFERENCES.get(section.ordinal());
        for (int r = 0; r < references.size(); r++) {
            reference = references.get(r);
            reference.forEachId(value, receiver);
        }
    }

    /** Resolves the references that were pointing forward; reports those that never resolved. */
    public void finish() {
        parentCycles();
        for (Pending p : pending) {
            Reference r = p.reference;
            if (r.scope() == null) {
                if (!ids.get(r.to()).contains(p.value) && !invalid.get(r.to()).contains(p.value)) {
                    unknown(p.pointer, r, p.value);
                }
            } else if (!invalid.get(r.to()).contains(p.scopeId)) {
                within(p.pointer, r, p.scopeId, p.value);
            }
        }
        pending.clear();
    }

    /** The pointer of the element being taken, e.g. {@code /grants/3}: written out only for a problem. */
    private static String at(Section section, int index) {
        return Pointers.element(Pointers.member("", section.member()), index);
    }

    private String pointer(Reference reference, int arrayIndex) {
        return at(section, index) + reference.pointer(arrayIndex);
    }

    private void reference(int arrayIndex, String value) {
        if (!ids.get(reference.to()).contains(value) && !invalid.get(reference.to()).contains(value)) {
            keep(new Pending(pointer(reference, arrayIndex), reference, value, null));
        }
    }

    private void referenceWithin(String owner, String value) {
        Set<String> items = itemIds.getOrDefault(reference.items(), Map.of()).get(owner);
        if (items != null) {
            if (!items.contains(value)) {
                within(pointer(reference, -1), reference, owner, value);
            }
        } else if (!invalid.get(reference.to()).contains(owner)) {
            keep(new Pending(pointer(reference, -1), reference, value, owner));
        }
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

    /** Reports an item id its owner does not hold; an owner never read is reported by the scope's reference. */
    private void within(String pointer, Reference reference, String owner, String value) {
        Set<String> items = itemIds.getOrDefault(reference.items(), Map.of()).get(owner);
        if (items != null && !items.contains(value)) {
            problems.add(DocumentProblem.of(pointer, reference.code(),
                    Map.of("value", value, reference.scope().member(), owner)));
        }
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

    private void unknown(String pointer, Reference reference, String value) {
        problems.add(DocumentProblem.of(pointer, reference.code(),
                Map.of("value", value, "kind", reference.to().kind())));
    }

    /** A reference kept to resolve at the end. */
    private static final class Pending {
        final String pointer;
        final Reference reference;
        final String value;
        /** For a reference within another, the id its scope names; else null. */
        final String scopeId;

        Pending(String pointer, Reference reference, String value, String scopeId) {
            this.pointer = pointer;
            this.reference = reference;
            this.value = value;
            this.scopeId = scopeId;
        }
    }
}
