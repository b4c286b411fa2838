package kg.kichi.cli.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kg.kichi.cli.CliRun;
import kg.kichi.cli.ExitCode;
import kg.kichi.cli.HandBuiltCatalogues;
import kg.kichi.json.KichiJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The command's own logic (exit codes, line format, languages, JSON shape), over hand-built documents. */
class ValidateCommandTest {
    private static final JsonMapper JSON = JsonMapper.shared();

    @TempDir
    Path dir;

    /** alpha, valid. */
    private String valid(String name) throws IOException {
        return Files.writeString(dir.resolve(name), KichiJson.writeString(HandBuiltCatalogues.alpha())).toString();
    }

    /** alpha with a member the format does not define: a problem when strict, kept when lenient. */
    private String withUnknownMember(String name) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(KichiJson.writeString(HandBuiltCatalogues.alpha()));
        root.put("colour", "green");
        return Files.writeString(dir.resolve(name), JSON.writeValueAsString(root)).toString();
    }

    @Test
    void validFilesExitZeroSilently() throws IOException {
        CliRun run = CliRun.standard("validate", valid("a.json"), valid("b.json"));
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void problemsArePrintedAsFilePointerCodeMessageInTheLanguageAskedFor() throws IOException {
        String ok = valid("ok.json");
        String bad = withUnknownMember("bad.json");
        CliRun run = CliRun.standard("validate", "--lang", "ky", ok, bad);
        assertThat(run.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(run.outLines()).containsExactly(
                bad + ":/colour: kichi.json.unknownMember: «colour» деген белгисиз талаа");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void lenientIsPassedOn() throws IOException {
        CliRun run = CliRun.standard("validate", "--lenient", withUnknownMember("bad.json"));
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingFileIsOneLineAndExitCode2EvenAmongProblems() throws IOException {
        String bad = withUnknownMember("bad.json");
        String missing = dir.resolve("missing.json").toString();
        CliRun run = CliRun.standard("validate", missing, bad);
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).containsExactly("kichi validate: cannot read " + missing + ": no such file");
        assertThat(run.outLines()).hasSize(1);
    }

    @Test
    void aDirectoryIsNotADocument() {
        CliRun run = CliRun.standard("validate", dir.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).containsExactly("kichi validate: cannot read " + dir + ": is a directory");
    }

    @Test
    void aDocumentLongerThanTheLimitIsAProblemAndABadSizeAUsageError() throws IOException {
        String ok = valid("ok.json");
        CliRun limited = CliRun.standard("validate", "--max-document-length", "1k", ok);
        CliRun roomy = CliRun.standard("validate", "--max-document-length=1m", ok);
        CliRun bad = CliRun.standard("validate", "--max-document-length", "lots", ok);
        assertThat(limited.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(limited.outLines()).singleElement().asString().startsWith(ok + ":");
        assertThat(roomy.exit()).isEqualTo(ExitCode.OK);
        assertThat(bad.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.errLines()).containsExactly(
                "kichi validate: --max-document-length: not a size: lots (see kichi validate --help)");
    }

    @Test
    void jsonOutputListsEveryFileWithItsProblems() throws IOException {
        String ok = valid("ok.json");
        String bad = withUnknownMember("bad.json");
        String missing = dir.resolve("gone.json").toString();
        CliRun run = CliRun.standard("validate", "--format", "json", "--lang=ru", ok, bad, missing);
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("valid").asBoolean()).isFalse();
        assertThat(root.get("mode").asString()).isEqualTo("strict");
        assertThat(root.get("files")).hasSize(3);
        assertThat(root.at("/files/0/file").asString()).isEqualTo(ok);
        assertThat(root.at("/files/0/valid").asBoolean()).isTrue();
        assertThat(root.at("/files/0/problems")).isEmpty();
        assertThat(root.at("/files/1/valid").asBoolean()).isFalse();
        assertThat(root.at("/files/1/problems/0/pointer").asString()).isEqualTo("/colour");
        assertThat(root.at("/files/1/problems/0/code").asString()).isEqualTo("kichi.json.unknownMember");
        assertThat(root.at("/files/1/problems/0/message").asString()).isEqualTo("неизвестное поле «colour»");
        assertThat(root.at("/files/2/error").asString()).isEqualTo("cannot read " + missing + ": no such file");
        CliRun lenient = CliRun.standard("validate", "--format", "json", "--lenient", bad);
        assertThat(JSON.readTree(lenient.out()).get("mode").asString()).isEqualTo("lenient");
    }
}
