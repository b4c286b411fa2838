package kg.kichi.core.catalogue;

import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static kg.kichi.core.Samples.EU;
import static kg.kichi.core.Samples.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kg.kichi.core.Samples;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Project;
import org.junit.jupiter.api.Test;

/**
 * Rules the model lacked (issue 20): a programme may not be its own ancestor; budgets are not negative; a
 * nationwide coverage names an assigned ISO 3166-1 country, not {@code ZZ}.
 */
class SemanticGapsTest {
    private static DonorProgramme programme(String id, String parent) {
        DonorProgramme.Builder b = DonorProgramme.builder().id(id).name(en(id)).donor(EU);
        return parent == null ? b.build() : b.parent(parent).build();
    }

    private static Catalogue.Builder with(List<DonorProgramme> programmes) {
        return Catalogue.builder().id("d").addOrganisation(Samples.organisation(EU, LegalForm.OTHER))
                .programmes(programmes);
    }

    @Test
    void aProgrammeThatIsItsOwnParentIsACycle() {
        assertRejected(() -> with(List.of(programme("a", "a"))).build())
                .containsExactly(violation("programmes[0].parent", "kichi.catalogue.parentCycle"));
    }

    @Test
    void twoProgrammesThatAreEachOthersParentAreOneCycle() {
        assertRejected(() -> with(List.of(programme("root", null), programme("a", "b"), programme("b", "a"),
                programme("c", "a"))).build())
                .containsExactly(violation("programmes[1].parent", "kichi.catalogue.parentCycle"));
    }

    @Test
    void aLongCycleIsFoundInLinearTimeAndAChainIsNotACycle() {
        int n = 100_000;
        List<DonorProgramme> cycle = new ArrayList<>(n);
        List<DonorProgramme> chain = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cycle.add(programme("p" + i, "p" + ((i + 1) % n)));
            chain.add(programme("p" + i, i + 1 < n ? "p" + (i + 1) : null));
        }
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertRejected(() -> with(cycle).build())
                    .containsExactly(violation("programmes[0].parent", "kichi.catalogue.parentCycle"));
            assertThat(with(chain).build().getProgrammes()).hasSize(n);
        });
    }

    @Test
    void budgetsAreNotNegative() {
        assertRejected(() -> DonorProgramme.builder().id("p").name(en("p")).donor(EU).budget(Money.of("-1", "EUR"))
                .build()).containsExactly(violation("budget", "kichi.money.notNegative"));
        assertRejected(() -> Project.builder().id("p").title(en("p")).budget(Money.of("-0.01", "EUR")).build())
                .containsExactly(violation("budget", "kichi.money.notNegative"));
        assertThat(DonorProgramme.builder().id("p").name(en("p")).donor(EU).budget(Money.of("0", "EUR")).build()
                .getBudget()).contains(Money.of("0", "EUR"));
        assertThat(Project.builder().id("p").title(en("p")).budget(Money.of("5", "KGS")).build().getBudget())
                .contains(Money.of("5", "KGS"));
    }

    @Test
    void nationwideCoverageNamesAnAssignedCountry() {
        for (String code : new String[] {"ZZ", "XX", "AA", "QM", "EU", "UK"}) {
            assertRejected(() -> RegionalCoverage.nationwide(code))
                    .containsExactly(violation("country", "kichi.coverage.country"));
        }
        assertThat(RegionalCoverage.nationwide("KG").toString()).contains("KG");
        assertThat(RegionalCoverage.nationwide("GB")).isNotNull();
    }
}
