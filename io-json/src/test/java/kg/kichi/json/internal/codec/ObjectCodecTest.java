package kg.kichi.json.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.Mode;
import org.junit.jupiter.api.Test;

/**
 * The declarative object codec, on a stand-in model type: a map built by a builder that records which setters were
 * called, so that a test sees what the codec gave the builder and what it left unset.
 */
class ObjectCodecTest {
    /** A builder of a map: each setter puts its member; {@code build} refuses a map without {@code id}. */
    static final class MapBuilder {
        final Map<String, Object> set = new LinkedHashMap<>();
        Map<String, String> extensions = Map.of();

        Map<String, Object> build() {
            if (!set.containsKey("id")) {
                throw new InvalidModelException("Thing",
                        List.of(Violation.of("id", "kichi.required", Map.of()), Violation.of("n", "kichi.positive",
                                Map.of())));
            }
            Map<String, Object> built = new LinkedHashMap<>(set);
            if (!extensions.isEmpty()) {
                built.put("extensions", extensions);
            }
            return built;
        }
    }

    @SuppressWarnings("unchecked")
    private static final Codec<Map<String, Object>> THING = ObjectCodec.<Map<String, Object>, MapBuilder>of(
                    MapBuilder::new, MapBuilder::build)
            .member("id", Scalars.STRING, m -> (String) m.get("id"), (b, v) -> b.set.put("id", v))
            .optional("n", Scalars.INTEGER, m -> Optional.ofNullable((Integer) m.get("n")), (b, v) -> b.set.put("n", v))
            .list("tags", Scalars.STRING, m -> (List<String>) m.getOrDefault("tags", List.of()),
                    (b, v) -> b.set.put("tags", v))
            .member("flag", Scalars.BOOLEAN, m -> (Boolean) m.getOrDefault("flag", false),
                    (b, v) -> b.set.put("flag", v), v -> !v)
            .extensions(m -> (Map<String, String>) m.getOrDefault("extensions", Map.of()), (b, v) -> b.extensions = v);

    @Test
    void readsEachPresentMemberIntoItsSetterAndLeavesAbsentOnesUnset() {
        var result = CodecTesting.read(THING, "{\"tags\":[\"a\",\"b\"],\"id\":\"x\"}");

        assertThat(result.problems()).isEmpty();
        // set in declaration order, whatever the document's; no setter for n nor flag: absent members are not set
        // to null or to a default
        assertThat(result.value()).containsExactly(Map.entry("id", "x"), Map.entry("tags", List.of("a", "b")));
    }

    @Test
    void writesInDeclarationOrderSkippingEmptyAndDefaultValuesThenExtensions() {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("flag", false);
        thing.put("tags", List.of());
        thing.put("n", 3);
        thing.put("id", "x");
        thing.put("extensions", Map.of("zz", "[1]"));

        assertThat(CodecTesting.write(THING, thing)).isEqualTo("{\"id\":\"x\",\"n\":3,\"zz\":[1]}");
        thing.put("flag", true);
        thing.put("tags", List.of("t"));
        assertThat(CodecTesting.write(THING, thing))
                .isEqualTo("{\"id\":\"x\",\"n\":3,\"tags\":[\"t\"],\"flag\":true,\"zz\":[1]}");
    }

    @Test
    void aMemberWithAProblemIsLeftUnsetAndTheBuildersViolationAboutItIsNotRepeated() {
        var result = CodecTesting.read(THING, "{\"id\":7,\"n\":2}");

        assertThat(result.value()).isNull();
        // /id once (its type), not again as kichi.required from the builder; /n is reported: n had no problem
        assertThat(result.problems()).extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/id", "kichi.json.type"), tuple("/n", "kichi.positive"));
    }

    @Test
    void unknownMembersAreKeptLenientlyAndReportedStrictly() {
        String json = "{\"id\":\"x\",\"z~/\":{\"a\":1}}";

        var lenient = CodecTesting.read(THING, json, Mode.LENIENT);
        assertThat(lenient.problems()).isEmpty();
        assertThat(lenient.value()).containsEntry("extensions", Map.of("z~/", "{\"a\":1}"));
        var strict = CodecTesting.read(THING, json, Mode.STRICT);
        assertThat(strict.value()).isNull();
        assertThat(strict.problems()).extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/z~0~1", "kichi.json.unknownMember"));
    }

