package kg.kichi.core.catalogue;

import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static kg.kichi.core.ModelAssertions.violationsOf;
import static kg.kichi.core.Samples.EU;
import static kg.kichi.core.Samples.NARYN_EDC;
import static kg.kichi.core.Samples.TYNCHTYK;
import static kg.kichi.core.Samples.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import kg.kichi.core.Samples;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.Partner;
import kg.kichi.core.application.PartnerRole;
import kg.kichi.core.call.Lot;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.ParticipationRole;
import kg.kichi.core.validation.Violation;
import org.junit.jupiter.api.Test;

class CatalogueTest {
    private static final OrganisationId GHOST = OrganisationId.local("ghost");

    @Test
    void buildsAndLooksObjectsUp() {
        Catalogue catalogue = Samples.catalogue().title(en("Sample")).build();
        assertThat(catalogue.organisation(TYNCHTYK)).map(Organisation::getLegalForm)
                .contains(LegalForm.PUBLIC_ASSOCIATION);
        assertThat(catalogue.organisation(GHOST)).isEmpty();
        assertThat(catalogue.programme("cbss")).map(DonorProgramme::getParent).contains(java.util.Optional.of("eidhr"));
        assertThat(catalogue.project("p1")).isPresent();
        assertThat(catalogue.call("c1")).isPresent();
        assertThat(catalogue.application("a1")).map(Application::getApplicant).contains(TYNCHTYK);
        assertThat(catalogue.grant("g2")).isPresent();
        assertThat(catalogue.grant("g3")).isEmpty();
        assertThat(catalogue.grantsOf(NARYN_EDC)).extracting(Grant::getId).containsExactly("g1", "g2");
        assertThat(catalogue.grantsOf(TYNCHTYK)).extracting(Grant::getId).containsExactly("g1");
        assertThat(catalogue.grantsOf(EU)).isEmpty();
    }

    @Test
    void needsAnIdentifier() {
        assertRejected(() -> Catalogue.builder().build()).containsExactly(violation("id", "kichi.required"));
        assertRejected(() -> Catalogue.builder().id("a b").build()).containsExactly(violation("id", "kichi.id"));
    }

    @Test
    void reportsDuplicateIdentifiersOfEveryKind() {
        Catalogue sample = Samples.catalogue().build();
        assertRejected(() -> Catalogue.builder().from(sample)
                .addOrganisation(Samples.organisation(EU, LegalForm.OTHER))
                .addProgramme(sample.getProgrammes().get(0))
                .addProject(sample.getProjects().get(0))
                .addCall(sample.getCalls().get(0))
                .addApplication(sample.getApplications().get(0))
                .addGrant(sample.getGrants().get(1)).build()).containsExactly(
                        violation("applications[1].id", "kichi.catalogue.duplicateId"),
                        violation("calls[1].id", "kichi.catalogue.duplicateId"),
                        violation("grants[2].id", "kichi.catalogue.duplicateId"),
                        violation("organisations[3].id", "kichi.catalogue.duplicateId"),
                        violation("programmes[2].id", "kichi.catalogue.duplicateId"),
                        violation("projects[1].id", "kichi.catalogue.duplicateId"));
    }

    @Test
    void reportsEveryKindOfDanglingReferenceAtOnce() {
        Partnership ghostly = Partnership.builder().addMember(Partner.of(TYNCHTYK, PartnerRole.LEAD))
                .addMember(Partner.of(GHOST, PartnerRole.PARTNER)).build();
        Catalogue.Builder broken = Catalogue.builder().from(Samples.catalogue().build())
                .addProgramme(DonorProgramme.builder().id("orphan").name(en("Orphan")).donor(GHOST).parent("nowhere")
                        .build())
                .addProject(Samples.project().id("p2").programme("no-programme")
                        .addParticipant(Participation.of(GHOST, ParticipationRole.EXTENDING)).build())
                .addCall(Samples.call().id("c2").project("no-project").build())
                .addApplication(Samples.application().id("a2").call("no-call").partnership(ghostly).build())
                .addApplication(Samples.application().id("a3").lot("lot-z").build())
                .addGrant(Samples.grant().id("g3").call("no-call").application("no-application").project("no-project")
                        .partnership(ghostly).build())
                .addGrant(Samples.grant().id("g4").lot("lot-z").build());

        List<Violation> violations = violationsOf(broken::build);

        assertThat(violations).extracting(Violation::getPath, Violation::getCode, v -> v.getArguments().get("kind"),
                v -> v.getArguments().get("value")).containsExactly(
                        tuple("applications[1].call", "kichi.catalogue.unknownReference", "call", "no-call"),
                        tuple("applications[1].partnership.members[1].organisation",
                                "kichi.catalogue.unknownReference", "organisation", "XI-KICHI-ghost"),
                        tuple("applications[2].lot", "kichi.catalogue.unknownLot", null, "lot-z"),
                        tuple("calls[1].project", "kichi.catalogue.unknownReference", "project", "no-project"),
                        tuple("grants[2].application", "kichi.catalogue.unknownReference", "application",
                                "no-application"),
                        tuple("grants[2].call", "kichi.catalogue.unknownReference", "call", "no-call"),
                        tuple("grants[2].partnership.members[1].organisation", "kichi.catalogue.unknownReference",
                                "organisation", "XI-KICHI-ghost"),
                        tuple("grants[2].project", "kichi.catalogue.unknownReference", "project", "no-project"),
                        tuple("grants[3].lot", "kichi.catalogue.unknownLot", null, "lot-z"),
                        tuple("programmes[2].donor", "kichi.catalogue.unknownReference", "organisation",
                                "XI-KICHI-ghost"),
                        tuple("programmes[2].parent", "kichi.catalogue.unknownReference", "programme", "nowhere"),
                        tuple("projects[1].participants[2].organisation", "kichi.catalogue.unknownReference",
                                "organisation", "XI-KICHI-ghost"),
                        tuple("projects[1].programme", "kichi.catalogue.unknownReference", "programme",
                                "no-programme"));
        assertThat(violations).filteredOn(v -> v.getCode().equals("kichi.catalogue.unknownLot"))
                .allSatisfy(v -> assertThat(v.getArguments()).containsEntry("call", "c1"));
        assertThat(violations.get(0).getMessage()).isEqualTo("no call with identifier no-call in this dataset");
    }

