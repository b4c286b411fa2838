package kg.kichi.cli.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kg.kichi.cli.CommandFailure;
import kg.kichi.cli.Io;
import kg.kichi.json.ReadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressIndicatorTest {
    /** Reads it all, as a streaming reader does, and says how many bytes it read. */
    private static final DocumentFiles.Reading<Long> DRAIN = in -> {
        byte[] buffer = new byte[1000];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0;) {
            total += n;
        }
        return total;
    };

    private static DocumentFiles files(Io io) {
        return new DocumentFiles(io, null, ReadLimits.defaults());
    }

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
        files(new Io(System.out, errStream(), true)).open(file, DRAIN);
        // the file is read from disk 65536 bytes at a time: 26%, 52%, 78%, then the rest
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("kichi: " + file + " 26%", file + " 52%",
                file + " 100%").endsWith("\r");
    }

    @Test
    void staysSilentWhenNotATerminal() throws IOException, CommandFailure {
        String file = Files.write(dir.resolve("big.json"), new byte[250_000]).toString();
        assertThat(files(new Io(System.out, errStream(), false)).open(file, DRAIN)).isEqualTo(250_000L);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
