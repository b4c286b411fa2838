package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.testing.RandomCatalogues;
import kg.kichi.json.stream.DocumentHandler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Randomly broken valid documents (members deleted, replaced, duplicated, types changed, text truncated or
 * garbled; seeded; {@code -Dkichi.fuzz.seeds=N} for more) give a catalogue or an {@link InvalidDocumentException}: never any other exception.
 */
class MutationFuzzTest {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String[] GARBAGE = {"{", "}", "[", "]", ",", ":", "\"", "nul", "1e999999", "-", "\\u00", "\u0000",
        "/*x*/", "'", "NaN", "0x1F", "\"id\":", "]]]]]]", "ң"};

    static LongStream seeds() {
        return LongStream.range(0, Long.getLong("kichi.fuzz.seeds", 300));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void onlyTypedErrorsOrValidCatalogues(long seed) {
        Random random = new Random(seed);
        String valid = KichiJson.writeString(RandomCatalogues.catalogue(seed));
        for (int round = 0; round < 4; round++) {
            String broken = random.nextInt(3) == 0 ? mutateText(valid, random) : mutateTree(valid, random);
            for (Mode mode : Mode.values()) {
                check(broken, mode);
            }
        }
    }

    private static void check(String json, Mode mode) {
        try {
            Catalogue catalogue = KichiJson.read(json, mode);
            assertThat(KichiJson.read(KichiJson.writeString(catalogue), mode)).isEqualTo(catalogue);
        } catch (InvalidDocumentException e) {
            assertThat(e.getProblems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.getPointer()).matches("(/[^/]*)*");
                assertThat(p.getCode()).startsWith("kichi.");
                assertThat(p.getMessage(Locale.ENGLISH)).isNotBlank();
            });
        } catch (Throwable other) {
            fail("escaped: " + other + "\n" + json.substring(0, Math.min(json.length(), 2000)), other);
        }
        try {
            KichiJson.reader().withMode(mode).stream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    new DocumentHandler() {});
        } catch (InvalidDocumentException expected) {
            assertThat(expected.getProblems()).isNotEmpty();
        } catch (Throwable other) {
            fail("escaped from streaming: " + other, other);
        }
    }

    static String mutateText(String json, Random random) {
        switch (random.nextInt(3)) {
            case 0:
                return json.substring(0, random.nextInt(json.length()));
            case 1: {
                int at = random.nextInt(json.length());
                return json.substring(0, at) + GARBAGE[random.nextInt(GARBAGE.length)] + json.substring(at);
            }
            default: {
                int brace = json.indexOf('{', random.nextInt(json.length()));
                if (brace < 0) {
                    return json + "}";
                }
                String dup = "\"id\": \"dup\", \"id\": \"dup\", ";
                return json.substring(0, brace + 1) + dup + json.substring(brace + 1);
            }
        }
    }

    static String mutateTree(String json, Random random) {
        JsonNode root = Documents.tree(json);
        List<JsonNode> containers = Documents.containers(root);
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            JsonNode target = containers.get(random.nextInt(containers.size()));
            if (target.isObject() && target.size() > 0) {
                ObjectNode object = (ObjectNode) target;
                List<String> names = new ArrayList<>();
                object.propertyNames().forEach(names::add);
                String name = names.get(random.nextInt(names.size()));
                switch (random.nextInt(4)) {
                    case 0:
                        object.remove(name);
                        break;
                    case 1:
                        object.set(name, junk(random));
                        break;
                    case 2:
                        object.set(name + "2", object.get(name).deepCopy());
                        break;
                    default:
                        object.set(name, wrap(object.get(name), random));
                }
            } else if (target.isArray() && target.size() > 0) {
                ArrayNode array = (ArrayNode) target;
                int i = random.nextInt(array.size());
                switch (random.nextInt(3)) {
                    case 0:
                        array.remove(i);
                        break;
                    case 1:
                        array.set(i, junk(random));
                        break;
                    default:
                        array.add(array.get(i).deepCopy());
                }
            }
        }
        return root.toString();
    }

    static JsonNode wrap(JsonNode value, Random random) {
        JsonNode wrapped = value;
        for (int i = random.nextInt(80); i > 0; i--) {
            wrapped = NODES.arrayNode().add(wrapped);
        }
        return wrapped;
    }

    static JsonNode junk(Random random) {
        switch (random.nextInt(12)) {
            case 0:
                return NODES.nullNode();
            case 1:
                return NODES.stringNode("");
            case 2:
                return NODES.numberNode(new java.math.BigDecimal("-1.005"));
            case 3:
                return NODES.numberNode(new java.math.BigInteger("9".repeat(30)));
            case 4:
                return NODES.booleanNode(true);
            case 5:
                return NODES.objectNode();
            case 6:
                return NODES.arrayNode().add(NODES.nullNode());
            case 7:
                return NODES.stringNode("2021-13-45");
            case 8:
                return NODES.stringNode("XI-KICHI-ghost");
            case 9:
                return NODES.objectNode().put("amount", 1).put("currency", "ZZZ");
            case 10:
                return NODES.numberNode(new java.math.BigDecimal("1E+999"));
            default:
                return NODES.stringNode("x".repeat(random.nextInt(300)));
        }
    }
}
