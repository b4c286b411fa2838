package kg.kichi.json.internal.codec;

import static kg.kichi.json.internal.codec.Member.nullable;
import static kg.kichi.json.internal.codec.Member.required;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The factory form of the declarative codecs, on a stand-in value: a span of a unit, built by a factory that, like
 * the model's, refuses a null unit and throws every violation at once.
 */
class FactoryCodecTest {
    /** A span {@code from..to} in a unit; either end may be open. */
    record Span(String unit, Integer from, Integer to) {
        /** How many times the factory ran: a required member missing must not call it. */
        static final AtomicInteger CALLS = new AtomicInteger();

        static Span of(String unit, Integer from, Integer to) {
            CALLS.incrementAndGet();
            Objects.requireNonNull(unit, "unit"); // as the model's factories: a null is a bug, not a violation
            List<Violation> violations = new ArrayList<>();
            if (!unit.equals(unit.toLowerCase(java.util.Locale.ROOT))) {
                violations.add(Violation.of("unit", "kichi.token", Map.of("value", unit)));
            }
            if (from == null) {
                violations.add(Violation.of("from", "kichi.required"));
            } else if (from < 0) {
                violations.add(Violation.of("from", "kichi.positive", Map.of("value", from)));
            }
            if (to != null && to < 0) {
                violations.add(Violation.of("to", "kichi.positive", Map.of("value", to)));
            }
            if (from != null && to != null && from > to) {
                violations.add(Violation.of("", "kichi.range.order", Map.of("min", from, "max", to)));
            }
            if (!violations.isEmpty()) {
                throw new InvalidModelException("Span", violations);
            }
            return new Span(unit, from, to);
        }
    }

    private static final Codec<Span> SPAN = FactoryCodec.of(
            required("unit", Scalars.STRING, Span::unit),
            nullable("from", Scalars.INTEGER, Span::from),
            nullable("to", Scalars.INTEGER, Span::to),
            Span::of);

    private static List<Object> problems(Codec<?> codec, String json) {
        return problems(codec, json, Mode.STRICT);
    }

    private static List<Object> problems(Codec<?> codec, String json, Mode mode) {
        List<Object> out = new ArrayList<>();
        for (DocumentProblem p : CodecTesting.read(codec, json, mode).problems()) {
            out.add(tuple(p.getPointer(), p.getCode()));
        }
        return out;
    }

    @Test
    void writesTheMembersInTheOrderDeclaredSkippingThoseWithoutValue() {
        assertThat(CodecTesting.write(SPAN, new Span("m", 1, 5))).isEqualTo("{\"unit\":\"m\",\"from\":1,\"to\":5}");
        assertThat(CodecTesting.write(SPAN, new Span("m", 1, null))).isEqualTo("{\"unit\":\"m\",\"from\":1}");
    }

    @Test
    void readsWhatItWroteWhateverTheOrderOfTheMembers() {
        assertThat(CodecTesting.read(SPAN, "{\"to\":5,\"unit\":\"m\",\"from\":1}").value())
                .isEqualTo(new Span("m", 1, 5));
        assertThat(CodecTesting.read(SPAN, "{\"unit\":\"km\",\"from\":0}").value()).isEqualTo(new Span("km", 0, null));
    }

    @Test
    void reportsEveryProblemAtItsPointerInOneRead() {
        var result = CodecTesting.read(SPAN, "{\"unit\":\"M\",\"from\":-1,\"to\":\"x\",\"zz\":{}}");

        assertThat(result.value()).isNull();
        // the member's own problem as read, then the unknown member, then what the factory says of the others
        assertThat(problems(SPAN, "{\"unit\":\"M\",\"from\":-1,\"to\":\"x\",\"zz\":{}}")).containsExactly(
                tuple("/to", "kichi.json.type"), tuple("/zz", "kichi.json.unknownMember"),
                tuple("/unit", "kichi.token"), tuple("/from", "kichi.positive"));
    }

    @Test
    void theFactorysViolationAboutAMemberThatHadAProblemIsNotRepeated() {
        // from is wrong, so the factory gets null for it and says it is required: reported once, as its type
        assertThat(problems(SPAN, "{\"unit\":\"m\",\"from\":true}")).containsExactly(tuple("/from", "kichi.json.type"));
        // absent, it is the factory's to report
        assertThat(problems(SPAN, "{\"unit\":\"m\"}")).containsExactly(tuple("/from", "kichi.required"));
    }

    @Test
    void aViolationOfTheWholeValueIsAtItsPointer() {
        assertThat(problems(SPAN, "{\"unit\":\"m\",\"from\":5,\"to\":1}"))
                .containsExactly(tuple("", "kichi.range.order"));
    }

