package kg.kichi.cli.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kg.kichi.cli.CliRun;
import kg.kichi.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kichi validate} on hostile documents (issue 20): an escaped newline or a terminal escape in a value or a
 * member name cannot forge a line of output; a number beyond BigDecimal's range is a problem of its file, not an
 * "unexpected error" that drops the other files' results; the position is in the language asked for.
 */
class HostileOutputTest {
    @TempDir
    Path dir;

    private String file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p.toString();
    }

    @Test
    void controlCharactersInValuesAndNamesAreEscaped() throws IOException {
        String forged = file("forged.json", "{\"formatVersion\":\"1.0\",\"id\":\"d\",\"x\\u001b[31m\\ny\":1,"
                + "\"organisations\":[{\"id\":\"a\\nother.json:/id: kichi.required: forged\",\"name\":{\"en\":\"A\"},"
                + "\"legalForm\":\"other\"}]}");
        CliRun run = CliRun.standard("validate", forged);
        assertThat(run.exit()).isEqualTo(ExitCode.PROBLEMS);
        // two problems: the forged member name, and the organisation id without a scheme (one problem, naming it)
        assertThat(run.outLines()).hasSize(2).allSatisfy(line -> {
            assertThat(line).startsWith(forged + ":/");
            assertThat(line.chars().filter(c -> c < 0x20 || c == 0x7F)).isEmpty();
        });
        assertThat(run.outLines().get(0)).isEqualTo(forged + ":/x\\u001B[31m\\ny: kichi.json.unknownMember:"
                + " unknown member \"x\\u001B[31m\\ny\"");
        assertThat(run.outLines().get(1))
                .startsWith(forged + ":/organisations/0/id: kichi.organisation.form: 'a\\nother.json");
    }

    @Test
    void aHugeExponentIsAProblemOfItsFileAndTheOtherFilesAreStillReported() throws IOException {
        String huge = file("huge.json", "{\"formatVersion\":\"1.0\",\"id\":\"d\",\"projects\":[{\"id\":\"p\","
                + "\"title\":{\"en\":\"P\"},\"budget\":{\"amount\":1e999999999999,\"currency\":\"KGS\"}}]}");
        String missingId = file("missing-id.json", "{\"formatVersion\":\"1.0\"}");
        CliRun run = CliRun.standard("validate", huge, missingId);
        assertThat(run.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(run.outLines()).containsExactly(
                huge + ":/projects/0/budget/amount: kichi.json.number: 1e999999999999 is not a number this member"
                        + " can hold",
                missingId + ":/id: kichi.required: is required");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void thePositionIsInTheLanguageAskedFor() throws IOException {
        String broken = file("broken.json", "{\n\"formatVersion\": \"1.0\",\n x}");
        CliRun run = CliRun.standard("validate", "--lang", "ru", broken);
        assertThat(run.outLines()).singleElement().asString().endsWith("(строка 3, столбец 2)");
    }

    @Test
    void theDocumentLengthLimitIsAnOption() throws IOException {
        String doc = file("doc.json", "{\"formatVersion\":\"1.0\",\"id\":\"d\"}");
        CliRun small = CliRun.standard("validate", "--max-document-length", "10", doc);
        assertThat(small.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(small.outLines()).singleElement().asString().contains("kichi.json.limit");
        assertThat(CliRun.standard("validate", "--max-document-length", "2g", doc).exit()).isEqualTo(ExitCode.OK);
        assertThat(CliRun.standard("validate", "--max-document-length", "lots", doc).exit()).isEqualTo(ExitCode.USAGE);
    }
}
