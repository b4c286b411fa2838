package kg.kichi.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import kg.kichi.cli.HandBuiltCatalogues;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReportTextTest {
    @ParameterizedTest
    @CsvSource({"0,0", "999,999", "1000,1 000", "1500000.00,1 500 000.00", "-12345.5,-12 345.5", "100000,100 000"})
    void groupsDigitsByThreeKeepingTheDecimals(String amount, String shown) {
        assertThat(ReportText.amount(new BigDecimal(amount))).isEqualTo(shown);
    }

    @Test
    void showsEachDatasetAndTheOrganisationsInAlignedTables() {
        String text = ReportText.render(new ReportBuilder(RegionRollUp.isoCodesOnly())
                .build(HandBuiltCatalogues.documents()));
        assertThat(text).contains("Dataset alpha: Alpha small grants (alpha.json)", "Dataset beta (beta.json)")
                .containsPattern("KGS\\s+200 000\\.50\\s+2")
                .containsPattern("grants without a stated amount: 1")
                .containsPattern("KG-N\\s+KG-N\\s+2")
                .containsPattern("nationwide\\s+1")
                .containsPattern("not stated\\s+1")
                .containsPattern("unknown unit\\s+1")
                .containsPattern("XI-KICHI-tynchtyk\\s+PA Tynchtyk\\s+alpha\\s+g1\\s+lead\\s+KGS 150 000\\.00");
        assertThat(text.lines()).noneMatch(line -> line.endsWith(" "));
    }
}
