package kg.kichi.core.catalogue;

import static kg.kichi.core.Samples.EU;
import static kg.kichi.core.Samples.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import kg.kichi.core.Samples;
import kg.kichi.core.evaluation.Reviewer;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.validation.InvalidModelException;
import org.junit.jupiter.api.Test;

/** Looking objects up by identifier when there are several, and what a cycle of programmes reports of itself. */
class CatalogueLookupsTest {
    @Test
    void lookupsFindTheObjectOfThatIdentifierNotTheFirst() {
        Catalogue catalogue = Samples.catalogue().addProject(Samples.project().id("p2").build())
                .addReviewer(Reviewer.builder().id("r1").build()).addReviewer(Reviewer.builder().id("r2").build())
                .build();
        assertThat(catalogue.project("p2").orElseThrow().getId()).isEqualTo("p2");
        assertThat(catalogue.project("p1").orElseThrow().getId()).isEqualTo("p1");
        assertThat(catalogue.project("p3")).isEmpty();
        assertThat(catalogue.reviewer("r2").orElseThrow().getId()).isEqualTo("r2");
        assertThat(catalogue.reviewer("r1").orElseThrow().getId()).isEqualTo("r1");
        assertThat(catalogue.reviewer("r3")).isEmpty();
    }

    @Test
    void aCycleOfThreeProgrammesIsNamedByItsFirstAndCountsThree() {
        List<DonorProgramme> programmes = List.of(programme("x", null), programme("c", "a"), programme("a", "b"),
                programme("b", "c"));
        InvalidModelException e = catchThrowableOfType(() -> Catalogue.builder().id("d")
                .addOrganisation(Samples.organisation(EU, LegalForm.OTHER)).programmes(programmes).build(),
                InvalidModelException.class);
        assertThat(e.getViolations()).singleElement().satisfies(v -> {
            assertThat(v.getPath()).isEqualTo("programmes[1].parent");
            assertThat(v.getCode()).isEqualTo("kichi.catalogue.parentCycle");
            assertThat(v.getArguments()).containsEntry("value", "c").containsEntry("length", 3);
        });
        assertThat(e.getMessage(Locale.ENGLISH)).contains("c");
    }

    private static DonorProgramme programme(String id, String parent) {
        DonorProgramme.Builder b = DonorProgramme.builder().id(id).name(en(id)).donor(EU);
        return parent == null ? b.build() : b.parent(parent).build();
    }
}
