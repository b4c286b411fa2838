package kg.kichi.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.testing.RandomCatalogues;
import kg.kichi.json.KichiJson;
import kg.kichi.json.Mode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every document the codec writes (random valid catalogues, seeded) is valid against the shipped schema. */
class WrittenDocumentsMatchSchemaTest {
    static LongStream seeds() {
        // -Dkichi.property.seeds=N runs N seeds instead (the mutation profile runs fewer: docs/reliability.md)
        return LongStream.rangeClosed(1, Long.getLong("kichi.property.seeds", 300));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void writtenDocumentsAreValid(long seed) {
        Catalogue catalogue = RandomCatalogues.catalogue(seed);
        String json = KichiJson.writeString(catalogue);

        assertThat(DocumentSchema.validate(json)).as("seed %d:%n%s", seed, json).isEmpty();
        assertThat(KichiJson.read(json, Mode.STRICT)).isEqualTo(catalogue);
    }
}
