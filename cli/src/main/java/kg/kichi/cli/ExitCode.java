package kg.kichi.cli;

/** The exit codes of every {@code kichi} command. */
public final class ExitCode {
    /** Everything went well: all documents valid, the report or export written. */
    public static final int OK = 0;
    /** The input was read but has problems: a document is invalid, or a grant lacks a required field. */
    public static final int PROBLEMS = 1;
    /** Wrong usage (unknown command or option, missing argument) or an I/O error. */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
