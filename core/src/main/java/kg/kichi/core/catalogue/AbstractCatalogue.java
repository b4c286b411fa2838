package kg.kichi.core.catalogue;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import kg.kichi.core.Extensible;
import kg.kichi.core.KichiStyle;
import kg.kichi.core.application.Application;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.evaluation.Review;
import kg.kichi.core.evaluation.Reviewer;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Project;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.validation.Identifier;
import kg.kichi.core.validation.Validity;
import org.immutables.value.Value;
import kg.kichi.core.internal.SkipNulls;

/**
 * One dataset: its organisations, programmes, projects, calls, applications, grants, reviewers and reviews, with every reference
 * between them checked ({@link ReferentialIntegrity}): identifiers are unique per kind and every identifier
 * referred to exists in the catalogue.
 *
 * <p>Build with {@code Catalogue.builder()}; look objects up with {@link #organisation(OrganisationId)} and its
 * siblings.
 */
@Value.Immutable
@KichiStyle
@ReferentialIntegrity
public abstract class AbstractCatalogue implements Extensible {
    /** Only the generated {@link Catalogue} extends this definition; use {@code Catalogue}. */
    AbstractCatalogue() {}

    /** @return the dataset's identifier */
    @NotNull(message = "{kichi.required}")
    @Identifier
    public abstract String getId();

    /** @return the dataset's title */
    public abstract Optional<LocalizedText> getTitle();

    /**
     * @return the period the dataset's source reports on, when it states one: a newsletter's issue ("Декабрь
     *     2021-Февраль 2022"), a quarterly report's quarter. Not the period of any project or grant.
     */
    public abstract Optional<DatePeriod> getReportingPeriod();

    /** @return who published the dataset, when stated */
    public abstract Optional<LocalizedText> getPublisher();

    /** @return every organisation referred to */
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") Organisation> getOrganisations();

    /** @return the donor programmes */
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") DonorProgramme> getProgrammes();

    /** @return the projects */
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") Project> getProjects();

    /** @return the calls for proposals */
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") CallForProposals> getCalls();

    /** @return the applications */
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") Application> getApplications();

    /** @return the grants */
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") Grant> getGrants();

    /** @return the people who score applications */
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") Reviewer> getReviewers();

    /** @return the reviews of applications */
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") Review> getReviews();

    /**
     * Looks up an organisation.
     *
     * @param id its identifier
     * @return the organisation, or empty
     */
    public Optional<Organisation> organisation(OrganisationId id) {
        return getOrganisations().stream().filter(o -> o.getId().equals(id)).findFirst();
    }

    /**
     * Looks up a programme.
     *
     * @param id its identifier
     * @return the programme, or empty
     */
    public Optional<DonorProgramme> programme(String id) {
        return getProgrammes().stream().filter(p -> p.getId().equals(id)).findFirst();
    }

    /**
     * Looks up a project.
     *
     * @param id its identifier
     * @return the project, or empty
     */
    public Optional<Project> project(String id) {
        return getProjects().stream().filter(p -> p.getId().equals(id)).findFirst();
    }

    /**
     * Looks up a call.
     *
     * @param id its identifier
     * @return the call, or empty
     */
    public Optional<CallForProposals> call(String id) {
        return getCalls().stream().filter(c -> c.getId().equals(id)).findFirst();
    }

    /**
     * Looks up an application.
     *
     * @param id its identifier
     * @return the application, or empty
     */
    public Optional<Application> application(String id) {
        return getApplications().stream().filter(a -> a.getId().equals(id)).findFirst();
    }

    /**
     * Looks up a grant.
     *
     * @param id its identifier
     * @return the grant, or empty
     */
    public Optional<Grant> grant(String id) {
        return getGrants().stream().filter(g -> g.getId().equals(id)).findFirst();
    }

    /**
     * The grants in which an organisation is the grantee or a partner.
     *
     * @param id the organisation
     * @return its grants, in catalogue order
     */
    public List<Grant> grantsOf(OrganisationId id) {
        return getGrants().stream().filter(g -> g.getPartnership().roleOf(id).isPresent()).toList();
    }

    /**
     * Looks up a reviewer.
     *
     * @param id its identifier
     * @return the reviewer, or empty
     */
    public Optional<Reviewer> reviewer(String id) {
        return getReviewers().stream().filter(r -> r.getId().equals(id)).findFirst();
    }

    @Value.Check
    protected void check() {
        Validity.check(this);
    }
}
