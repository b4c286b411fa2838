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

    /** Receives the identifiers a member holds; see {@link #forEachId}. */
    @FunctionalInterface
    public interface IdVisitor {
        /**
         * @param reference the reference
         * @param index the array element's index, or {@code -1} when the member holds one id
         * @param id the identifier (an {@link OrganisationId} for organisations, else a string), never null
         */
        void id(Reference reference, int index, Object id);
    }

    private static final Items LOTS = new Items(CallForProposals.class, "lots", CallForProposals::getLots, Lot::getId);
    private static final Items GRANT_COMPONENTS = new Items(Project.class, "grantComponents",
            Project::getGrantComponents, GrantComponent::getId);

    private static final Reference APPLICATION_CALL = one(Application.class, "call", CALLS, Application::getCall);
    private static final Reference GRANT_CALL = optional(Grant.class, "call", CALLS, Grant::getCall);
    private static final Reference GRANT_PROJECT = optional(Grant.class, "project", PROJECTS, Grant::getProject);

    /** Every reference of a catalogue, collection by collection in document order. */
    public static final List<Reference> ALL = List.of(
            one(DonorProgramme.class, "donor", ORGANISATIONS, DonorProgramme::getDonor),
            optional(DonorProgramme.class, "parent", PROGRAMMES, DonorProgramme::getParent),
            optional(Project.class, "programme", PROGRAMMES, Project::getProgramme),
            each(Project.class, "participants[].organisation", ORGANISATIONS, Project::getParticipants,
                    Participation::getOrganisation),
            one(CallForProposals.class, "project", PROJECTS, CallForProposals::getProject),
            APPLICATION_CALL,
            within(APPLICATION_CALL, "lot", LOTS, Application::getLot, "kichi.catalogue.unknownLot"),
            each(Application.class, "partnership.members[].organisation", ORGANISATIONS,
                    a -> a.getPartnership().getMembers(), Partner::getOrganisation),
            GRANT_CALL,
            within(GRANT_CALL, "lot", LOTS, Grant::getLot, "kichi.catalogue.unknownLot"),
            optional(Grant.class, "application", APPLICATIONS, Grant::getApplication),
            GRANT_PROJECT,
            within(GRANT_PROJECT, "component", GRANT_COMPONENTS, Grant::getComponent,
                    "kichi.catalogue.unknownComponent"),
            each(Grant.class, "partnership.members[].organisation", ORGANISATIONS,
                    g -> g.getPartnership().getMembers(), Partner::getOrganisation),
            each(Reviewer.class, "affiliations[]", ORGANISATIONS, Reviewer::getAffiliations, id -> id),
            one(Review.class, "application", APPLICATIONS, Review::getApplication),
            one(Review.class, "reviewer", REVIEWERS, Review::getReviewer));

    private final CatalogueCollection from;
    private final String member;
    private final Cardinality cardinality;
    private final CatalogueCollection to;
    private final Reference scope;
    private final Items items;
    private final String code;
    private final Function<Object, ?> value;
    private final Function<Object, ?> itemId;
    private final String pathBefore;
    private final String pathAfter;
    private final String pointerBefore;
    private final String pointerAfter;

    @SuppressWarnings("unchecked")
    private Reference(Class<?> from, String member, Cardinality cardinality, CatalogueCollection to,
            Reference scope, Items items, String code, Function<?, ?> value, Function<?, ?> itemId) {
        this.from = CatalogueCollection.of(from);
        this.member = member;
        this.cardinality = cardinality;
        this.to = to;
        this.scope = scope;
        this.items = items;
        this.code = code;
        this.value = (Function<Object, ?>) value;
        this.itemId = (Function<Object, ?>) itemId;
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

    private static <S> Reference one(Class<S> from, String member, CatalogueCollection to, Function<S, ?> id) {
        return new Reference(from, member, Cardinality.ONE, to, null, null, "kichi.catalogue.unknownReference",
                id, null);
    }

    private static <S> Reference optional(Class<S> from, String member, CatalogueCollection to,
            Function<S, ? extends Optional<?>> id) {
        return new Reference(from, member, Cardinality.OPTIONAL, to, null, null,
                "kichi.catalogue.unknownReference", id, null);
    }

    private static <S, E> Reference each(Class<S> from, String member, CatalogueCollection to,
            Function<S, ? extends Collection<E>> elements, Function<E, ?> id) {
        return new Reference(from, member, Cardinality.EACH, to, null, null, "kichi.catalogue.unknownReference",
                elements, id);
    }

    private static <S> Reference within(Reference scope, String member, Items items,
            Function<S, Optional<String>> id, String code) {
        if (scope.cardinality == Cardinality.EACH || scope.to != items.owner) {
            throw new IllegalArgumentException(member + ": a reference within names an item of the one object "
                    + "its scope names");
        }
        return new Reference(scope.from.type(), member, Cardinality.OPTIONAL, scope.to, scope, items, code, id,
                null);
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
     * Calls the visitor with each identifier the member holds in an object, in order; none when an optional
     * member is absent.
     *
     * @param element an object of {@link #from()}
     * @param visitor what receives them
     */
    public void forEachId(Object element, IdVisitor visitor) {
        switch (cardinality) {
            case ONE -> visitor.id(this, -1, value.apply(element));
            case OPTIONAL -> {
                Optional<?> id = (Optional<?>) value.apply(element);
                if (id.isPresent()) {
                    visitor.id(this, -1, id.get());
                }
            }
            case EACH -> {
                int i = 0;
                for (Object e : (Collection<?>) value.apply(element)) {
                    visitor.id(this, i++, itemId.apply(e));
                }
            }
        }
    }

    /**
     * @param element an object of {@link #from()}
     * @return the identifier a member of one identifier holds, or {@code null} when absent
     * @throws IllegalStateException for a member of each array element
     */
    public Object idIn(Object element) {
        return switch (cardinality) {
            case ONE -> value.apply(element);
            case OPTIONAL -> ((Optional<?>) value.apply(element)).orElse(null);
            case EACH -> throw new IllegalStateException(member + " holds one id per array element");
        };
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
