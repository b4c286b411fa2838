package kg.kichi.core.internal;

import java.util.function.Function;
import kg.kichi.core.application.Application;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.evaluation.Review;
import kg.kichi.core.evaluation.Reviewer;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Project;

/**
 * The eight collections of a catalogue, in the order a document writes them: what a {@link Reference} refers from
 * and to. Every collection but {@code programmes} refers only to collections before it.
 */
public enum CatalogueCollection {
    /** {@code organisations}, by {@link kg.kichi.core.organisation.OrganisationId}. */
    ORGANISATIONS("organisations", "organisation", Organisation.class, Organisation::getId),
    /** {@code programmes}. */
    PROGRAMMES("programmes", "programme", DonorProgramme.class, DonorProgramme::getId),
    /** {@code projects}. */
    PROJECTS("projects", "project", Project.class, Project::getId),
    /** {@code calls}. */
    CALLS("calls", "call", CallForProposals.class, CallForProposals::getId),
    /** {@code applications}. */
    APPLICATIONS("applications", "application", Application.class, Application::getId),
    /** {@code grants}. */
    GRANTS("grants", "grant", Grant.class, Grant::getId),
    /** {@code reviewers}. */
    REVIEWERS("reviewers", "reviewer", Reviewer.class, Reviewer::getId),
    /** {@code reviews}. */
    REVIEWS("reviews", "review", Review.class, Review::getId);

    private final String member;
    private final String kind;
    private final Class<?> type;
    private final Function<Object, Object> id;

    @SuppressWarnings("unchecked")
    <T> CatalogueCollection(String member, String kind, Class<T> type, Function<T, ?> id) {
        this.member = member;
        this.kind = kind;
        this.type = type;
        this.id = (Function<Object, Object>) id;
    }

    /** @return the member of the catalogue (and of a document's envelope), e.g. {@code grants} */
    public String member() {
        return member;
    }

    /**
     * @return what a reference to one of its objects is called in {@code kichi.catalogue.unknownReference}'s
     *     {@code kind} argument, e.g. {@code grant}
     */
    public String kind() {
        return kind;
    }

    /** @return the model type of its objects */
    public Class<?> type() {
        return type;
    }

    /**
     * @param element an object of this collection
     * @return its identifier: an {@link kg.kichi.core.organisation.OrganisationId} for organisations, else a string
     */
    public Object idOf(Object element) {
        return id.apply(element);
    }

    /**
     * @param member a member name, e.g. {@code grants}
     * @return the collection, or {@code null} when no collection has that name
     */
    public static CatalogueCollection byMember(String member) {
        for (CatalogueCollection c : values()) {
            if (c.member.equals(member)) {
                return c;
            }
        }
        return null;
    }

    static CatalogueCollection of(Class<?> type) {
        for (CatalogueCollection c : values()) {
            if (c.type == type) {
                return c;
            }
        }
        throw new IllegalArgumentException("no catalogue collection holds " + type.getName());
    }
}
