package kg.kichi.json.giving360;

import static org.assertj.core.api.Assertions.assertThat;

import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.json.KichiJson;
import kg.kichi.json.Mode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 360Giving → Kichi → 360Giving gives back an equal package (members and values; order and number formatting
 * aside), on seeded random packages that use every member of the schemas and publisher columns of their own;
 * also through a Kichi document written and read back leniently (which keeps the {@code 360Giving:} members).
 */
class Giving360RoundTripPropertyTest {
    static java.util.stream.LongStream seeds() {
        // -Dkichi.property.seeds=N runs N seeds instead (the mutation profile runs fewer: docs/reliability.md)
        return java.util.stream.LongStream.rangeClosed(1, Long.getLong("kichi.property.seeds", 300));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aPackageComesBackEqual(long seed) {
        ObjectNode generated = new Giving360Packages(seed).pack();
        String text = Faithful.MAPPER.writeValueAsString(generated);
        JsonNode original = Faithful.MAPPER.readTree(text);

        Catalogue catalogue = Giving360Reader.create().read(text);
        JsonNode back = Giving360Exporter.create().export(catalogue);

        assertThat(JsonValues.equivalent(back, original)).as("seed %d:%n%s%n%s", seed, original, back).isTrue();
        assertThat(catalogue.getGrants()).hasSize(original.get("grants").size());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aPackageComesBackEqualThroughAKichiDocument(long seed) {
        String text = Faithful.MAPPER.writeValueAsString(new Giving360Packages(seed).pack());
        JsonNode original = Faithful.MAPPER.readTree(text);

        String kichi = KichiJson.writeString(Giving360Reader.create().read(text));
        Catalogue again = KichiJson.read(kichi, Mode.LENIENT);

        assertThat(JsonValues.equivalent(Giving360Exporter.create().export(again), original)).as("seed %d", seed)
                .isTrue();
    }
}
