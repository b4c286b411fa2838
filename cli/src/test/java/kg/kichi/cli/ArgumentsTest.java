package kg.kichi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
    private static final Set<String> FLAGS = Set.of("--strict");
    private static final Set<String> OPTIONS = Set.of("--lang", "--format");

    private static Arguments parse(String... args) throws UsageException {
        return Arguments.parse(List.of(args), FLAGS, OPTIONS);
    }

    @Test
    void separatesFlagsOptionsAndOperands() throws UsageException {
        Arguments args = parse("a.json", "--strict", "--lang", "ru", "--format=json", "b.json");
        assertThat(args.has("--strict")).isTrue();
        assertThat(args.value("--lang")).contains("ru");
        assertThat(args.value("--format")).contains("json");
        assertThat(args.operands()).containsExactly("a.json", "b.json");
        assertThat(args.wantsHelp()).isFalse();
    }

    @Test
    void doubleDashEndsOptionsAndLoneDashIsAnOperand() throws UsageException {
        Arguments args = parse("-", "--", "--strict");
        assertThat(args.has("--strict")).isFalse();
        assertThat(args.operands()).containsExactly("-", "--strict");
    }

    @Test
    void recognisesHelpEverywhere() throws UsageException {
        assertThat(parse("x", "-h").wantsHelp()).isTrue();
        assertThat(parse("--help").wantsHelp()).isTrue();
    }

    @Test
    void choiceDefaultsToTheFirstAndRejectsOthers() throws UsageException {
        assertThat(parse().choice("--format", List.of("text", "json"))).isEqualTo("text");
        Arguments args = parse("--format", "xml");
        assertThatThrownBy(() -> args.choice("--format", List.of("text", "json")))
                .isInstanceOf(UsageException.class).hasMessage("option --format must be one of text, json, not 'xml'");
    }

    @Test
    void rejectsUnknownOptionsMissingValuesAndRepeats() {
        assertThatThrownBy(() -> parse("--bogus")).isInstanceOf(UsageException.class)
                .hasMessage("unknown option --bogus");
        assertThatThrownBy(() -> parse("--lang")).isInstanceOf(UsageException.class)
                .hasMessage("option --lang needs a value");
        assertThatThrownBy(() -> parse("--lang", "ru", "--lang=ky")).isInstanceOf(UsageException.class)
                .hasMessage("option --lang given twice");
        assertThatThrownBy(() -> parse("--strict=yes")).isInstanceOf(UsageException.class)
                .hasMessage("unknown option --strict=yes");
    }
}
