package kg.kichi.core.internal;

import static kg.kichi.core.internal.CatalogueCollection.APPLICATIONS;
import static kg.kichi.core.internal.CatalogueCollection.CALLS;
import static kg.kichi.core.internal.CatalogueCollection.ORGANISATIONS;
import static kg.kichi.core.internal.CatalogueCollection.PROGRAMMES;
import static kg.kichi.core.internal.CatalogueCollection.PROJECTS;
import static kg.kichi.core.internal.CatalogueCollection.REVIEWERS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.Partner;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.Lot;
import kg.kichi.core.evaluation.Review;
import kg.kichi.core.evaluation.Reviewer;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.GrantComponent;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.Project;

/**
 * One member of a catalogue's objects that names another object by its identifier. {@link #ALL} is the one list
 * of them: the catalogue's integrity check (in memory, property paths) and the JSON reader's streaming check (JSON
 * Pointers, sets of ids) both walk it, and tests hold the document schema and {@code docs/json-format.md} to it.
 *
 * <p>Two shapes: a reference to a collection ({@code grants[].application} names an object of
 * {@code applications}: {@code kichi.catalogue.unknownReference} when none has that id), and a reference within
 * the object another reference names ({@code grants[].lot} names one of the {@code lots} of the call that
 * {@code grants[].call} names: {@code kichi.catalogue.unknownLot}). The second is checked only when the first
 * resolves: an unknown call is reported once, as such.
 *
 * <p>Members are written as property paths relative to an object of {@link #from()}, with {@code []} for "each
 * element of this array" (at most one per path), e.g. {@code partnership.members[].organisation}.
 * Instances are immutable; the references of one collection are listed in the order their members are written.
 */
public final class Reference {
    /** How many identifiers the member holds. */
    public enum Cardinality {
        /** Exactly one: the member is required. */
        ONE("one"),
        /** At most one: the member is optional. */
        OPTIONAL("optional"),
        /** One per element of an array (possibly empty). */
        EACH("each");

        private final String word;

        Cardinality(String word) {
            this.word = word;
        }

        /** @return how {@code docs/json-format.md} writes it: {@code one}, {@code optional} or {@code each} */
        public String word() {
            return word;
        }
    }

    /**
     * A list of objects inside each object of a collection, each with an id unique in its list, that a reference
     * within may name: the lots of a call, the grant components of a project.
     */
    public static final class Items {
        private final CatalogueCollection owner;
        private final String member;
        private final Function<Object, List<?>> items;
        private final Function<Object, String> id;

        @SuppressWarnings("unchecked")
        <O, I> Items(Class<O> owner, String member, Function<O, List<I>> items, Function<I, String> id) {
            this.owner = CatalogueCollection.of(owner);
            this.member = member;
            this.items = (Function<Object, List<?>>) (Function<?, ?>) items;
            this.id = (Function<Object, String>) (Function<?, ?>) id;
        }

        /** @return the collection whose objects hold the list */
        public CatalogueCollection owner() {
            return owner;
        }

        /** @return the list's member in an object of {@link #owner()}, e.g. {@code lots} */
        public String member() {
            return member;
        }

        /**
         * @param owner an object of {@link #owner()}
         * @return the ids of its items, in order
         */
        public List<String> idsIn(Object owner) {
            List<?> list = items.apply(owner);
            List<String> ids = new ArrayList<>(list.size());
            for (Object item : list) {
                ids.add(id.apply(item));
            }
            return ids;
        }

