package kg.kichi.cli.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kg.kichi.cli.CliRun;
import kg.kichi.cli.ExitCode;
import kg.kichi.cli.HandBuiltCatalogues;
import kg.kichi.json.KichiJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code kichi quality} on 360Giving packages: the samples in io-json's test resources (from the 360Giving data
 * quality tool's fixtures, Creative Commons Attribution; attribution in the SOURCE.md beside them).
 */
class QualityGiving360Test {
    private static final Path SAMPLES = Path.of("..", "io-json", "src", "test", "resources", "kg", "kichi", "json",
            "giving360", "samples");
    /** Three grants, none stating a beneficiary location; the second repeats the first's id. */
    private static final String VALID = SAMPLES.resolve("fundingproviders-grants_valid_1.4.json").toString();
    private static final String FIXED = SAMPLES.resolve("fundingproviders-grants_fixed_2_grants.json").toString();
    private static final String PUBLISHED = "--published=2026-12-04";

    @TempDir
    Path dir;

    @Test
    void aPackageIsRecognisedByItsContentAndChecked() {
        CliRun run = CliRun.standard("quality", PUBLISHED, VALID);

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines().get(0))
                .isEqualTo("1 document(s), 24 checks; objects flagged: 0 by warnings, 3 by info checks");
        assertThat(run.outLines().get(2))
                .isEqualTo("INFO  no-beneficiary-location (places): Grants without a beneficiary location");
        assertThat(run.outLines().get(3)).isEqualTo("  looked at 3, flagged 3 (100.0%)");
        // no JSON Pointer: the model's property (coverage) is no member of the 360Giving grant
        assertThat(run.outLines().get(5)).isEqualTo("  - " + VALID + " grant 360G-fundingproviders-000001/X/00/X-2"
                + ".coverage: grant 360G-fundingproviders-000001/X/00/X-2: neither it nor its application states"
                + " where the work takes place");
        assertThat(CliRun.standard("quality", PUBLISHED, "--from", "360giving", VALID).out()).isEqualTo(run.out());
    }

    @Test
    void jsonNamesTheObjectWithoutAPointer() {
        CliRun run = CliRun.standard("quality", PUBLISHED, "--format", "json", VALID);

        JsonNode root = JsonMapper.shared().readTree(run.out());
        assertThat(root.at("/flagged/warning").asInt()).isZero();
        assertThat(root.at("/flagged/info").asInt()).isEqualTo(3);
        JsonNode check = root.get("checks").valueStream()
                .filter(c -> c.get("code").asString().equals("no-beneficiary-location")).findFirst().orElseThrow();
        JsonNode object = check.at("/findings/2/objects/0");
        assertThat(object.get("kind").asString()).isEqualTo("grant");
        assertThat(object.get("id").asString()).isEqualTo("360G-fundingproviders-000002/X/00/X");
        assertThat(object.get("property").asString()).isEqualTo("coverage");
        assertThat(object.get("document").asString()).isEqualTo(VALID);
        assertThat(object.get("pointer").isNull()).isTrue();
    }

    @Test
    void anInvalidPackageGetsItsProblemsAndNoReport() {
        CliRun run = CliRun.standard("quality", PUBLISHED, FIXED);

        assertThat(run.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines().get(0)).isEqualTo(FIXED + ":/grants/0/dateModified: kichi.json.dateTime:"
                + " \"2015-03-14\" is not an ISO 8601 date and time with offset");
        assertThat(run.errLines()).last().asString().isEqualTo("kichi quality: not a valid Kichi document: " + FIXED
                + " (no report; run kichi validate for details)");
    }

    @Test
    void fromKichiReadsThePackageAsAKichiDocumentWhichItIsNot() {
        CliRun run = CliRun.standard("quality", PUBLISHED, "--from", "kichi", VALID);

        assertThat(run.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(run.err()).contains(VALID + ":/formatVersion: kichi.required: is required");
    }

    @Test
    void aPackageAndAKichiDocumentAreCheckedTogether() throws IOException {
        String alpha = Files.writeString(dir.resolve("alpha.json"), KichiJson.writeString(HandBuiltCatalogues.alpha()))
                .toString();
        CliRun run = CliRun.standard("quality", PUBLISHED, "--format=json", VALID, alpha);

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode root = JsonMapper.shared().readTree(run.out());
        assertThat(root.get("documents").valueStream().map(JsonNode::asString)).containsExactly(VALID, alpha);
        // alpha alone flags one grant without a place (its g4): 3 + 1
        assertThat(root.at("/flagged/info").asInt()).isEqualTo(4);
    }
}
