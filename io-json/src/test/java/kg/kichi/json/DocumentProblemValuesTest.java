package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link DocumentProblem} as a value: equal when pointer, code, arguments, line and column are, each of them
 * telling two problems apart; its text and location with and without a position; null refused naming the field.
 */
class DocumentProblemValuesTest {
    private static final Map<String, Object> TYPE = Map.of("expected", "string", "actual", "number");

    @Test
    void equalWhenEveryFieldIsAndOnlyThen() {
        DocumentProblem p = DocumentProblem.at("/grants/0/id", "kichi.json.type", TYPE, 3, 14);
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("actual", "number");
        other.put("expected", "string");
        DocumentProblem same = DocumentProblem.at("/grants/0/id", "kichi.json.type", other, 3, 14);
        assertThat(p).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo("/grants/0/id").isNotEqualTo(null);
        assertThat(p).isNotEqualTo(DocumentProblem.at("/grants/1/id", "kichi.json.type", TYPE, 3, 14))
                .isNotEqualTo(DocumentProblem.at("/grants/0/id", "kichi.json.required", TYPE, 3, 14))
                .isNotEqualTo(DocumentProblem.at("/grants/0/id", "kichi.json.type",
                        Map.of("expected", "string", "actual", "array"), 3, 14))
                .isNotEqualTo(DocumentProblem.at("/grants/0/id", "kichi.json.type", TYPE, 4, 14))
                .isNotEqualTo(DocumentProblem.at("/grants/0/id", "kichi.json.type", TYPE, 3, 15))
                .isNotEqualTo(DocumentProblem.of("/grants/0/id", "kichi.json.type", TYPE));
        assertThat(p.hashCode()).isNotEqualTo(DocumentProblem.at("/grants/0/id", "kichi.json.type", TYPE, 3, 15)
                .hashCode());
    }

    @Test
    void aProblemAtAPositionSaysWhere() {
        DocumentProblem p = DocumentProblem.at("/grants/0/id", "kichi.json.type", TYPE, 3, 14);
        assertThat(p.getLine()).isEqualTo(3);
        assertThat(p.getColumn()).isEqualTo(14);
        assertThat(p.getMessage()).isEqualTo("expected string, found number");
        assertThat(p.getLocation(Locale.ENGLISH)).isEqualTo("(line 3, column 14)");
        assertThat(p.getLocation(Locale.forLanguageTag("ru"))).isEqualTo("(строка 3, столбец 14)");
        assertThat(p.getLocation(Locale.forLanguageTag("ky"))).isEqualTo("(3-сап, 14-тилке)");
        assertThat(p).hasToString("/grants/0/id (line 3, column 14): kichi.json.type: expected string, found number");
    }

    @Test
    void aProblemWithoutAPositionSaysNone() {
        DocumentProblem p = DocumentProblem.of("", "kichi.json.type", TYPE);
        assertThat(p.getLine()).isEqualTo(-1);
        assertThat(p.getColumn()).isEqualTo(-1);
        assertThat(p.getLocation(Locale.ENGLISH)).isEmpty();
        assertThat(p).hasToString("(document): kichi.json.type: expected string, found number");
        // line 0 is no position either
        assertThat(DocumentProblem.at("/x", "kichi.json.type", TYPE, 0, 5).getLocation(Locale.ENGLISH)).isEmpty();
    }

    @Test
    void theArgumentsAreSortedAndCannotBeChanged() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("expected", "string");
        given.put("actual", "number");
        DocumentProblem p = DocumentProblem.of("/a", "kichi.json.type", given);
        given.put("extra", 1);
        assertThat(p.getArguments()).containsExactly(Map.entry("actual", "number"), Map.entry("expected", "string"));
        assertThatThrownBy(() -> p.getArguments().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesANullPointerOrCodeNamingIt() {
        assertThatThrownBy(() -> DocumentProblem.of(null, "kichi.json.type", TYPE))
                .isInstanceOf(NullPointerException.class).hasMessage("pointer");
        assertThatThrownBy(() -> DocumentProblem.at("", null, TYPE, 1, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("code");
    }

    @Test
    void theExceptionsMessageListsItsProblems() {
        DocumentProblem at = DocumentProblem.at("", "kichi.json.type", TYPE, 3, 14);
        DocumentProblem of = DocumentProblem.of("/a", "kichi.json.type", TYPE);
        assertThat(new InvalidDocumentException(List.of(of))).hasMessage("invalid Kichi document (1 problem):\n"
                + "  /a: kichi.json.type: expected string, found number");
        InvalidDocumentException two = new InvalidDocumentException(List.of(at, of));
        assertThat(two).hasMessage("invalid Kichi document (2 problems):\n"
                + "  (document) (line 3, column 14): kichi.json.type: expected string, found number\n"
                + "  /a: kichi.json.type: expected string, found number");
        assertThat(two.getMessage(Locale.forLanguageTag("ru"))).startsWith("недопустимый документ Kichi (проблем: 2):\n"
                + "  (документ) (строка 3, столбец 14): kichi.json.type: ");
        assertThat(two.getProblems()).containsExactly(at, of);
        assertThatThrownBy(() -> new InvalidDocumentException(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an InvalidDocumentException needs at least one problem");
    }

    @Test
    void theExceptionsMessageShowsFiftyProblemsAndSaysThereAreMore() {
        List<DocumentProblem> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add(DocumentProblem.of("/a/" + i, "kichi.json.type", TYPE));
        }
        String message = new InvalidDocumentException(fifty).getMessage();
        assertThat(message.split("\n", -1)).hasSize(51);
        assertThat(message).endsWith("/a/49: kichi.json.type: expected string, found number");
        List<DocumentProblem> more = new ArrayList<>(fifty);
        more.add(DocumentProblem.of("/a/50", "kichi.json.type", TYPE));
        String cut = new InvalidDocumentException(more).getMessage();
        assertThat(cut).startsWith("invalid Kichi document (51 problems):\n")
                .endsWith("/a/49: kichi.json.type: expected string, found number\n  …")
                .doesNotContain("/a/50");
    }
}
