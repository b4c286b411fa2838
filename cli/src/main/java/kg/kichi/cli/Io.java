package kg.kichi.cli;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Where a command writes: its output, its diagnostics, and whether diagnostics go to a person at a terminal
 * (only then may a progress indicator show).
 */
public final class Io {
    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;

    /**
     * Creates the streams of one run.
     *
     * @param out standard output: results
     * @param err standard error: problems, errors, progress
     * @param interactive whether {@code err} is a terminal a person watches
     */
    public Io(PrintStream out, PrintStream err, boolean interactive) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.interactive = interactive;
    }

    /** @return standard output */
    public PrintStream out() {
        return out;
    }

    /** @return standard error */
    public PrintStream err() {
        return err;
    }

    /** @return whether standard error is a terminal, so progress may show */
    public boolean interactive() {
        return interactive;
    }
}
