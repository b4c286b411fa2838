package kg.kichi.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.grant.Grant;
import kg.kichi.examples.ExampleDataset;
import kg.kichi.cli.BundledExamples;
import kg.kichi.cli.CliRun;
import kg.kichi.cli.Document;
import kg.kichi.cli.ExitCode;
import kg.kichi.cli.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code kichi report} on the bundled seed fixtures, checked against the catalogues themselves. */
class ReportExamplesTest {
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final List<Document> examples = BundledExamples.load();

    @TempDir
    Path dir;

    @Test
    void textReportCoversEveryExample() {
        CliRun run = CliRun.standard("report", "--examples");
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        for (ExampleDataset example : ExampleDataset.values()) {
            assertThat(run.out()).contains("Dataset " + example.getDocumentId(), "(" + example.getFileName() + ")");
        }
        assertThat(run.out()).contains("Organisations and their grants (all documents):");
    }

    @Test
    void theExamplesShowTheLivingInPeaceComponentsAndTheAllOblastsGrantsUnderEveryOblast() {
        String out = CliRun.standard("report", "--examples").out();
        // seed 002: "25 small grants on peace initiatives for LG bodies", none listed; the 25 CSO grants listed
        assertThat(out).containsPattern("Living in Peace\\s+25 small grants on peace initiatives for LG bodies\\s+25\\s+25\\s+0")
                .containsPattern("Living in Peace\\s+25 grants on peace initiatives for civil society…\\s+25\\s+25\\s+25");
        // seed 001: 7 grants placed by oblast or city, 2 "Бардык облустар": each oblast gains the 2
        String seed001 = out.substring(out.indexOf("Dataset seed-001"), out.indexOf("Dataset seed-002"));
        assertThat(seed001).containsPattern("KG-B\\s+Batken Region\\s+3").containsPattern("KG-O\\s+Osh Region\\s+2")
                .containsPattern("KG-GO\\s+Osh \\(city\\)\\s+1").containsPattern("nationwide\\s+0")
                .contains("2 grants cover \"all oblasts\"");
    }

    @Test
    void jsonReportAgreesWithTheCatalogues() {
        CliRun run = CliRun.standard("report", "--examples", "--format", "json");
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        JsonNode datasets = EXACT.readTree(run.out()).get("datasets");
        assertThat(datasets).hasSize(examples.size());
        for (int i = 0; i < examples.size(); i++) {
            Catalogue c = examples.get(i).catalogue();
            JsonNode d = datasets.get(i);
            assertThat(d.get("id").asString()).isEqualTo(c.getId());
            assertThat(d.at("/counts/programmes").asInt()).isEqualTo(c.getProgrammes().size());
            assertThat(d.at("/counts/projects").asInt()).isEqualTo(c.getProjects().size());
            assertThat(d.at("/counts/calls").asInt()).isEqualTo(c.getCalls().size());
            assertThat(d.at("/counts/applications").asInt()).isEqualTo(c.getApplications().size());
            assertThat(d.at("/counts/grants").asInt()).isEqualTo(c.getGrants().size());
            long withoutAmount = c.getGrants().stream().filter(g -> g.getAmountAwarded().isEmpty()).count();
            assertThat(d.get("grantsWithoutAmount").asLong()).isEqualTo(withoutAmount);
            Map<String, BigDecimal> sums = new TreeMap<>();
            c.getGrants().forEach(g -> g.getAmountAwarded().ifPresent(m ->
                    sums.merge(m.getCurrencyCode(), m.getAmount(), BigDecimal::add)));
            assertThat(d.get("amounts").valueStream().collect(Collectors.toMap(a -> a.get("currency").asString(),
                    a -> a.get("total").decimalValue()))).isEqualTo(sums);
            assertThat(d.at("/coverage/notStated").asLong())
                    .isEqualTo(c.getGrants().stream().filter(g -> g.getCoverage().isNotStated()).count());
            assertThat(d.at("/coverage/nationwide").asLong())
                    .isEqualTo(c.getGrants().stream().filter(g -> g.getCoverage().isNationwide()).count());
            int placed = d.at("/coverage/regions").valueStream().mapToInt(r -> r.get("grants").asInt()).sum();
            long withUnits = c.getGrants().stream().filter(g -> !g.getCoverage().getUnits().isEmpty()).count();
            assertThat(placed).isGreaterThanOrEqualTo((int) withUnits - d.at("/coverage/unresolved").asInt());
            d.at("/coverage/regions").forEach(r -> assertThat(r.get("code").asString()).matches("KG-[A-Z]{1,2}"));
        }
    }

