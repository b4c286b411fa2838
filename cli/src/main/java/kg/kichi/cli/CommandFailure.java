package kg.kichi.cli;

/**
 * A command cannot go on: a file cannot be read, a feature is not available. Reported as one line on stderr, with
 * exit code 2 unless told otherwise.
 */
public class CommandFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /**
     * Creates a failure with exit code {@link ExitCode#USAGE}.
     *
     * @param message one line saying what went wrong
     * @param cause the underlying exception, shown with {@code --debug}, or null
     */
    public CommandFailure(String message, Throwable cause) {
        this(message, cause, ExitCode.USAGE);
    }

    /**
     * Creates a failure.
     *
     * @param message one line saying what went wrong
     * @param cause the underlying exception, shown with {@code --debug}, or null
     * @param exitCode the exit code to end with
     */
    public CommandFailure(String message, Throwable cause, int exitCode) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** @return the exit code to end with */
    public int getExitCode() {
        return exitCode;
    }
}
