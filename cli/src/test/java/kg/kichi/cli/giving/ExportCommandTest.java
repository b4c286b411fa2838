package kg.kichi.cli.giving;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.grant.Grant;
import kg.kichi.examples.ExampleDataset;
import kg.kichi.cli.BundledExamples;
import kg.kichi.cli.CliRun;
import kg.kichi.cli.ExitCode;
import kg.kichi.cli.Fixtures;
import kg.kichi.cli.HandBuiltCatalogues;
import kg.kichi.json.KichiJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code kichi export-360giving} with Kichi's exporter, over hand-built datasets written as files. */
class ExportCommandTest {
    @TempDir
    Path dir;

    private CliRun export(Catalogue catalogue) throws IOException {
        String file = Files.writeString(dir.resolve(catalogue.getId() + ".json"), KichiJson.writeString(catalogue))
                .toString();
        return CliRun.standard("export-360giving", file);
    }

    @Test
    void writesThePackageOfACatalogueWithEveryRequiredField() throws IOException {
        CliRun run = export(HandBuiltCatalogues.exportable());
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        JsonNode root = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build()
                .readTree(run.out());
        assertThat(root.get("grants")).hasSize(1);
        JsonNode grant = root.at("/grants/0");
        assertThat(grant.get("amountAwarded").decimalValue()).isEqualTo(new BigDecimal("250000.00"));
        assertThat(grant.get("currency").asString()).isEqualTo("KGS");
        assertThat(grant.get("awardDate").asString()).isEqualTo("2021-03-15");
        assertThat(grant.at("/recipientOrganization/0/id").asString()).isEqualTo("XI-KICHI-tynchtyk");
        assertThat(grant.at("/beneficiaryLocation/0/geoCode").asString()).isEqualTo("KG-N");
    }

    @Test
    void listsWhatEachGrantLacksOneLinePerGrantAndWritesNothing() throws IOException {
        CliRun run = export(HandBuiltCatalogues.alpha());
        assertThat(run.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(4).allSatisfy(line -> assertThat(line)
                .contains("alpha.json: grant g").contains(": missing required 360Giving fields: ")
                .contains("description", "awardDate", "fundingOrganization"));
        assertThat(run.errLines().get(2)).contains("grant g3:").contains("amountAwarded", "currency");
        assertThat(run.errLines().get(0)).doesNotContain("amountAwarded");
    }

    @Test
    void aMissingFileIsOneLineAndExitCode2() {
        CliRun run = CliRun.standard("export-360giving", dir.resolve("nope.json").toString());
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("kichi export-360giving: cannot read " + dir.resolve("nope.json") + ": no such file");
    }

    @Test
    void theSeedFixturesLackRequiredFieldsAndSaySoPerGrant() throws IOException {
        ExampleDataset seed = ExampleDataset.OPEN_COMMUNITIES_MINI_GRANTS;
        String file = Fixtures.copy(dir, seed);
        CliRun run = CliRun.standard("export-360giving", file);
        assertThat(run.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(run.out()).isEmpty();
        List<String> grants = BundledExamples.load().get(0).catalogue().getGrants().stream().map(Grant::getId)
                .toList();
        assertThat(run.errLines()).hasSameSizeAs(grants);
        for (int i = 0; i < grants.size(); i++) {
            assertThat(run.errLines().get(i)).startsWith(file + ": grant " + grants.get(i)
                    + ": missing required 360Giving fields: ").contains("amountAwarded");
        }
    }
}
