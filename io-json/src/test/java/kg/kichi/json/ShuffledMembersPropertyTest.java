package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.testing.RandomCatalogues;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Members are decoded in document order, whatever it is: a valid catalogue with the members of every object
 * shuffled reads back equal, by the reader, the streaming reader and the mapper, strict and lenient.
 */
class ShuffledMembersPropertyTest {
    static LongStream seeds() {
        // -Dkichi.property.seeds=N runs N seeds instead (the mutation profile runs fewer: docs/reliability.md)
        return LongStream.range(0, Long.getLong("kichi.property.seeds", 150));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void shuffledMembersReadBackEqual(long seed) {
        Catalogue catalogue = RandomCatalogues.catalogue(seed);
        JsonNode document = Documents.tree(KichiJson.writeString(catalogue));
        Random random = new Random(seed);
        for (JsonNode container : Documents.containers(document)) {
            if (container.isObject()) {
                shuffle((ObjectNode) container, random);
            }
        }
        String shuffled = document.toString();

        assertThat(KichiJson.read(shuffled, Mode.STRICT)).isEqualTo(catalogue);
        assertThat(KichiJson.read(shuffled, Mode.LENIENT)).isEqualTo(catalogue);
        assertThat(KichiJson.mapper().readValue(shuffled, Catalogue.class)).isEqualTo(catalogue);
        List<Object> streamed = new ArrayList<>();
        KichiJson.reader().stream(new java.io.ByteArrayInputStream(shuffled.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), new kg.kichi.json.stream.DocumentHandler() {
                    @Override
                    public void accept(kg.kichi.json.stream.Section section, Object value) {
                        streamed.add(value);
                    }
                });
        assertThat(streamed).hasSize(catalogue.getOrganisations().size() + catalogue.getProgrammes().size()
                + catalogue.getProjects().size() + catalogue.getCalls().size() + catalogue.getApplications().size()
                + catalogue.getGrants().size());
    }

    private static void shuffle(ObjectNode object, Random random) {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(object.properties());
        Collections.shuffle(members, random);
        object.removeAll();
        for (Map.Entry<String, JsonNode> member : members) {
            object.set(member.getKey(), member.getValue());
        }
    }
}