        /**
         * @param owner an object of {@link #owner()}
         * @param itemId an id
         * @return whether one of its items has that id
         */
        public boolean contains(Object owner, String itemId) {
            for (Object item : items.apply(owner)) {
                if (id.apply(item).equals(itemId)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Receives the identifiers a member holds; see {@link #forEachId}. A check implements the two abstract methods;
     * each reference's walker calls the default ones, which fit its member's shape.
     */
    public interface Ids {
        /**
         * @param index the array element's index, or {@code -1} when the member holds one id
         * @param id the identifier (an {@link OrganisationId} for organisations, else a string), never null
         */
        void id(int index, Object id);

        /**
         * For a reference within another: the item it names in the object its scope names.
         *
         * @param owner the identifier the scope's member holds (of a call, of a project), never null
         * @param item the item's identifier (of a lot, of a grant component), never null
         */
        void within(Object owner, String item);

        /** @param id the identifier of a member of one id */
        default void one(Object id) {
            id(-1, id);
        }

        /** @param id the identifier of an optional member, if present */
        default void optional(Optional<?> id) {
            if (id.isPresent()) {
                id(-1, id.get());
            }
        }

        /**
         * @param elements the elements of an array member, each holding one id
         * @param idOf the id an element holds
         * @param <E> the element type
         */
        default <E> void each(Collection<E> elements, Function<E, ?> idOf) {
            if (elements instanceof List<E> list) { // the model's lists are random-access
                for (int i = 0; i < list.size(); i++) {
                    id(i, idOf.apply(list.get(i)));
                }
            } else {
                int i = 0;
                for (E e : elements) {
                    id(i++, idOf.apply(e));
                }
            }
        }

        /**
         * @param owner the identifier the scope's member holds, if present
         * @param item the item's identifier, if present; nothing is checked unless both are
         */
        default void within(Optional<?> owner, Optional<String> item) {
            if (owner.isPresent() && item.isPresent()) {
                within(owner.get(), item.get());
            }
        }
    }

    /**
     * Hands the identifiers of one member of an object to {@link Ids}. Each reference has its own (written at its
     * entry in {@link #ALL}), so that the calls inside it each meet one model type.
     *
     * @param <S> the type of the objects holding the member
     */
    @FunctionalInterface
    interface Walker<S> {
        void walk(S element, Ids ids);
    }

    private static final Items LOTS = new Items(CallForProposals.class, "lots", CallForProposals::getLots, Lot::getId);
    private static final Items GRANT_COMPONENTS = new Items(Project.class, "grantComponents",
            Project::getGrantComponents, GrantComponent::getId);

    private static final Reference APPLICATION_CALL =
            one(Application.class, "call", CALLS, (a, ids) -> ids.one(a.getCall()));
    private static final Reference GRANT_CALL =
            optional(Grant.class, "call", CALLS, (g, ids) -> ids.optional(g.getCall()));
    private static final Reference GRANT_PROJECT =
            optional(Grant.class, "project", PROJECTS, (g, ids) -> ids.optional(g.getProject()));

    /** Every reference of a catalogue, collection by collection in document order. */
    public static final List<Reference> ALL = List.of(
            one(DonorProgramme.class, "donor", ORGANISATIONS, (p, ids) -> ids.one(p.getDonor())),
            optional(DonorProgramme.class, "parent", PROGRAMMES, (p, ids) -> ids.optional(p.getParent())),
            optional(Project.class, "programme", PROGRAMMES, (p, ids) -> ids.optional(p.getProgramme())),
            each(Project.class, "participants[].organisation", ORGANISATIONS,
                    (p, ids) -> ids.each(p.getParticipants(), Participation::getOrganisation)),
            one(CallForProposals.class, "project", PROJECTS, (c, ids) -> ids.one(c.getProject())),
            APPLICATION_CALL,
            within(Application.class, APPLICATION_CALL, "lot", LOTS, "kichi.catalogue.unknownLot",
                    (a, ids) -> ids.within(Optional.of(a.getCall()), a.getLot())),
            each(Application.class, "partnership.members[].organisation", ORGANISATIONS,
                    (a, ids) -> ids.each(a.getPartnership().getMembers(), Partner::getOrganisation)),
            GRANT_CALL,
            within(Grant.class, GRANT_CALL, "lot", LOTS, "kichi.catalogue.unknownLot",
                    (g, ids) -> ids.within(g.getCall(), g.getLot())),
            optional(Grant.class, "application", APPLICATIONS, (g, ids) -> ids.optional(g.getApplication())),
            GRANT_PROJECT,
            within(Grant.class, GRANT_PROJECT, "component", GRANT_COMPONENTS, "kichi.catalogue.unknownComponent",
                    (g, ids) -> ids.within(g.getProject(), g.getComponent())),
            each(Grant.class, "partnership.members[].organisation", ORGANISATIONS,
                    (g, ids) -> ids.each(g.getPartnership().getMembers(), Partner::getOrganisation)),
            each(Reviewer.class, "affiliations[]", ORGANISATIONS,
                    (r, ids) -> ids.each(r.getAffiliations(), id -> id)),
            one(Review.class, "application", APPLICATIONS, (r, ids) -> ids.one(r.getApplication())),
            one(Review.class, "reviewer", REVIEWERS, (r, ids) -> ids.one(r.getReviewer())));

    private final CatalogueCollection from;
    private final String member;
    private final Cardinality cardinality;
    private final CatalogueCollection to;
    private final Reference scope;
    private final Items items;
    private final String code;
    private final Walker<Object> walker;
    private final String pathBefore;
    private final String pathAfter;
    private final String pointerBefore;
    private final String pointerAfter;

    @SuppressWarnings("unchecked")
    private Reference(Class<?> from, String member, Cardinality cardinality, CatalogueCollection to,
            Reference scope, Items items, String code, Walker<?> walker) {
        this.from = CatalogueCollection.of(from);
        this.member = member;
        this.cardinality = cardinality;
        this.to = to;
        this.scope = scope;
        this.items = items;
        this.code = code;
        this.walker = (Walker<Object>) walker;
        int each = member.indexOf("[]");
        if ((each >= 0) != (cardinality == Cardinality.EACH) || member.indexOf("[]", each + 1) > each) {
            throw new IllegalArgumentException("a member of each array element has one [], other members none: "
                    + member);
        }
        this.pathBefore = each < 0 ? member : member.substring(0, each);
        this.pathAfter = each < 0 ? "" : member.substring(each + 2);
        this.pointerBefore = "/" + pathBefore.replace('.', '/');
        this.pointerAfter = pathAfter.replace('.', '/');
    }

    private static <S> Reference one(Class<S> from, String member, CatalogueCollection to, Walker<S> walker) {
        return new Reference(from, member, Cardinality.ONE, to, null, null, "kichi.catalogue.unknownReference",
                walker);
    }

    private static <S> Reference optional(Class<S> from, String member, CatalogueCollection to, Walker<S> walker) {
        return new Reference(from, member, Cardinality.OPTIONAL, to, null, null, "kichi.catalogue.unknownReference",
                walker);
    }

    private static <S> Reference each(Class<S> from, String member, CatalogueCollection to, Walker<S> walker) {
        return new Reference(from, member, Cardinality.EACH, to, null, null, "kichi.catalogue.unknownReference",
                walker);
    }

    private static <S> Reference within(Class<S> from, Reference scope, String member, Items items, String code,
            Walker<S> walker) {
        if (scope.from.type() != from || scope.cardinality == Cardinality.EACH || scope.to != items.owner) {
            throw new IllegalArgumentException(member + ": a reference within names an item of the one object "
                    + "its scope names");
        }
        return new Reference(from, member, Cardinality.OPTIONAL, scope.to, scope, items, code, walker);
    }

    /** @return the collection whose objects hold the member */
    public CatalogueCollection from() {
        return from;
    }

    /** @return the member, a property path from an object of {@link #from()}, e.g. {@code participants[].organisation} */
    public String member() {
        return member;
    }

    /** @return how many identifiers the member holds */
    public Cardinality cardinality() {
        return cardinality;
    }

    /**
     * @return the collection referred to; for a reference within another ({@link #scope()}), the collection of the
     *     object whose {@link #items()} it names
     */
    public CatalogueCollection to() {
        return to;
    }

    /**
     * @return for a reference within the object another reference names, that other reference (of the same
     *     object); else {@code null}
     */
    public Reference scope() {
        return scope;
    }

    /** @return for a reference within another, the list of the named object it names an item of; else null */
    public Items items() {
        return items;
    }

    /**
     * @return the problem code of an identifier that names nothing: {@code kichi.catalogue.unknownReference} (with
     *     {@code value} and {@code kind}), or for a reference within another its own code (with {@code value} and,
     *     named after the scope's member, the scope's identifier, e.g. {@code call})
     */
    public String code() {
        return code;
    }

    /**
     * What the member names, as the schema's {@code $comment} and the format page's table write it:
     * {@code organisations}, or {@code lots of call} for a reference within the object {@code call} names.
     *
     * @return the description
     */
    public String target() {
        return scope == null ? to.member() : items.member() + " of " + scope.member;
    }

    /**
     * Hands each identifier the member holds in an object to {@code ids}, in order: to {@link Ids#id} for a
     * reference to a collection (none when an optional member is absent), to {@link Ids#within(Object, String)}
     * for a reference within another (only when both it and its scope's member are present).
     *
     * @param element an object of {@link #from()}
     * @param ids what receives them
     */
    public void forEachId(Object element, Ids ids) {
        walker.walk(element, ids);
    }

    /**
     * @param index the array element's index, or {@code -1}
     * @return the member's property path, e.g. {@code partnership.members[2].organisation}
     */
    public String propertyPath(int index) {
        return index < 0 ? pathBefore : pathBefore + "[" + index + "]" + pathAfter;
    }

    /**
     * @param index the array element's index, or {@code -1}
     * @return the member's JSON Pointer from its object, e.g. {@code /partnership/members/2/organisation}
     */
    public String pointer(int index) {
        return index < 0 ? pointerBefore : pointerBefore + "/" + index + pointerAfter;
    }

    /**
     * @param collection a collection
     * @return the references of its objects, in {@link #ALL}'s order
     */
    public static List<Reference> from(CatalogueCollection collection) {
        List<Reference> of = new ArrayList<>();
        for (Reference r : ALL) {
            if (r.from == collection) {
                of.add(r);
            }
        }
        return List.copyOf(of);
    }

    @Override
    public String toString() {
        return from.member() + "[]." + member + " → " + target() + " (" + cardinality.word() + ")";
    }
}
