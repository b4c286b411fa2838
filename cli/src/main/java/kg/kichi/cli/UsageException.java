package kg.kichi.cli;

/** The command line is wrong: an unknown command or option, a missing or bad value. Exit code 2. */
public class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one line saying what is wrong
     */
    public UsageException(String message) {
        super(message);
    }
}
