package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import kg.kichi.core.money.Money;
import kg.kichi.json.stream.DocumentHandler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers whose exponent is beyond the {@code int} range are a {@code kichi.json.number} problem at their member,
 * through every way in (whole read, streaming, the mapper); they were a raw {@link NumberFormatException}.
 */
class HostileNumbersTest {
    @ParameterizedTest
    @ValueSource(strings = {"1e999999999999", "1E+2147483648", "1e-2147483648", "0e999999999999", "-7.5e-9999999999"})
    void exponentsBeyondTheIntRangeAreTypedProblems(String number) {
        String json = "{\"formatVersion\":\"1.0\",\"id\":\"d\",\"calls\":[{\"id\":\"c\",\"project\":\"p\","
                + "\"title\":{\"en\":\"c\"},\"envelope\":{\"amount\":" + number + ",\"currency\":\"KGS\"}}],"
                + "\"projects\":[{\"id\":\"p\",\"title\":{\"en\":\"P\"}}]}";
        for (Mode mode : Mode.values()) {
            assertThatThrownBy(() -> KichiJson.read(json, mode))
                    .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblems())
                            .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                            .containsExactly(tuple("/calls/0/envelope/amount", "kichi.json.number")));
            assertThatThrownBy(() -> KichiJson.reader().withMode(mode).stream(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), new DocumentHandler() {}))
                    .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblems())
                            .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                            .containsExactly(tuple("/calls/0/envelope/amount", "kichi.json.number")));
        }
        assertThatThrownBy(() -> KichiJson.mapper().readValue("{\"amount\":" + number + ",\"currency\":\"KGS\"}",
                Money.class))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblems())
                        .extracting(DocumentProblem::getPointer, DocumentProblem::getCode, p -> p.getArguments().get("value"))
                        .containsExactly(tuple("/amount", "kichi.json.number", number)));
    }
}
