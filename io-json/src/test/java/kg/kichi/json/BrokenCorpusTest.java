package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken documents ({@code broken/NN-name.json}, expectations in {@code broken/index.csv}: file,
 * pointer, code, and for syntax problems their kind, for limit problems their limit): each document is rejected
 * with the expected problem at the expected pointer.
 */
class BrokenCorpusTest {
    static final String DIR = "/kg/kichi/json/broken/";

    static Stream<Arguments> expectations() {
        return lines().stream().skip(1).map(line -> {
            String[] cells = line.split(",", -1);
            return Arguments.of(cells[0], cells[1], cells[2], cells.length > 3 ? cells[3] : "");
        });
    }

    @ParameterizedTest(name = "{0}: {2} {3} at \"{1}\"")
    @MethodSource("expectations")
    void rejectsWithPointerAndCode(String file, String pointer, String code, String kind) throws IOException {
        try (InputStream in = BrokenCorpusTest.class.getResourceAsStream(DIR + file)) {
            assertThat(in).as(file).isNotNull();
            assertThatThrownBy(() -> KichiJson.read(in, Mode.STRICT))
                    .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                        assertThat(e.getProblems()).extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                                .contains(tuple(pointer, code));
                        e.getProblems().forEach(p -> {
                            assertThat(p.getMessage(Locale.forLanguageTag("ru"))).doesNotContain("kichi.");
                            assertThat(p.getMessage(Locale.forLanguageTag("ky"))).doesNotContain("kichi.");
                        });
                        if (!kind.isEmpty()) {
                            DocumentProblem last = e.getProblems().get(e.getProblems().size() - 1);
                            assertThat(last.getCode()).isEqualTo(code);
                            assertThat(last.getArguments()).containsEntry(
                                    code.equals(LimitKind.CODE) ? "limit" : "kind", kind);
                            assertThat(last.getLine()).isPositive();
                            assertThat(last.getColumn()).isPositive();
                            for (String language : new String[] {"ru", "ky"}) {
                                assertThat(last.getMessage(Locale.forLanguageTag(language)))
                                        .doesNotContain(String.valueOf(last.getArguments().get("detail")))
                                        .doesNotContainPattern("[A-Za-z]{2,} [A-Za-z]{2,}");
                            }
                        }
                    });
        }
    }

    @Test
    void corpusIsLargeEnoughAndTheBaseIsValid() throws IOException {
        assertThat(expectations().map(a -> a.get()[0]).distinct().count()).isGreaterThanOrEqualTo(40);
        try (InputStream in = BrokenCorpusTest.class.getResourceAsStream("/kg/kichi/json/valid-base.json")) {
            assertThat(KichiJson.read(in, Mode.STRICT).getGrants()).hasSize(1);
        }
    }

    @Test
    void syntaxErrorsSayLineAndColumn() throws IOException {
        try (InputStream in = BrokenCorpusTest.class.getResourceAsStream(DIR + "01-syntax-missing-comma.json")) {
            assertThatThrownBy(() -> KichiJson.read(in, Mode.STRICT))
                    .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                        DocumentProblem p = e.getProblems().get(0);
                        assertThat(p.getLine()).isGreaterThan(1);
                        assertThat(p.getColumn()).isPositive();
                    });
        }
    }

    static List<String> lines() {
        try (InputStream in = BrokenCorpusTest.class.getResourceAsStream(DIR + "index.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
