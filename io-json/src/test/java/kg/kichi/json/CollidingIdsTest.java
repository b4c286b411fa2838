package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.json.stream.DocumentHandler;
import kg.kichi.json.stream.DocumentSummary;
import org.junit.jupiter.api.Test;

/**
 * A valid document whose 32,768 grant ids share one {@link String#hashCode()} reads and streams (an end-to-end
 * check with a bound generous enough for a loaded machine; the tables' own tests, IdTableCollisionTest and
 * CompactIdSetCollisionTest, measure the linear time with a wide margin).
 */
class CollidingIdsTest {
    @Test
    void aDocumentOfCollidingIdsReadsAndStreamsInLinearTime() {
        int blocks = 15;
        StringBuilder json = new StringBuilder("{\"formatVersion\":\"1.0\",\"id\":\"d\",\"organisations\":[{\"id\":"
                + "\"XI-KICHI-a\",\"name\":{\"en\":\"A\"},\"legalForm\":\"other\"}],\"projects\":[{\"id\":\"p\","
                + "\"title\":{\"en\":\"P\"}}],\"grants\":[");
        StringBuilder id = new StringBuilder();
        for (int n = 0; n < 1 << blocks; n++) {
            id.setLength(0);
            for (int bit = blocks - 1; bit >= 0; bit--) {
                id.append((n >>> bit & 1) == 0 ? "Aa" : "BB");
            }
            json.append(n == 0 ? "" : ",").append("{\"id\":\"g").append(id).append("\",\"title\":{\"en\":\"G\"},")
                    .append("\"project\":\"p\",\"partnership\":{\"members\":[{\"organisation\":\"XI-KICHI-a\",")
                    .append("\"role\":\"lead\"}]}}");
        }
        byte[] bytes = json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            Catalogue catalogue = KichiJson.reader().read(bytes);
            assertThat(catalogue.getGrants()).hasSize(1 << blocks);
            DocumentSummary summary = KichiJson.reader().stream(new ByteArrayInputStream(bytes), new DocumentHandler() {});
            assertThat(summary.getCounts()).containsEntry("grants", (long) (1 << blocks));
        });
    }
}
