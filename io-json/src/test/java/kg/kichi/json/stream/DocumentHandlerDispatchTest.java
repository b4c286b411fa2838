package kg.kichi.json.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.json.KichiJson;
import kg.kichi.json.Mode;
import org.junit.jupiter.api.Test;

/**
 * A document with an object in each of the eight collections (the schema test's {@code every-member.json}):
 * each object reaches its own method of a {@link DocumentHandler}, with its index when {@code element} is
 * overridden; the summary counts each collection; the writer's typed methods write each collection back.
 */
class DocumentHandlerDispatchTest {
    private static final String EVERY_MEMBER = "/kg/kichi/json/schema/every-member.json";

    private static InputStream everyMember() {
        return DocumentHandlerDispatchTest.class.getResourceAsStream(EVERY_MEMBER);
    }

    @Test
    void eachObjectReachesTheMethodOfItsCollection() throws IOException {
        RecordingHandler handler = new RecordingHandler(); // one method per collection
        DocumentSummary summary;
        try (InputStream in = everyMember()) {
            summary = KichiJson.reader().withMode(Mode.LENIENT).stream(in, handler);
        }
        List<String> seen = handler.seen();
        assertThat(seen).containsExactly("organisation XI-KICHI-eu-delegation", "organisation KG-INN-02404199910074",
                "organisation XI-KICHI-naryn-public-council", "programme eidhr", "programme eidhr-cbss-kg",
                "project open-communities", "call open-communities-2021", "application app-nedc",
                "grant grant-nedc", "grant grant-direct", "reviewer rev-1", "review review-1");

        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("organisations", 3L);
        counts.put("programmes", 2L);
        counts.put("projects", 1L);
        counts.put("calls", 1L);
        counts.put("applications", 1L);
        counts.put("grants", 2L);
        counts.put("reviewers", 1L);
        counts.put("reviews", 1L);
        assertThat(summary.getCounts()).containsExactlyEntriesOf(counts);
        assertThat(summary.getId()).isEqualTo("schema-test-every-member");
        assertThat(summary.getPublisher()).contains(LocalizedText.of("en", "Kichi schema tests"));
        assertThat(summary.getReportingPeriod()).isEmpty();
        assertThat(summary.getExtensions()).as("$schema is not an extension").isEmpty();
    }

    @Test
    void elementGivesEachObjectsIndexInItsCollection() throws IOException {
        List<String> seen = new ArrayList<>();
        try (InputStream in = everyMember()) {
            KichiJson.reader().withMode(Mode.LENIENT).stream(in, new DocumentHandler() {
                @Override
                public void element(Section section, int index, Object value) {
                    seen.add("/" + section.member() + "/" + index);
                }
            });
        }
        assertThat(seen).containsExactly("/organisations/0", "/organisations/1", "/organisations/2",
                "/programmes/0", "/programmes/1", "/projects/0", "/calls/0", "/applications/0", "/grants/0",
                "/grants/1", "/reviewers/0", "/reviews/0");
    }

    @Test
    void theTypedMethodsOfTheWriterWriteEveryCollection() throws IOException {
        Catalogue catalogue;
        try (InputStream in = everyMember()) {
            catalogue = KichiJson.read(in, Mode.LENIENT);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DocumentWriter out = KichiJson.writer(bytes).start(catalogue)) {
            for (Organisation o : catalogue.getOrganisations()) {
                assertThat(out.organisation(o)).isSameAs(out);
            }
            for (DonorProgramme p : catalogue.getProgrammes()) {
                assertThat(out.programme(p)).isSameAs(out);
            }
            assertThat(out.project(catalogue.getProjects().get(0))).isSameAs(out);
            assertThat(out.call(catalogue.getCalls().get(0))).isSameAs(out);
            assertThat(out.application(catalogue.getApplications().get(0))).isSameAs(out);
            for (Grant g : catalogue.getGrants()) {
                assertThat(out.grant(g)).isSameAs(out);
            }
            assertThat(out.reviewer(catalogue.getReviewers().get(0))).isSameAs(out);
            assertThat(out.review(catalogue.getReviews().get(0))).isSameAs(out);
        }
        String written = bytes.toString(StandardCharsets.UTF_8);
        assertThat(written).containsSubsequence("\n  \"organisations\": [", "\n  \"programmes\": [",
                "\n  \"projects\": [", "\n  \"calls\": [", "\n  \"applications\": [", "\n  \"grants\": [",
                "\n  \"reviewers\": [", "\n  \"reviews\": [");
        assertThat(KichiJson.read(written, Mode.LENIENT)).isEqualTo(catalogue);
    }
}
