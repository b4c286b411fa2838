package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.testing.RandomCatalogues;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Unknown members injected at random objects of the model survive a lenient read and write, and fail strict. */
class LenientRoundTripPropertyTest {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static LongStream seeds() {
        // -Dkichi.property.seeds=N runs N seeds instead (the mutation profile runs fewer: docs/reliability.md)
        return LongStream.range(0, Long.getLong("kichi.property.seeds", 200));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void unknownMembersRoundTripInLenientMode(long seed) {
        Random random = new Random(seed);
        JsonNode document = Documents.tree(KichiJson.writeString(RandomCatalogues.catalogue(seed)));
        List<Documents.Place> extensible = Documents.objects(document).stream().filter(Documents.Place::extensible)
                .toList();
        int injected = 1 + random.nextInt(4);
        for (int i = 0; i < injected; i++) {
            ObjectNode target = extensible.get(random.nextInt(extensible.size())).object();
            target.set("x-" + seed + "-" + i, randomValue(random, 3));
        }
        String mutated = document.toString();

        Catalogue lenient = KichiJson.read(mutated, Mode.LENIENT);
        String written = KichiJson.writeString(lenient);
        assertThat(Documents.tree(written)).isEqualTo(Documents.tree(mutated));
        assertThat(KichiJson.read(written, Mode.LENIENT)).isEqualTo(lenient);
        assertThat(KichiJson.writeString(KichiJson.read(written, Mode.LENIENT))).isEqualTo(written);
        assertThatThrownBy(() -> KichiJson.read(mutated, Mode.STRICT))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblems())
                        .allSatisfy(p -> assertThat(p.getCode()).isEqualTo("kichi.json.unknownMember"))
                        .hasSize(injected));
    }

    /** Every kind of object keeps its unknown members, whether or not its reader sets them on its builder. */
    @ParameterizedTest
    @MethodSource("fewSeeds")
    void unknownMembersOfEveryExtensibleObjectRoundTrip(long seed) {
        JsonNode document = Documents.tree(KichiJson.writeString(RandomCatalogues.catalogue(seed)));
        int injected = 0;
        for (Documents.Place place : Documents.objects(document)) {
            if (place.extensible()) {
                place.object().set("x-" + injected++, NODES.stringNode("kept"));
            }
        }
        String mutated = document.toString();
        int unknown = injected;

        Catalogue lenient = KichiJson.read(mutated, Mode.LENIENT);
        assertThat(Documents.tree(KichiJson.writeString(lenient))).isEqualTo(Documents.tree(mutated));
        assertThat(KichiJson.read(KichiJson.writeString(RandomCatalogues.catalogue(seed)), Mode.LENIENT))
                .as("without unknown members").isEqualTo(RandomCatalogues.catalogue(seed));
        assertThatThrownBy(() -> KichiJson.read(mutated, Mode.STRICT))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblems())
                        .hasSize(unknown));
    }

    /** Numbers in unknown members are written back exactly as they came: sign of zero, exponent, trailing zeros. */
    @ParameterizedTest
    @MethodSource("fewSeeds")
    void numbersOfUnknownMembersAreKeptAsWritten(long seed) {
        Random random = new Random(seed);
        List<String> numbers = new java.util.ArrayList<>(List.of("-0", "-0.0", "1e400", "2.50", "1E-7", "-3.0e+2"));
        for (int i = 0; i < 20; i++) {
            numbers.add(kg.kichi.json.internal.codec.CodecTesting.randomNumberText(random));
        }
        String kept = "[" + String.join(",", numbers) + "]";
        String document = "{\"formatVersion\":\"1.0\",\"id\":\"d1\",\"x-numbers\":" + kept
                + ",\"x-nested\":{\"n\":" + numbers.get(6) + ",\"s\":\"\\u00e9\"}}";

        Catalogue lenient = KichiJson.read(document, Mode.LENIENT);
        assertThat(lenient.getExtensions()).containsEntry("x-numbers", kept)
                .containsEntry("x-nested", "{\"n\":" + numbers.get(6) + ",\"s\":\"é\"}");
        String written = KichiJson.writeString(lenient);
        assertThat(written).contains("\"x-numbers\": " + kept);
        assertThat(KichiJson.read(written, Mode.LENIENT)).isEqualTo(lenient);
    }

    static LongStream fewSeeds() {
        return LongStream.range(0, 20);
    }

    static JsonNode randomValue(Random random, int depth) {
        switch (random.nextInt(depth > 0 ? 7 : 5)) {
            case 0:
                return NODES.stringNode("Ысык-Көл «ң ө ү» \"q\" \\ \n" + random.nextInt());
            case 1:
                return DecimalNode.valueOf(BigDecimal.valueOf(random.nextLong(), random.nextInt(4)));
            case 2:
                return NODES.booleanNode(random.nextBoolean());
            case 3:
                return NODES.nullNode();
            case 4:
                return NODES.numberNode(java.math.BigInteger.valueOf(random.nextInt()));
            case 5: {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    object.set("k" + i, randomValue(random, depth - 1));
                }
                return object;
            }
            default: {
                var array = NODES.arrayNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    array.add(randomValue(random, depth - 1));
                }
                return array;
            }
        }
    }
}
