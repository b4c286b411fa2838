package kg.kichi.cli.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import kg.kichi.cli.CliRun;
import org.junit.jupiter.api.Test;

/** {@code kichi resolve} escapes control characters of the mention it echoes (issue 20). */
class ResolveEscapesTest {
    @Test
    void aMentionWithATerminalEscapeAndANewlineIsEchoedEscaped() {
        CliRun run = CliRun.standard("resolve", "Нарын\u001b[2J\nfake: RESOLVED");
        assertThat(run.out()).contains("Нарын\\u001B[2J\\nfake: RESOLVED").doesNotContain("\u001b");
        assertThat(run.outLines()).noneMatch(line -> line.startsWith("fake"));
    }
}
