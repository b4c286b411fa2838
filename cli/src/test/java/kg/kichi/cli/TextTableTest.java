package kg.kichi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {
    @Test
    void padsColumnsToTheWidestCellAndAlignsNumbersRight() {
        String text = new TextTable(List.of("name", "n"), false, true)
                .row("Нарын", "3").row("Talas Region", "12").render("  ");
        assertThat(text.lines()).containsExactly(
                "  name           n",
                "  Нарын          3",
                "  Talas Region  12");
    }

    @Test
    void rejectsRowsOfTheWrongWidth() {
        TextTable table = new TextTable(List.of("a", "b"), false, false);
        assertThatIllegalArgumentException().isThrownBy(() -> table.row("only one"));
    }
}
