package kg.kichi.json.internal.codec;

import static kg.kichi.json.internal.codec.Member.nullable;
import static kg.kichi.json.internal.codec.Member.required;
import static kg.kichi.json.internal.codec.Member.requiredList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The variant form of the declarative codecs, on a stand-in family of shapes told apart by their kind. */
class VariantCodecTest {
    enum Kind { DOT, CIRCLE, RECT, POLY }

    /** A shape: which members it has depends on its kind. */
    record Shape(Kind kind, String label, Integer r, Integer w, Integer h, List<Integer> points) {
        static final AtomicInteger POLYGONS = new AtomicInteger();

        static Shape dot() {
            return new Shape(Kind.DOT, null, null, null, null, List.of());
        }

        static Shape circle(String label, Integer r) {
            if (r <= 0) {
                throw new InvalidModelException("Shape", Violation.of("r", "kichi.positive", Map.of("value", r)));
            }
            return new Shape(Kind.CIRCLE, label, r, null, null, List.of());
        }

        static Shape rect(String label, Integer w, Integer h) {
            return new Shape(Kind.RECT, label, null, w, h, List.of());
        }

        static Shape poly(List<Integer> points) {
            POLYGONS.incrementAndGet();
            return new Shape(Kind.POLY, null, null, null, null, List.copyOf(points));
        }
    }

    private static final Codec<Kind> KIND = Scalars.enumeration(Kind.values(), k -> k.name().toLowerCase());
    /** Shared by two kinds: one slot. */
    private static final Member<Shape, String> LABEL = nullable("label", Scalars.STRING, Shape::label);

    private static final Codec<Shape> SHAPE = VariantCodec.of("kind", KIND, Shape::kind)
            .variant(Kind.DOT, FactoryCodec.of(Shape::dot))
            .variant(Kind.CIRCLE, FactoryCodec.of(LABEL, required("r", Scalars.INTEGER, Shape::r), Shape::circle))
            .variant(Kind.RECT, FactoryCodec.of(LABEL, required("w", Scalars.INTEGER, Shape::w),
                    required("h", Scalars.INTEGER, Shape::h), Shape::rect))
            .variant(Kind.POLY, FactoryCodec.of(requiredList("points", Scalars.INTEGER, Shape::points), Shape::poly));

    private static List<Object> problems(String json) {
        return problems(json, Mode.STRICT);
    }

    private static List<Object> problems(String json, Mode mode) {
        List<Object> out = new ArrayList<>();
        for (DocumentProblem p : CodecTesting.read(SHAPE, json, mode).problems()) {
            out.add(tuple(p.getPointer(), p.getCode()));
        }
        return out;
    }

    @Test
    void writesTheKindThenTheMembersOfThatKind() {
        assertThat(CodecTesting.write(SHAPE, Shape.dot())).isEqualTo("{\"kind\":\"dot\"}");
        assertThat(CodecTesting.write(SHAPE, Shape.circle(null, 2))).isEqualTo("{\"kind\":\"circle\",\"r\":2}");
        assertThat(CodecTesting.write(SHAPE, Shape.rect("a", 1, 2)))
                .isEqualTo("{\"kind\":\"rect\",\"label\":\"a\",\"w\":1,\"h\":2}");
        assertThat(CodecTesting.write(SHAPE, Shape.poly(List.of(3, 4))))
                .isEqualTo("{\"kind\":\"poly\",\"points\":[3,4]}");
    }

    @Test
    void readsEachKindWhereverTheKindComes() {
        assertThat(CodecTesting.read(SHAPE, "{\"kind\":\"dot\"}").value()).isEqualTo(Shape.dot());
        assertThat(CodecTesting.read(SHAPE, "{\"r\":2,\"label\":\"c\",\"kind\":\"circle\"}").value())
                .isEqualTo(Shape.circle("c", 2));
        assertThat(CodecTesting.read(SHAPE, "{\"h\":2,\"kind\":\"rect\",\"w\":1}").value())
                .isEqualTo(Shape.rect(null, 1, 2));
        assertThat(CodecTesting.read(SHAPE, "{\"points\":[5],\"kind\":\"poly\"}").value())
                .isEqualTo(Shape.poly(List.of(5)));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aMemberOfAnotherKindIsUnknownInEitherMode(Mode mode) {
        assertThat(problems("{\"kind\":\"circle\",\"r\":1,\"w\":2,\"points\":[]}", mode))
                .containsExactly(tuple("/w", "kichi.json.unknownMember"), tuple("/points", "kichi.json.unknownMember"));
        assertThat(problems("{\"kind\":\"dot\",\"label\":\"x\"}", mode))
                .containsExactly(tuple("/label", "kichi.json.unknownMember"));
    }

    @Test
    void everyProblemOfTheKindIsReported() {
        assertThat(problems("{\"kind\":\"rect\",\"w\":\"1\",\"zz\":0}"))
                .containsExactly(tuple("/w", "kichi.json.type"), tuple("/h", "kichi.required"),
                        tuple("/zz", "kichi.json.unknownMember"));
        assertThat(problems("{\"kind\":\"circle\",\"r\":-1}")).containsExactly(tuple("/r", "kichi.positive"));
        assertThat(CodecTesting.read(SHAPE, "{\"kind\":\"circle\",\"r\":-1}").value()).isNull();
    }

    @Test
    void withoutAKnownKindOnlyTheProblemsInsideMembersAndTheKindAreReported() {
        assertThat(problems("{\"r\":\"x\",\"zz\":0}"))
                .containsExactly(tuple("/r", "kichi.json.type"), tuple("/kind", "kichi.required"));
        assertThat(problems("{\"kind\":\"hexagon\",\"r\":1}")).containsExactly(tuple("/kind", "kichi.json.code"));
        assertThat(problems("{\"kind\":null}")).containsExactly(tuple("/kind", "kichi.json.null"));
    }

    @Test
    void anArrayMemberWithABadElementIsNotGivenToTheFactory() {
        int before = Shape.POLYGONS.get();

        assertThat(problems("{\"kind\":\"poly\",\"points\":[1,\"two\",3]}"))
                .containsExactly(tuple("/points/1", "kichi.json.type"));
        assertThat(problems("{\"kind\":\"poly\"}")).containsExactly(tuple("/points", "kichi.required"));
        assertThat(Shape.POLYGONS.get()).isEqualTo(before);
    }

    @Test
    void aNameTwoKindsShareMustBeDeclaredAlike() {
        VariantCodec<Shape, Kind> circles = VariantCodec.of("kind", KIND, Shape::kind)
                .variant(Kind.CIRCLE, FactoryCodec.of(LABEL, required("r", Scalars.INTEGER, Shape::r), Shape::circle));

        assertThatThrownBy(() -> circles.variant(Kind.RECT, FactoryCodec.of(
                        required("r", Scalars.DECIMAL, (Shape s) -> null), r -> Shape.dot())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"r\"");
        assertThatThrownBy(() -> circles.variant(Kind.RECT, FactoryCodec.of(
                        nullable("kind", Scalars.STRING, (Shape s) -> null), k -> Shape.dot())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"kind\"");
        assertThatThrownBy(() -> circles.variant(Kind.CIRCLE, FactoryCodec.of(Shape::dot)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("declared twice");
    }

    @Test
    void aKindWithoutACodecCannotBeWritten() {
        Codec<Shape> dots = VariantCodec.of("kind", KIND, Shape::kind).variant(Kind.DOT, FactoryCodec.of(Shape::dot));

        assertThatThrownBy(() -> CodecTesting.write(dots, Shape.circle(null, 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CIRCLE");
    }
}
