package kg.kichi.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * One in-process run of {@code kichi}: its exit code and what it wrote.
 *
 * @param exit the exit code
 * @param out what went to stdout
 * @param err what went to stderr
 */
public record CliRun(int exit, String out, String err) {
    /**
     * Runs {@code kichi} with the standard tools, through {@link Kichi#run(String[], PrintStream, PrintStream)}.
     *
     * @param args the command line
     * @return the run
     */
    public static CliRun standard(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Kichi.run(args, stream(out), stream(err));
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Runs {@code kichi} with other example datasets than the bundled ones.
     *
     * @param examples what {@code report --examples} reports on
     * @param args the command line
     * @return the run
     */
    public static CliRun withExamples(Supplier<List<Document>> examples, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Kichi(new Io(stream(out), stream(err), false), examples).run(args);
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** @return the lines written to stderr */
    public List<String> errLines() {
        return err.lines().toList();
    }

    /** @return the lines written to stdout */
    public List<String> outLines() {
        return out.lines().toList();
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
