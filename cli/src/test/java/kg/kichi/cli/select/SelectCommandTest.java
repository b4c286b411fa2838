package kg.kichi.cli.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kg.kichi.cli.CliRun;
import kg.kichi.cli.ExitCode;
import kg.kichi.examples.WorkedCompetition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code kichi select} on the worked competition's evaluation (the decisions the examples module's
 * WorkedCompetitionSelectionTest works out by hand).
 */
class SelectCommandTest {
    @TempDir
    static Path dir;
    static String file;

    @BeforeAll
    static void copyTheFixture() throws IOException {
        file = Files.writeString(dir.resolve("evaluation.json"), WorkedCompetition.readEvaluationText(),
                java.nio.charset.StandardCharsets.UTF_8).toString();
    }

    @Test
    void printsTheRankingTheFundingLineTheReserveAndEveryDecision() {
        CliRun run = CliRun.standard("select", "--call", "wc-2024", "--lot", "cso", file);
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        List<String> lines = run.outLines();
        assertThat(lines.get(0)).isEqualTo(file + ": worked-competition-evaluation, call wc-2024, lot cso, stage "
                + "concept-note, select (skip)");
        assertThat(lines.get(1)).isEqualTo("envelope KGS 5000000, 20 grants planned; allocated KGS 4400000.0, "
                + "remaining KGS 600000.0");
        assertThat(lines.subList(2, 9)).containsExactly(
                "ranking:",
                "    1  wc-cso-26                     46.000000  selected     KGS 1400000.0",
                "    2  wc-cso-01                     42.000000  selected     KGS 1000000.0",
                "    3  wc-cso-44                     40.000000  selected     KGS 1000000.0",
                "    4  wc-cso-17                     40.000000  reserve 1     (tie broken by section-totals)",
                "    5  wc-cso-10                     36.666670  reserve 2",
                "    6  wc-cso-02                     30.000000  selected     KGS 1000000.0");
        assertThat(lines).contains("funding line: rank 6", "reserve: 1. wc-cso-17, 2. wc-cso-10",
                "  iso3166-2:KG-Y   selected 1, min 1, max -, passing 1",
                "  iso3166-2:KG-N   selected 3, min 0, max 3, passing 5",
                "  wc-cso-12  rejected: below threshold; section relevance totals 11.000000, below its minimum 12",
                "  wc-cso-36  pending: incomplete, needs more reviews; 1 counted reviews, 2 needed",
                "divergent (needs another reviewer):", "  wc-cso-10  reviewers' totals [50, 20, 40] differ by 30",
                "not evaluated: 37 applications by status {submitted=36, withdrawn=1}");
        assertThat(lines).anyMatch(l -> l.startsWith("  wc-cso-17  review cso-17-d by rev-d is not counted: the "
                + "reviewer is affiliated with XI-KICHI-wc-lead-wc-cso-17"));
    }

    @Test
    void inRussianAndKyrgyz() {
        assertThat(CliRun.standard("select", "--lot", "cso", "--lang", "ru", file).outLines())
                .contains("  wc-cso-17  резерв 1: место 4: пропущена, у iso3166-2:KG-N уже максимум в 3 грантов");
        assertThat(CliRun.standard("select", "--lot", "cso", "--lang", "ky", file).outLines())
                .contains("  wc-cso-17  резерв 1: 4-орун: өткөрүлүп жиберилди, iso3166-2:KG-N буга чейин эң көп 3 "
                        + "грант алды");
    }

    @Test
    void jsonHasTheDocumentedShape() {
        CliRun run = CliRun.standard("select", "--lot", "cso", "--format", "json", file);
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        JsonNode s = root.get("selection");
        assertThat(root.get("document").asString()).isEqualTo("worked-competition-evaluation");
        assertThat(s.get("call").asString()).isEqualTo("wc-2024");
        assertThat(s.get("lot").asString()).isEqualTo("cso");
        assertThat(s.get("fundingLine").asInt()).isEqualTo(6);
        assertThat(s.at("/allocated/amount").decimalValue()).isEqualByComparingTo("4400000");
        assertThat(s.at("/ranking/3/decidedBy").asString()).isEqualTo("section-totals");
        assertThat(s.at("/decisions/3/outcome").asString()).isEqualTo("reserve");
        assertThat(s.at("/decisions/3/reservePosition").asInt()).isEqualTo(1);
        assertThat(s.at("/decisions/3/reasons/0/code").asString()).isEqualTo("kichi.selection.regionMax");
        assertThat(s.at("/decisions/3/reasons/0/arguments/max").asString()).isEqualTo("3");
        assertThat(s.at("/regions/0/minimumMet").asBoolean()).isTrue();
        assertThat(s.at("/scores/0/application").asString()).isEqualTo("wc-cso-01");
        assertThat(s.at("/scores/0/sections/relevance").decimalValue()).isEqualByComparingTo("26");
        assertThat(s.get("notEvaluated").size()).isEqualTo(37);
    }

    @Test
    void usageAndDocumentErrorsHaveTheirExitCodes() {
        assertThat(CliRun.standard("select", "--call", "nope", file).exit()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.standard("select", "--lot", "nope", file).exit()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.standard("select", file, file).exit()).isEqualTo(ExitCode.USAGE);
        // the whole call has no envelope of its own to select the lsg and cso lots together... it has one; the lsg
        // lot states none: a problem of the document, exit 1
        CliRun lsg = CliRun.standard("select", "--lot", "lsg", file);
        assertThat(lsg.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(lsg.err()).contains("wc-2024/lsg states no envelope to select within");
    }
}