    @Test
    void aProgrammeMayReferToAParentFurtherOnInTheList() {
        Catalogue sample = Samples.catalogue().build();
        List<DonorProgramme> childFirst = List.of(sample.getProgrammes().get(1), sample.getProgrammes().get(0));
        assertThat(Catalogue.builder().from(sample).programmes(childFirst).build().programme("cbss")).isPresent();
    }

    @Test
    void referencesToADuplicatedIdResolveToItsFirstObject() {
        Catalogue sample = Samples.catalogue().build();
        Lot lotC = Lot.builder().id("lot-c").title(en("Media")).build();
        assertRejected(() -> Catalogue.builder().from(sample)
                .addCall(Samples.call().lots(List.of(lotC)).build())
                .addApplication(Samples.application().id("a2").lot("lot-c").build()).build()).containsExactly(
                        violation("applications[1].lot", "kichi.catalogue.unknownLot"),
                        violation("calls[1].id", "kichi.catalogue.duplicateId"));
    }

    @Test
    void anObjectWithADuplicateIdHasItsReferencesCheckedToo() {
        assertRejected(() -> Samples.catalogue().addGrant(Samples.grant().project("no-project").build())
                .addCall(Samples.call().project("no-project").build()).build()).containsExactly(
                        violation("calls[1].id", "kichi.catalogue.duplicateId"),
                        violation("calls[1].project", "kichi.catalogue.unknownReference"),
                        violation("grants[2].id", "kichi.catalogue.duplicateId"),
                        violation("grants[2].project", "kichi.catalogue.unknownReference"));
    }

    @Test
    void aLotOfAnUnknownCallIsReportedOnlyAsTheUnknownCall() {
        assertRejected(() -> Samples.catalogue().addGrant(Samples.grant().id("g3").call("no-call").lot("lot-a")
                .build()).build()).containsExactly(violation("grants[2].call", "kichi.catalogue.unknownReference"));
    }

    @Test
    void isImmutableAndCopiesItsInputs() {
        List<Organisation> organisations = new ArrayList<>(List.of(Samples.organisation(EU, LegalForm.DONOR_AGENCY)));
        Catalogue catalogue = Catalogue.builder().id("c").organisations(organisations).build();
        organisations.clear();
        assertThat(catalogue.getOrganisations()).hasSize(1);
        assertThatThrownBy(() -> catalogue.getOrganisations().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> catalogue.getGrants().add(Samples.grant().build()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(catalogue.withOrganisations(List.of()).getOrganisations()).isEmpty();
        Catalogue sample = Samples.catalogue().build();
        assertRejected(() -> sample.withOrganisations(sample.getOrganisations().subList(1, 3))).containsExactly(
                violation("programmes[0].donor", "kichi.catalogue.unknownReference"),
                violation("programmes[1].donor", "kichi.catalogue.unknownReference"),
                violation("projects[0].participants[0].organisation", "kichi.catalogue.unknownReference"));
    }

    @Test
    void theIntegrityValidatorLeavesAMissingCatalogueToNotNull() {
        // Bean Validation's convention: a constraint other than @NotNull accepts null (the context is not needed then)
        assertThat(new ReferentialIntegrity.Validator().isValid(null, null)).isTrue();
    }
}
