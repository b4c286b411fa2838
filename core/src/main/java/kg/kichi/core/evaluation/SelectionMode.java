package kg.kichi.core.evaluation;

import java.util.Optional;
import kg.kichi.core.Coded;

/** What a selection produces. */
public enum SelectionMode implements Coded {
    /** Grants within the envelope and planned number, then a reserve list (the default). */
    SELECT("select"),
    /**
     * A concept-note shortlist: passing applications in rank order while the requested amounts shortlisted so
     * far are below the shortlist factor × the envelope (the application that reaches it is the last one in).
     */
    SHORTLIST("shortlist");

    private final String code;

    SelectionMode(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Finds a mode by its code.
     *
     * @param code e.g. {@code shortlist}
     * @return the mode, or empty
     */
    public static Optional<SelectionMode> fromCode(String code) {
        return Coded.fromCode(SelectionMode.class, code);
    }
}
