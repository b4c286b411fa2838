package kg.kichi.core.catalogue;

import static kg.kichi.core.Samples.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kg.kichi.core.Samples;
import kg.kichi.core.application.Application;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Project;
import kg.kichi.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** A default-bootstrapped provider sees the catalogue's referential integrity, with the same paths as ours. */
class DefaultProviderCatalogueTest {
    /** The sample catalogue with its organisations gone and one duplicate grant: it bypasses the check. */
    static final class DanglingCatalogue extends AbstractCatalogue {
        private final Catalogue sample = Samples.catalogue().build();

        @Override
        public String getId() {
            return sample.getId();
        }

        @Override
        public Optional<LocalizedText> getTitle() {
            return Optional.of(en("Dangling"));
        }

        @Override
        public Optional<kg.kichi.core.time.DatePeriod> getReportingPeriod() {
            return Optional.empty();
        }

        @Override
        public Optional<LocalizedText> getPublisher() {
            return Optional.empty();
        }

        @Override
        public List<Organisation> getOrganisations() {
            return List.of();
        }

        @Override
        public List<DonorProgramme> getProgrammes() {
            return sample.getProgrammes();
        }

        @Override
        public List<Project> getProjects() {
            return sample.getProjects();
        }

        @Override
        public List<CallForProposals> getCalls() {
            return sample.getCalls();
        }

        @Override
        public List<Application> getApplications() {
            return sample.getApplications();
        }

        @Override
        public List<Grant> getGrants() {
            return List.of(sample.getGrants().get(1), sample.getGrants().get(1));
        }

        @Override
        public List<kg.kichi.core.evaluation.Reviewer> getReviewers() {
            return List.of();
        }

        @Override
        public List<kg.kichi.core.evaluation.Review> getReviews() {
            return List.of();
        }

        @Override
        public Map<String, String> getExtensions() {
            return Map.of();
        }
    }

    @Test
    void reportsEveryDanglingOrganisationAndTheDuplicateGrant() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Set<ConstraintViolation<DanglingCatalogue>> violations = factory.getValidator()
                    .validate(new DanglingCatalogue());
            assertThat(violations).extracting(v -> v.getPropertyPath().toString(),
                    ConstraintViolation::getMessageTemplate).containsExactlyInAnyOrder(
                            tuple("programmes[0].donor", "{kichi.catalogue.unknownReference}"),
                            tuple("programmes[1].donor", "{kichi.catalogue.unknownReference}"),
                            tuple("projects[0].participants[0].organisation", "{kichi.catalogue.unknownReference}"),
                            tuple("projects[0].participants[1].organisation", "{kichi.catalogue.unknownReference}"),
                            tuple("applications[0].partnership.members[0].organisation",
                                    "{kichi.catalogue.unknownReference}"),
                            tuple("applications[0].partnership.members[1].organisation",
                                    "{kichi.catalogue.unknownReference}"),
                            tuple("grants[0].partnership.members[0].organisation",
                                    "{kichi.catalogue.unknownReference}"),
                            tuple("grants[1].partnership.members[0].organisation",
                                    "{kichi.catalogue.unknownReference}"),
                            tuple("grants[1].id", "{kichi.catalogue.duplicateId}"));
            assertThat(violations).allSatisfy(v -> assertThat(v.getMessage()).doesNotStartWith("{kichi."));
        }
    }
}
