package kg.kichi.cli.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import kg.kichi.cli.CommandFailure;
import kg.kichi.cli.HandBuiltCatalogues;
import kg.kichi.cli.Io;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressIndicatorTest {
    private static final DocumentReader DRAIN = (in, strict, locale) -> {
        byte[] buffer = new byte[1000];
        while (in.read(buffer) >= 0) {
            // read it all, as a streaming reader does
        }
        return ReadResult.valid(HandBuiltCatalogues.beta());
    };

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private PrintStream errStream() {
        return new PrintStream(err, true, StandardCharsets.UTF_8);
    }

    @Test
    void redrawsOnlyWhenThePercentageChangesAndClearsItsLine() {
        ProgressIndicator progress = new ProgressIndicator(errStream(), "big.json", 200);
        progress.accept(100);
        progress.accept(101);
        progress.accept(200);
        progress.done();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("\rkichi: big.json 50%\rkichi: big.json 100%\r" + " ".repeat(21) + "\r");
    }

    @Test
    void showsWhileReadingOnATerminal() throws IOException, CommandFailure {
        String file = Files.write(dir.resolve("big.json"), new byte[250_000]).toString();
        new DocumentFiles(DRAIN, new Io(System.out, errStream(), true)).read(file, true, Locale.ENGLISH);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("kichi: " + file + " 0%", file + " 100%")
                .endsWith("\r");
    }

    @Test
    void staysSilentWhenNotATerminal() throws IOException, CommandFailure {
        String file = Files.write(dir.resolve("big.json"), new byte[250_000]).toString();
        ReadResult result = new DocumentFiles(DRAIN, new Io(System.out, errStream(), false))
                .read(file, true, Locale.ENGLISH);
        assertThat(result.isValid()).isTrue();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
