package kg.kichi.core.validation;

import static kg.kichi.core.ModelAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import kg.kichi.core.Samples;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.internal.ViolationCollector;
import org.junit.jupiter.api.Test;

class ValidityTest {
    @Test
    void checkReturnsAValidObjectItself() {
        Grant grant = Samples.grant().build();
        assertThat(Validity.check(grant)).isSameAs(grant);
        assertThat(Validity.violationsOf(grant)).isEmpty();
        assertThat(Validity.violationsOf("not a model object")).isEmpty();
    }

    @Test
    void violationsAreSortedByPathThenCode() {
        assertThatThrownBy(() -> Grant.builder().lot("lot-a").build())
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getPath, Violation::getCode).containsExactly(
                                violation("call", "kichi.grant.source"), violation("id", "kichi.required"),
                                violation("lot", "kichi.grant.lotWithoutCall"),
                                violation("partnership", "kichi.required"), violation("title", "kichi.required")));
    }

    @Test
    void violationsSurviveJavaSerialization() throws Exception {
        InvalidModelException thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> Grant.builder().lot("lot-a").build(), InvalidModelException.class);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(thrown);
        }
        Object read;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            read = in.readObject();
        }
        assertThat(read).isInstanceOfSatisfying(InvalidModelException.class, copy -> {
            assertThat(copy.getViolations()).hasSize(5).isEqualTo(thrown.getViolations());
            assertThat(copy.getType()).isEqualTo("Grant");
            assertThat(copy.getMessage(java.util.Locale.forLanguageTag("ru")))
                    .isEqualTo(thrown.getMessage(java.util.Locale.forLanguageTag("ru")));
        });
    }

    @Test
    void collectorReportsAllOrNothing() {
        ViolationCollector problems = new ViolationCollector("Thing");
        assertThat(problems.check(true, "a", "kichi.required", Map.of())).isTrue();
        assertThat(problems.isEmpty()).isTrue();
        problems.throwIfAny();
        assertThat(problems.check(false, "b", "kichi.blank", Map.of())).isFalse();
        problems.add(Violation.of("c", "kichi.required"));
        assertThat(problems.isEmpty()).isFalse();
        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InvalidModelException.class, e -> {
            assertThat(e.getType()).isEqualTo("Thing");
            assertThat(e.getViolations()).extracting(Violation::getPath).containsExactly("b", "c");
        });
    }
}