    @Test
    void aRequiredMemberMissingOrWrongIsReportedAndTheFactoryIsNotCalled() {
        int before = Span.CALLS.get();

        assertThat(problems(SPAN, "{\"from\":1,\"to\":-2}")).containsExactly(tuple("/unit", "kichi.required"));
        assertThat(problems(SPAN, "{\"unit\":7,\"from\":1}")).containsExactly(tuple("/unit", "kichi.json.type"));
        assertThat(Span.CALLS.get()).isEqualTo(before);
    }

    @Test
    void aStandInLetsTheFactoryCheckTheOtherMembers() {
        Codec<Span> withStandIn = FactoryCodec.of(
                required("unit", Scalars.STRING, Span::unit).orElse("m"),
                nullable("from", Scalars.INTEGER, Span::from),
                nullable("to", Scalars.INTEGER, Span::to),
                Span::of);

        var result = CodecTesting.read(withStandIn, "{\"from\":-3}");

        assertThat(result.value()).isNull(); // not built, though the factory was called with the stand-in
        assertThat(problems(withStandIn, "{\"from\":-3}"))
                .containsExactly(tuple("/unit", "kichi.required"), tuple("/from", "kichi.positive"));
        assertThat(problems(withStandIn, "{\"unit\":1,\"from\":2,\"to\":1}"))
                .containsExactly(tuple("/unit", "kichi.json.type"), tuple("", "kichi.range.order"));
    }

    @Test
    void onlyARequiredMemberHasAStandIn() {
        assertThatThrownBy(() -> nullable("from", Scalars.INTEGER, Span::from).orElse(1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("from");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aValueKeepsNoUnknownMemberEvenWhenLenient(Mode mode) {
        assertThat(problems(SPAN, "{\"unit\":\"m\",\"from\":1,\"unit2\":\"m\"}", mode))
                .containsExactly(tuple("/unit2", "kichi.json.unknownMember"));
    }

    @Test
    void nullIsNotAValue() {
        assertThat(problems(SPAN, "{\"unit\":null,\"from\":null}"))
                .containsExactly(tuple("/unit", "kichi.json.null"), tuple("/from", "kichi.json.null"));
        var whole = CodecTesting.read(SPAN, "null");
        assertThat(whole.value()).isNull();
        assertThat(whole.problems()).extracting(DocumentProblem::getPointer, DocumentProblem::getCode,
                        DocumentProblem::getArguments)
                .containsExactly(tuple("", "kichi.json.type", Map.of("expected", "object", "actual", "null")));
    }

    @Test
    void aValueIsAnObject() {
        assertThat(problems(SPAN, "[\"m\",1,2]")).containsExactly(tuple("", "kichi.json.type"));
    }

    @Test
    void problemsAreAtTheValuesPointerInsideADocument() {
        Codec<List<Span>> spans = FactoryCodec.of(
                Member.<List<Span>, Span>requiredList("spans", SPAN, l -> l), l -> l);

        assertThat(problems(spans, "{\"spans\":[{\"unit\":\"m\",\"from\":1},{\"from\":1},{\"unit\":\"m\",\"x\":0}]}"))
                .containsExactly(tuple("/spans/1/unit", "kichi.required"),
                        tuple("/spans/2/x", "kichi.json.unknownMember"), tuple("/spans/2/from", "kichi.required"));
    }

    @Test
    void aValueWithoutMembersIsAnEmptyObject() {
        Codec<String> constant = FactoryCodec.of(() -> "the one");

        assertThat(CodecTesting.read(constant, "{}").value()).isEqualTo("the one");
        assertThat(CodecTesting.write(constant, "the one")).isEqualTo("{}");
        assertThat(problems(constant, "{\"a\":1}")).containsExactly(tuple("/a", "kichi.json.unknownMember"));
    }

    @Test
    void violationsMayBeSortedOutFirst() {
        Codec<Span> quiet = FactoryCodec.of(
                        required("unit", Scalars.STRING, Span::unit),
                        nullable("from", Scalars.INTEGER, Span::from),
                        nullable("to", Scalars.INTEGER, Span::to),
                        Span::of)
                .reportingViolations((e, hadProblems) -> hadProblems
                        ? e.getViolations().stream().filter(v -> !v.getPath().isEmpty()).toList()
                        : e.getViolations());

        // after another problem, the range's order is left out; alone, it is reported
        assertThat(problems(quiet, "{\"unit\":\"m\",\"from\":5,\"to\":1,\"q\":0}"))
                .containsExactly(tuple("/q", "kichi.json.unknownMember"));
        assertThat(problems(quiet, "{\"unit\":\"m\",\"from\":5,\"to\":1}"))
                .containsExactly(tuple("", "kichi.range.order"));
    }

    @Test
    void aMemberDeclaredTwiceIsRefused() {
        assertThatThrownBy(() -> FactoryCodec.of(required("unit", Scalars.STRING, Span::unit),
                nullable("unit", Scalars.STRING, Span::unit), (a, b) -> new Span(a, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("declared twice: unit");
    }
}
