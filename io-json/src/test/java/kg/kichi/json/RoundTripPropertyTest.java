package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.LongStream;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.testing.RandomCatalogues;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every valid catalogue reads back equal and writes back identical, whichever way it is written. */
class RoundTripPropertyTest {
    static LongStream seeds() {
        // -Dkichi.property.seeds=N runs N seeds instead (the mutation profile runs fewer: docs/reliability.md)
        return LongStream.range(0, Long.getLong("kichi.property.seeds", 250));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void roundTripsToEqualObjectAndIdenticalJson(long seed) {
        Catalogue catalogue = RandomCatalogues.catalogue(seed);
        String json = KichiJson.writeString(catalogue);
        Catalogue read = KichiJson.read(json, Mode.STRICT);
        assertThat(read).isEqualTo(catalogue);
        assertThat(KichiJson.writeString(read)).isEqualTo(json);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void bytesAndMapperAgreeWithText(long seed) throws Exception {
        Catalogue catalogue = RandomCatalogues.catalogue(seed);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        KichiJson.write(catalogue, bytes);
        String json = bytes.toString(StandardCharsets.UTF_8);
        assertThat(json).isEqualTo(KichiJson.writeString(catalogue));
        assertThat(KichiJson.read(new ByteArrayInputStream(bytes.toByteArray()), Mode.STRICT)).isEqualTo(catalogue);
        Catalogue viaMapper = KichiJson.mapper().readValue(KichiJson.mapper().writeValueAsString(catalogue),
                Catalogue.class);
        assertThat(viaMapper).isEqualTo(catalogue);
    }
}