    @Test
    void aRequiredMemberIsReportedWhenAbsent() {
        Codec<Map<String, Object>> codec = ObjectCodec.<Map<String, Object>, MapBuilder>of(MapBuilder::new,
                        MapBuilder::build)
                .required("id", Scalars.STRING, m -> (String) m.get("id"), (b, v) -> b.set.put("id", v));

        var result = CodecTesting.read(codec, "{\"q\":1}");

        // required at once, then the unknown member; the builder's kichi.required about id is not repeated
        assertThat(result.problems()).extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/id", "kichi.required"), tuple("/q", "kichi.json.unknownMember"),
                        tuple("/n", "kichi.positive"));
    }

    /** Far more members than the 64 a {@code long} bit set held: presence, problems and unknowns still per member. */
    @Test
    void anObjectMayHaveAnyNumberOfMembers() {
        int count = 150;
        ObjectCodec<Map<String, Object>, MapBuilder> codec = ObjectCodec.of(MapBuilder::new, MapBuilder::build);
        codec = codec.member("id", Scalars.STRING, m -> (String) m.get("id"), (b, v) -> b.set.put("id", v));
        for (int i = 0; i < count; i++) {
            String name = "m" + i;
            codec = codec.member(name, Scalars.INTEGER, m -> (Integer) m.get(name), (b, v) -> b.set.put(name, v));
        }
        StringBuilder json = new StringBuilder("{\"id\":\"x\"");
        List<String> names = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) { // in reverse: written back in declaration order
            json.append(",\"m").append(i).append("\":").append(i);
            names.add("m" + i);
        }
        json.append('}');

        var result = CodecTesting.read(codec, json.toString());
        assertThat(result.problems()).isEmpty();
        assertThat(result.value()).hasSize(count + 1).containsEntry("m0", 0).containsEntry("m64", 64)
                .containsEntry("m149", 149);
        StringBuilder expected = new StringBuilder("{\"id\":\"x\"");
        for (int i = 0; i < count; i++) {
            expected.append(",\"m").append(i).append("\":").append(i);
        }
        assertThat(CodecTesting.write(codec, result.value())).isEqualTo(expected.append('}').toString());

        // a problem in member 130 and an unknown member: both at their own pointers, nothing else
        var bad = CodecTesting.read(codec, "{\"id\":\"x\",\"m130\":\"no\",\"m149\":1,\"m150\":2}");
        assertThat(bad.value()).isNull();
        assertThat(bad.problems()).extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/m130", "kichi.json.type"), tuple("/m150", "kichi.json.unknownMember"));
    }

    @Test
    void aMemberGivenTwiceBeyondTheSixtyFourthIsStillADuplicate() {
        ObjectCodec<Map<String, Object>, MapBuilder> codec = ObjectCodec.of(MapBuilder::new, MapBuilder::build);
        for (int i = 0; i < 80; i++) {
            String name = "m" + i;
            codec = codec.member(name, Scalars.INTEGER, m -> (Integer) m.get(name), (b, v) -> b.set.put(name, v));
        }
        Codec<Map<String, Object>> c = codec;

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CodecTesting.read(c, "{\"m70\":1,\"m70\":2}"))
                .hasMessageContaining("Duplicate Object property \"m70\"");
    }

    /** A builder that must be made with a type, as a rule's; the id may be null, build reports it then. */
    static final class TypedBuilder {
        static final AtomicInteger MADE = new AtomicInteger();
        final Map<String, Object> set = new LinkedHashMap<>();

        TypedBuilder(String id, String type) {
            MADE.incrementAndGet();
            set.put("type", java.util.Objects.requireNonNull(type, "type"));
            set.put("id", id);
        }

        Map<String, Object> build() {
            List<Violation> violations = new ArrayList<>();
            if (set.get("id") == null) {
                violations.add(Violation.of("id", "kichi.required"));
            }
            if (set.containsKey("n") && (Integer) set.get("n") < 0) {
                violations.add(Violation.of("n", "kichi.positive"));
            }
            if (!violations.isEmpty()) {
                throw new InvalidModelException("Typed", violations);
            }
            return set;
        }
    }

    private static final Codec<Map<String, Object>> TYPED = ObjectCodec.of(
                    Member.<Map<String, Object>, String>required("id", Scalars.STRING, m -> (String) m.get("id"))
                            .orElse(null),
                    Member.<Map<String, Object>, String>required("type", Scalars.STRING, m -> (String) m.get("type")),
                    (String id, String type) -> new TypedBuilder(id, type), TypedBuilder::build)
            .optional("n", Scalars.INTEGER, m -> Optional.ofNullable((Integer) m.get("n")),
                    (b, v) -> b.set.put("n", v));

    @Test
    void aBuilderMadeFromMembersWritesThemFirst() {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("n", 4);
        typed.put("type", "t");
        typed.put("id", "x");

        assertThat(CodecTesting.write(TYPED, typed)).isEqualTo("{\"id\":\"x\",\"type\":\"t\",\"n\":4}");
        assertThat(CodecTesting.read(TYPED, "{\"n\":4,\"type\":\"t\",\"id\":\"x\"}").value())
                .containsExactly(Map.entry("type", "t"), Map.entry("id", "x"), Map.entry("n", 4));
    }

    @Test
    void withoutItsRequiredArgumentNoBuilderIsMadeButEveryOtherProblemIsReported() {
        int before = TypedBuilder.MADE.get();

        var result = CodecTesting.read(TYPED, "{\"id\":\"x\",\"n\":\"bad\",\"q\":1}");

        assertThat(result.value()).isNull();
        assertThat(result.problems()).extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/n", "kichi.json.type"), tuple("/type", "kichi.required"),
                        tuple("/q", "kichi.json.unknownMember"));
        assertThat(TypedBuilder.MADE.get()).isEqualTo(before);
    }

    @Test
    void anArgumentWithAStandInStillLetsTheBuilderCheckTheRest() {
        var result = CodecTesting.read(TYPED, "{\"type\":\"t\",\"n\":-1}");

        // the id is reported once, as missing; the builder, made with a null id, reports n
        assertThat(result.value()).isNull();
        assertThat(result.problems()).extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/id", "kichi.required"), tuple("/n", "kichi.positive"));
    }
}
