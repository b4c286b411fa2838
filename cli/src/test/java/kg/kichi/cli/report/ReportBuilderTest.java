package kg.kichi.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.money.Money;
import kg.kichi.cli.Document;
import kg.kichi.cli.HandBuiltCatalogues;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {
    private static final Map<String, String> NAMES = Map.of("KG-N", "Naryn Region", "KG-T", "Talas Region");
    private static final RegionRollUp ROLL_UP = unit -> Optional.ofNullable(NAMES.get(unit.getCode()))
            .map(name -> new Region(unit.getCode(), name));

    private final Report report = new ReportBuilder(ROLL_UP).build(HandBuiltCatalogues.documents());

    @Test
    void countsEveryKindOfObject() {
        DatasetSummary alpha = report.datasets().get(0);
        assertThat(alpha.source()).isEqualTo("alpha.json");
        assertThat(alpha.id()).isEqualTo("alpha");
        assertThat(alpha.title()).isEqualTo("Alpha small grants");
        assertThat(new int[] {alpha.programmes(), alpha.projects(), alpha.calls(), alpha.applications(),
                alpha.grants()}).containsExactly(0, 1, 0, 0, 4);
    }

    @Test
    void sumsOnlyStatedAmountsPerCurrencyExactly() {
        DatasetSummary alpha = report.datasets().get(0);
        assertThat(alpha.amounts()).extracting(CurrencyTotal::currency, CurrencyTotal::grants)
                .containsExactly(tuple("KGS", 2), tuple("USD", 1));
        assertThat(alpha.amounts().get(0).total()).isEqualTo(new BigDecimal("200000.50"));
        assertThat(alpha.amounts().get(1).total()).isEqualTo(new BigDecimal("2000"));
        assertThat(alpha.grantsWithoutAmount()).isEqualTo(1);
    }

    @Test
    void placesGrantsInFirstLevelUnitsKeepingNationwideAndNotStatedApart() {
        DatasetSummary alpha = report.datasets().get(0);
        assertThat(alpha.regions()).extracting(r -> r.region().code(), r -> r.region().name(), RegionCount::grants)
                .containsExactly(tuple("KG-N", "Naryn Region", 2), tuple("KG-T", "Talas Region", 1));
        assertThat(alpha.nationwide()).isEqualTo(1);
        assertThat(alpha.notStated()).isEqualTo(1);
        assertThat(alpha.unresolved()).isZero();
    }

    @Test
    void countsGrantsWhoseUnitsCannotBeRolledUp() {
        DatasetSummary beta = report.datasets().get(1);
        assertThat(beta.regions()).isEmpty();
        assertThat(beta.unresolved()).isEqualTo(1);
        assertThat(beta.title()).isEmpty();
    }

    @Test
    void gathersAnOrganisationsGrantsAcrossDocuments() {
        OrganisationSummary tynchtyk = report.organisations().stream()
                .filter(o -> o.id().equals(HandBuiltCatalogues.TYNCHTYK.toString())).findFirst().orElseThrow();
        assertThat(tynchtyk.name()).isEqualTo("PA Tynchtyk");
        assertThat(tynchtyk.grants()).extracting(OrganisationGrant::dataset, OrganisationGrant::grant,
                OrganisationGrant::role).containsExactly(tuple("alpha", "g1", "lead"), tuple("alpha", "g2", "partner"),
                tuple("alpha", "g3", "lead"), tuple("beta", "g1", "lead"));
        assertThat(tynchtyk.grants().get(2).amount()).isEmpty();
        assertThat(tynchtyk.grants().get(3).amount()).contains(Money.of("1000", "EUR"));
        assertThat(tynchtyk.amounts()).extracting(CurrencyTotal::currency, CurrencyTotal::total)
                .containsExactly(tuple("EUR", new BigDecimal("1000")), tuple("KGS", new BigDecimal("150000.00")));
    }

    @Test
    void listsOrganisationsByIdentifier() {
        assertThat(report.organisations()).extracting(OrganisationSummary::id)
                .containsExactly(HandBuiltCatalogues.ALGA.toString(), HandBuiltCatalogues.TYNCHTYK.toString());
    }

    @Test
    void isoCodesOnlyRollUpKeepsSubdivisionCodes() {
        Report plain = new ReportBuilder(RegionRollUp.isoCodesOnly()).build(HandBuiltCatalogues.documents());
        assertThat(plain.datasets().get(0).regions()).extracting(r -> r.region().code())
                .containsExactly("KG-N", "KG-T");
        assertThat(plain.datasets().get(1).unresolved()).isEqualTo(1);
    }

    @Test
    void datasetsHandedOverObjectByObjectGiveTheSameReport() {
        ReportBuilder builder = new ReportBuilder(ROLL_UP);
        for (Document document : HandBuiltCatalogues.documents()) {
            DatasetTally tally = builder.startDataset();
            Catalogue c = document.catalogue();
            c.getGrants().forEach(tally);
            c.getProjects().forEach(tally);
            c.getOrganisations().forEach(tally);
            builder.endDataset(document.source(), c.getId(), c.getTitle().map(t -> t.resolve("en")).orElse(""));
        }
        assertThat(builder.report()).isEqualTo(report);
    }

    @Test
    void datasetsMustBeStartedAndEndedInTurn() {
        ReportBuilder builder = new ReportBuilder(ROLL_UP);
        assertThatIllegalStateException()
                .isThrownBy(() -> builder.endDataset("x", "x", ""));
        builder.startDataset();
        assertThatIllegalStateException().isThrownBy(builder::startDataset);
    }
}
