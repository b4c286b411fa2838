package kg.kichi.cli.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.kichi.cli.CliRun;
import kg.kichi.cli.ExitCode;
import kg.kichi.examples.WorkedCompetition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code kichi screen} on the worked competition with 1 EUR = 95.00 KGS. The expected lines are written out by hand
 * (the same verdicts as the examples module's WorkedCompetitionScreeningTest): application, outcome, then the
 * failed ({@code fail}), undecided ({@code unknown}) and flagged ({@code warning}) rules in rule-set order.
 */
class ScreenCommandTest {
    static final String EXPECTED = """
            wc-cso-01 eligible
            wc-cso-02 eligible
            wc-cso-03 ineligible fail:call:coverage
            wc-cso-04 ineligible fail:call:coverage
            wc-cso-05 incomplete unknown:call:coverage
            wc-cso-06 ineligible fail:call:legal-forms fail:lead-non-profit
            wc-cso-07 ineligible unknown:lot:cso:grant-size fail:call:currency unknown:cso-third-party-cap
            wc-cso-08 ineligible fail:call:duration fail:call:implementation-period warning:duration-warning
            wc-cso-09 ineligible fail:call:deadline
            wc-cso-10 eligible
            wc-cso-11 ineligible fail:call:deadline
            wc-cso-12 eligible
            wc-cso-13 incomplete unknown:call:deadline
            wc-cso-14 ineligible fail:lead-registered-12m
            wc-cso-15 incomplete unknown:lead-registered-12m
            wc-cso-16 incomplete unknown:lead-registered-12m
            wc-cso-17 eligible
            wc-cso-18 ineligible fail:call:partner-kinds fail:cso-partners fail:cso-media-partner
            wc-cso-19 ineligible fail:cso-media-partner
            wc-cso-20 ineligible fail:cso-partners
            wc-cso-21 ineligible fail:partner-forms
            wc-cso-22 incomplete unknown:partner-forms
            wc-cso-23 ineligible fail:lot:cso:grant-size fail:cso-third-party-cap
            wc-cso-24 ineligible fail:lot:cso:grant-size
            wc-cso-25 ineligible fail:cso-third-party-cap
            wc-cso-26 eligible
            wc-cso-27 ineligible fail:indirect-7
            wc-cso-28 incomplete unknown:indirect-7
            wc-cso-29 ineligible fail:documents
            wc-cso-30 incomplete unknown:lead-not-excluded unknown:documents
            wc-cso-31 ineligible fail:lead-not-excluded
            wc-cso-32 ineligible unknown:lead-not-excluded fail:documents
            wc-cso-33 ineligible fail:one-per-lead
            wc-cso-34 ineligible fail:one-per-lead
            wc-cso-35 ineligible fail:one-per-lead
            wc-cso-36 eligible
            wc-cso-37 ineligible fail:lead-seat-kg
            wc-cso-38 incomplete unknown:lead-seat-kg
            wc-cso-39 incomplete unknown:call:legal-forms unknown:no-state-lead
            wc-cso-40 ineligible fail:lead-non-profit
            wc-cso-41 ineligible fail:call:legal-forms fail:lead-non-profit fail:no-state-lead
            wc-cso-42 ineligible fail:call:implementation-period
            wc-cso-43 incomplete unknown:call:implementation-period
            wc-cso-44 eligible
            wc-cso-45 eligible warning:duration-warning
            wc-lsg-01 eligible
            wc-lsg-02 ineligible fail:lot:lsg:legal-forms
            wc-lsg-03 ineligible fail:lsg-budget
            wc-lsg-04 incomplete unknown:lsg-budget
            wc-lsg-05 ineligible fail:lsg-community-partner
            wc-lsg-06 eligible
            wc-lsg-07 ineligible fail:lot:lsg:grant-size
            wc-lsg-08 ineligible fail:call:coverage
            wc-lsg-09 eligible
            wc-lsg-10 ineligible fail:lsg-budget
            """;

    @TempDir
    static Path dir;
    static String file;

    @BeforeAll
    static void copyTheFixture() throws IOException {
        file = Files.writeString(dir.resolve("worked.json"), WorkedCompetition.readText(), StandardCharsets.UTF_8)
                .toString();
    }

    /** The text output condensed to one line per application: id, outcome, label:rule for each listed rule. */
    static List<String> condensed(List<String> lines) {
        List<String> result = new ArrayList<>();
        StringBuilder current = null;
        for (String line : lines.subList(1, lines.size() - 1)) {
            if (!line.startsWith("  ")) {
                if (current != null) {
                    result.add(current.toString());
                }
                String[] parts = line.split(" +");
                current = new StringBuilder(parts[0] + " " + parts[1]);
            } else {
                String[] parts = line.strip().split(" +", 2);
                String rule = parts[1].substring(0, parts[1].indexOf(": "));
                current.append(' ').append(parts[0]).append(':').append(rule);
            }
        }
        result.add(current.toString());
        return result;
    }

    @Test
    void printsTheVerdictsWorkedOutByHand() {
        CliRun run = CliRun.standard("screen", "--rates", "EUR/KGS=95.00", file);
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        List<String> lines = run.outLines();
        assertThat(lines.get(0)).isEqualTo(file + ": worked-competition, 55 applications");
        assertThat(condensed(lines)).containsExactlyElementsOf(EXPECTED.lines().toList());
        assertThat(lines.get(lines.size() - 1)).isEqualTo("eligible 12, ineligible 32, incomplete 11");
        assertThat(lines).contains("  fail     call:coverage: the work takes place within [iso3166-2:KG-Y, "
                + "iso3166-2:KG-N, iso3166-2:KG-T]: not met (Kara-Köl (Jalal-Abad Region))");
    }

    @Test
    void inKyrgyz() {
        CliRun run = CliRun.standard("screen", "--lang", "ky", "--rates", "EUR/KGS=95", "--call", "wc-2024", file);
        assertThat(run.outLines()).contains("  fail     call:coverage: иш [iso3166-2:KG-Y, iso3166-2:KG-N, "
                + "iso3166-2:KG-T] чегинде жүрөт: аткарылган жок (Kara-Köl (Jalal-Abad Region))");
    }

    @Test
    void withoutTheEuroRateTheCsoApplicationsAreIncomplete() {
        CliRun run = CliRun.standard("screen", file);
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(condensed(run.outLines())).contains("wc-cso-01 incomplete unknown:cso-third-party-cap",
                "wc-lsg-01 eligible");
    }

    @Test
    void theJsonFormHasTheDocumentedShape() {
        CliRun run = CliRun.standard("screen", "--format", "json", "--rates", "EUR/KGS=95.00", file);
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        JsonNode root = JsonMapper.shared().readTree(run.out());
        JsonNode doc = root.get("files").get(0);
        assertThat(doc.get("file").asString()).isEqualTo(file);
        assertThat(doc.get("document").asString()).isEqualTo("worked-competition");
        assertThat(doc.get("summary").toString()).isEqualTo("{\"eligible\":12,\"ineligible\":32,\"incomplete\":11}");
        JsonNode rules = doc.get("calls").get(0).get("rules");
        assertThat(doc.get("calls").get(0).get("call").asString()).isEqualTo("wc-2024");
        assertThat(rules.size()).isEqualTo(25); // 10 derived + 15 explicit
        assertThat(rules.get(0).toString()).isEqualTo("{\"id\":\"call:legal-forms\",\"type\":\"applicant-legal-form\","
                + "\"severity\":\"error\",\"lots\":[\"cso\"],\"forms\":[\"public-association\",\"public-foundation\"]}");
        Map<String, JsonNode> verdicts = new LinkedHashMap<>();
        doc.get("verdicts").forEach(v -> verdicts.put(v.get("application").asString(), v));
        assertThat(verdicts).hasSize(55);
        JsonNode karaKol = verdicts.get("wc-cso-03");
        assertThat(karaKol.get("outcome").asString()).isEqualTo("ineligible");
        assertThat(karaKol.get("lot").asString()).isEqualTo("cso");
        JsonNode coverage = null;
        for (JsonNode r : karaKol.get("results")) {
            if (r.get("rule").asString().equals("call:coverage")) {
                coverage = r;
            }
        }
        assertThat(coverage.toString()).isEqualTo("{\"rule\":\"call:coverage\",\"type\":\"coverage\",\"category\":"
                + "\"place\",\"severity\":\"error\",\"status\":\"fail\",\"actual\":\"Kara-Köl (Jalal-Abad Region)\","
                + "\"limit\":\"[iso3166-2:KG-Y, iso3166-2:KG-N, iso3166-2:KG-T]\",\"path\":\"coverage\",\"missing\":[],"
                + "\"message\":\"call:coverage: the work takes place within [iso3166-2:KG-Y, iso3166-2:KG-N, "
                + "iso3166-2:KG-T]: not met (Kara-Köl (Jalal-Abad Region))\",\"results\":[]}");
        JsonNode budget = null;
        for (JsonNode r : verdicts.get("wc-lsg-04").get("results")) {
            if (r.get("rule").asString().equals("lsg-budget")) {
                budget = r;
            }
        }
        assertThat(budget.get("status").asString()).isEqualTo("unknown");
        assertThat(budget.get("missing").toString()).isEqualTo("[\"coFinancing\"]");
        assertThat(budget.get("results").size()).isEqualTo(2);
    }

    @Test
    void exitCodesAsValidate() throws IOException {
        assertThat(CliRun.standard("screen").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.standard("screen", "--rates", "EUR=95", file).exit()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.standard("screen", dir.resolve("absent.json").toString()).exit()).isEqualTo(ExitCode.USAGE);
        CliRun noCall = CliRun.standard("screen", "--call", "nope", file);
        assertThat(noCall.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(noCall.err()).contains("has no call 'nope'");
        String broken = Files.writeString(dir.resolve("broken.json"), WorkedCompetition.readText()
                .replace("\"type\": \"applicant-non-profit\"", "\"type\": \"lead-is-nice\""), StandardCharsets.UTF_8)
                .toString();
        CliRun invalid = CliRun.standard("screen", broken);
        assertThat(invalid.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(invalid.err()).contains(broken + ":/calls/0/eligibilityRules/0/type: kichi.json.ruleType:");
    }
}
