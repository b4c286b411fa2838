package kg.kichi.cli.validate;

import java.io.PrintStream;
import java.util.function.LongConsumer;

/**
 * Shows on a terminal how much of a file has been read: one line rewritten in place on stderr
 * ({@code kichi: big.json 42%}), cleared when done. Used only when stderr is a terminal.
 */
public final class ProgressIndicator implements LongConsumer {
    private final PrintStream err;
    private final String label;
    private final long total;
    private int shown = -1;

    /**
     * Creates an indicator.
     *
     * @param err the terminal
     * @param label what is read, e.g. the file name
     * @param total its size in bytes
     */
    public ProgressIndicator(PrintStream err, String label, long total) {
        this.err = err;
        this.label = label;
        this.total = Math.max(1, total);
    }

    /**
     * Records progress, redrawing the line when the percentage changes.
     *
     * @param bytesRead bytes read so far
     */
    @Override
    public void accept(long bytesRead) {
        int percent = (int) Math.min(100, bytesRead * 100 / total);
        if (percent != shown) {
            shown = percent;
            err.print("\rkichi: " + label + " " + percent + "%");
            err.flush();
        }
    }

    /** Clears the line. */
    public void done() {
        if (shown >= 0) {
            err.print("\r" + " ".repeat(label.length() + 13) + "\r");
            err.flush();
        }
    }
}
