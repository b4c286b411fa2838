package kg.kichi.json.stream;

import java.util.List;
import java.util.function.Function;
import kg.kichi.core.catalogue.Catalogue;

/** The eight collections of a document, in the order they are written. */
public enum Section {
    /** {@code organisations}. */
    ORGANISATIONS("organisations", Catalogue::getOrganisations),
    /** {@code programmes}. */
    PROGRAMMES("programmes", Catalogue::getProgrammes),
    /** {@code projects}. */
    PROJECTS("projects", Catalogue::getProjects),
    /** {@code calls}. */
    CALLS("calls", Catalogue::getCalls),
    /** {@code applications}. */
    APPLICATIONS("applications", Catalogue::getApplications),
    /** {@code grants}. */
    GRANTS("grants", Catalogue::getGrants),
    /** {@code reviewers}. */
    REVIEWERS("reviewers", Catalogue::getReviewers),
    /** {@code reviews}. */
    REVIEWS("reviews", Catalogue::getReviews);

    private final String member;
    private final Function<Catalogue, List<?>> items;

    Section(String member, Function<Catalogue, List<?>> items) {
        this.member = member;
        this.items = items;
    }

    /** @return the member name in the envelope, e.g. {@code grants} */
    public String member() {
        return member;
    }

    /**
     * The objects of this collection in a catalogue.
     *
     * @param catalogue the catalogue
     * @return its objects
     */
    public List<?> of(Catalogue catalogue) {
        return items.apply(catalogue);
    }

    /**
     * The section a reference's kind names, as the catalogue's violations do ({@code organisation},
     * {@code programme}, {@code project}, {@code call}, {@code application}, {@code grant}, {@code reviewer}).
     *
     * @param kind the kind
     * @return the section, or {@code null}
     */
    public static Section byKind(String kind) {
        for (Section s : values()) {
            if (s.member.equals(kind + "s")) {
                return s;
            }
        }
        return null;
    }

    /**
     * The section of an envelope member.
     *
     * @param member a member name
     * @return the section, or {@code null} when the member is not a collection
     */
    public static Section byMember(String member) {
        for (Section s : values()) {
            if (s.member.equals(member)) {
                return s;
            }
        }
        return null;
    }
}
