package kg.kichi.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import kg.kichi.cli.CliRun;
import kg.kichi.cli.ExitCode;
import kg.kichi.cli.HandBuiltCatalogues;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code kichi report --format json} on hand-built datasets, parsed back. */
class ReportJsonTest {
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final CliRun run = CliRun.withExamples(HandBuiltCatalogues::documents,
            "report", "--examples", "--format", "json");
    private final JsonNode root = EXACT.readTree(run.out());

    @Test
    void exitsZeroWithOneObjectPerDataset() {
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(root.propertyNames()).containsExactly("datasets", "organisations");
        assertThat(root.get("datasets")).hasSize(2);
    }

    @Test
    void writesCountsAmountsAndCoverage() {
        JsonNode alpha = root.at("/datasets/0");
        assertThat(alpha.get("source").asString()).isEqualTo("alpha.json");
        assertThat(alpha.get("id").asString()).isEqualTo("alpha");
        assertThat(alpha.get("title").asString()).isEqualTo("Alpha small grants");
        assertThat(alpha.at("/counts/projects").asInt()).isEqualTo(1);
        assertThat(alpha.at("/counts/grants").asInt()).isEqualTo(4);
        assertThat(alpha.at("/amounts/0/currency").asString()).isEqualTo("KGS");
        assertThat(alpha.at("/amounts/0/total").decimalValue()).isEqualTo(new BigDecimal("200000.50"));
        assertThat(alpha.at("/amounts/0/grants").asInt()).isEqualTo(2);
        assertThat(alpha.at("/amounts/1/currency").asString()).isEqualTo("USD");
        assertThat(alpha.get("grantsWithoutAmount").asInt()).isEqualTo(1);
        assertThat(alpha.at("/coverage/regions/0/code").asString()).isEqualTo("KG-N");
        assertThat(alpha.at("/coverage/regions/0/grants").asInt()).isEqualTo(2);
        assertThat(alpha.at("/coverage/nationwide").asInt()).isEqualTo(1);
        assertThat(alpha.at("/coverage/notStated").asInt()).isEqualTo(1);
        assertThat(alpha.at("/coverage/unresolved").asInt()).isZero();
        assertThat(root.at("/datasets/1").has("title")).isFalse();
        assertThat(root.at("/datasets/1/coverage/unresolved").asInt()).isEqualTo(1);
    }

    @Test
    void writesAmountsInPlainNotation() {
        assertThat(run.out()).contains("200000.50").doesNotContain("E+");
    }

    @Test
    void writesOrganisationsWithTheirGrantsAcrossDatasets() {
        JsonNode tynchtyk = root.at("/organisations/1");
        assertThat(tynchtyk.get("id").asString()).isEqualTo("XI-KICHI-tynchtyk");
        assertThat(tynchtyk.get("name").asString()).isEqualTo("PA Tynchtyk");
        assertThat(tynchtyk.get("grants")).hasSize(4);
        assertThat(tynchtyk.at("/grants/1/role").asString()).isEqualTo("partner");
        assertThat(tynchtyk.at("/grants/1/grant").asString()).isEqualTo("g2");
        assertThat(tynchtyk.at("/grants/2").has("amount")).isFalse();
        assertThat(tynchtyk.at("/grants/3/dataset").asString()).isEqualTo("beta");
        assertThat(tynchtyk.at("/grants/3/amount/amount").decimalValue()).isEqualTo(new BigDecimal("1000"));
        assertThat(tynchtyk.at("/grants/3/amount/currency").asString()).isEqualTo("EUR");
        assertThat(tynchtyk.at("/amountsAsLead/0/currency").asString()).isEqualTo("EUR");
        assertThat(tynchtyk.at("/amountsAsLead/1/total").decimalValue()).isEqualTo(new BigDecimal("150000.00"));
    }
}
