package kg.kichi.examples.cli;

/** A feature this build of {@code kichi} does not have. Reported as one line on stderr, exit code 2. */
public class NotAvailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param feature what is missing, e.g. {@code place-name resolution}
     */
    public NotAvailableException(String feature) {
        super(feature + " is not available in this build");
    }
}
