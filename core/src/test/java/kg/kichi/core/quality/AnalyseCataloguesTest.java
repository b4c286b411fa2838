package kg.kichi.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.money.Money;
import org.junit.jupiter.api.Test;

/**
 * {@link QualityAnalysis#analyse(QualityOptions, List)} on catalogues in memory: every kind of object is looked at
 * (the counts are those of {@code QualityAnalysisTest}'s clean base, counted by hand there), each catalogue is a
 * document named by its id, and findings have no pointer, the objects not having been read from a document.
 */
class AnalyseCataloguesTest {
    @Test
    void everyKindOfObjectOfEveryCatalogueIsLookedAt() {
        Scenario s = new Scenario();
        s.projects.set(0, s.project().withBudget(Money.of("0", "EUR")));
        Catalogue first = Catalogue.builder().id("cat-1").organisations(s.organisations).programmes(s.programmes)
                .projects(s.projects).calls(s.calls).applications(s.applications).grants(s.grants).build();
        Catalogue second = Catalogue.builder().id("cat-2").build();

        QualityReport report = QualityAnalysis.analyse(QualityOptions.asOf(Scenario.PUBLISHED), List.of(first, second));

        assertThat(report.getDocuments()).containsExactly("cat-1", "cat-2");
        assertThat(report.result(QualityCheck.ZERO_AMOUNT).getLookedAt()).isEqualTo(2); // project budget, call amounts
        assertThat(report.result(QualityCheck.DATE_FAR_PAST).getLookedAt()).isEqualTo(4); // programme, project, call, grant
        assertThat(report.result(QualityCheck.GRANTS_OVER_ENVELOPE).getLookedAt()).isEqualTo(1);
        assertThat(report.result(QualityCheck.AWARDED_APPLICATION_WITHOUT_GRANT).getLookedAt()).isEqualTo(1);
        assertThat(report.result(QualityCheck.PROBABLY_SAME_ORGANISATION).getLookedAt()).isEqualTo(2);
        assertThat(report.result(QualityCheck.ZERO_AMOUNT).getFindings()).singleElement().satisfies(f -> {
            assertThat(f.message(Locale.ENGLISH)).isEqualTo("project proj: budget is EUR 0");
            Subject subject = f.getSubjects().get(0);
            assertThat(subject.getDocument()).contains("cat-1");
            assertThat(subject.getPointer()).isEmpty();
            assertThat(subject.getPath()).isEqualTo("project proj.budget");
        });
    }
}
