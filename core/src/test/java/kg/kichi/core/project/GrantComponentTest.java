package kg.kichi.core.project;

import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kg.kichi.core.Samples;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Grant components: the groups of grants a project gives, with only the counts a source states. */
class GrantComponentTest {
    private static GrantComponent.Builder lsg() {
        return GrantComponent.builder().id("lsg").title(Samples.en("25 small grants on peace initiatives for LG bodies"));
    }

    @Test
    void countsAreAbsentUntilStated() {
        GrantComponent component = lsg().build();
        assertThat(component.getPlannedGrants()).isEmpty();
        assertThat(component.getAwardedGrants()).isEmpty();
        assertThat(component.getRecipientForms()).isEmpty();
        GrantComponent stated = lsg().plannedGrants(25).awardedGrants(25)
                .addRecipientForm(LegalForm.LOCAL_SELF_GOVERNMENT).build();
        assertThat(stated.getPlannedGrants()).contains(25);
        assertThat(stated.getAwardedGrants()).contains(25);
        assertThat(lsg().awardedGrants(0).build().getAwardedGrants()).as("none awarded is a stated count").contains(0);
    }

    @Test
    void reportsEveryBadCountAtOnce() {
        assertRejected(() -> GrantComponent.builder().plannedGrants(0).awardedGrants(-1).build())
                .containsExactlyInAnyOrder(violation("id", "kichi.required"), violation("title", "kichi.required"),
                        violation("plannedGrants", "kichi.positive"), violation("awardedGrants", "kichi.notNegative"));
    }

    @Test
    void componentIdentifiersAreUniqueWithinTheProject() {
        assertRejected(() -> Samples.project().addGrantComponent(lsg().build()).addGrantComponent(lsg().build()).build())
                .containsExactly(violation("grantComponents[1].id", "kichi.project.duplicateComponent"));
        Project project = Samples.project().addGrantComponent(lsg().build()).build();
        assertThat(project.grantComponent("lsg")).isPresent();
        assertThat(project.grantComponent("cso")).isEmpty();
    }

    @Test
    void aGrantNamesAComponentOnlyWithItsProject() {
        assertRejected(() -> Grant.builder().id("g").title(Samples.en("G")).call("c1").component("lsg")
                .partnership(Partnership.ofLead(Samples.TYNCHTYK)).build())
                .containsExactly(violation("component", "kichi.grant.componentWithoutProject"));
        Grant direct = Grant.builder().id("g").title(Samples.en("G")).project("p1").component("lsg")
                .partnership(Partnership.ofLead(Samples.TYNCHTYK)).build();
        assertThat(direct.getCall()).as("no call is needed").isEmpty();
    }

    @Test
    void theCatalogueChecksThatTheComponentExistsInTheGrantsProject() {
        Catalogue.Builder base = Samples.catalogue().projects(java.util.List.of(
                Samples.project().addGrantComponent(lsg().build()).build()));
        Grant inLsg = Grant.builder().id("g3").title(Samples.en("G")).project("p1").component("lsg")
                .partnership(Partnership.ofLead(Samples.TYNCHTYK)).build();
        assertThat(base.addGrant(inLsg).build().grant("g3")).isPresent();
        Grant inCso = Grant.builder().from(inLsg).id("g4").component("cso").build();
        assertThatThrownBy(() -> Samples.catalogue().projects(java.util.List.of(
                Samples.project().addGrantComponent(lsg().build()).build())).addGrant(inCso).build())
                .isInstanceOfSatisfying(InvalidModelException.class, e -> {
                    assertThat(e.getViolations()).extracting(Violation::getPath, Violation::getCode)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("grants[2].component",
                                    "kichi.catalogue.unknownComponent"));
                    assertThat(e.getViolations().get(0).getArguments()).containsEntry("project", "p1")
                            .containsEntry("value", "cso");
                });
    }
}