    @Test
    void organisationsGatherGrantsAcrossTheDocuments() {
        JsonNode organisations = EXACT.readTree(CliRun.standard("report", "--examples", "--format", "json").out())
                .get("organisations");
        Map<String, Set<String>> datasetsByOrganisation = new TreeMap<>();
        for (Document document : examples) {
            for (Grant grant : document.catalogue().getGrants()) {
                grant.getPartnership().getMembers().forEach(m -> datasetsByOrganisation
                        .computeIfAbsent(m.getOrganisation().toString(), k -> new TreeSet<>())
                        .add(document.catalogue().getId()));
            }
        }
        assertThat(organisations.valueStream().map(o -> o.get("id").asString()))
                .containsExactlyElementsOf(datasetsByOrganisation.keySet());
        List<String> inSeveral = datasetsByOrganisation.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(Map.Entry::getKey).toList();
        assertThat(inSeveral).isNotEmpty();
        for (JsonNode o : organisations) {
            Set<String> datasets = o.get("grants").valueStream().map(g -> g.get("dataset").asString())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(datasets).isEqualTo(datasetsByOrganisation.get(o.get("id").asString()));
        }
    }

    @Test
    void streamedFilesGiveTheSameFiguresAsTheBundledCatalogues() throws IOException {
        String a = Fixtures.copy(dir, ExampleDataset.OPEN_COMMUNITIES_MINI_GRANTS);
        String b = Fixtures.copy(dir, ExampleDataset.PUBLIC_COUNCILS_SMALL_GRANTS);
        CliRun run = CliRun.standard("report", "--format", "json", a, b);
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        JsonNode root = EXACT.readTree(run.out());
        assertThat(root.at("/datasets/0/source").asString()).isEqualTo(a);
        assertThat(root.at("/datasets/1/id").asString())
                .isEqualTo(ExampleDataset.PUBLIC_COUNCILS_SMALL_GRANTS.getDocumentId());
        JsonNode bundled = EXACT.readTree(CliRun.standard("report", "--examples", "--format", "json").out());
        for (int i = 0; i < 2; i++) {
            ObjectNode streamed = (ObjectNode) root.get("datasets").get(i);
            ObjectNode whole = (ObjectNode) bundled.get("datasets").get(i);
            streamed.remove("source");
            whole.remove("source");
            assertThat(streamed).isEqualTo(whole);
        }
        JsonNode naryn = root.get("organisations").valueStream()
                .filter(o -> o.get("id").asString().equals("XI-KICHI-naryn-edc")).findFirst().orElseThrow();
        assertThat(naryn.get("grants").valueStream().map(g -> g.get("dataset").asString()))
                .containsExactly(ExampleDataset.OPEN_COMMUNITIES_MINI_GRANTS.getDocumentId(),
                        ExampleDataset.PUBLIC_COUNCILS_SMALL_GRANTS.getDocumentId());
    }

    @Test
    void anInvalidFileStopsTheReportWithItsProblemsOnStderr() throws IOException {
        String bad = Fixtures.broken(dir, ExampleDataset.LIVING_IN_PEACE,
                Fixtures::removeFirstGrantTitleAndAddUnknownMember);
        CliRun run = CliRun.standard("report", bad);
        assertThat(run.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(bad + ":/grants/0/title: kichi.required: is required",
                "kichi report: not a valid Kichi document: " + bad + " (run kichi validate for details)");
    }

    @Test
    void aMissingFileIsOneLineAndExitCode2() {
        String missing = dir.resolve("none.json").toString();
        CliRun run = CliRun.standard("report", missing);
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).containsExactly("kichi report: cannot read " + missing + ": no such file");
    }
}
