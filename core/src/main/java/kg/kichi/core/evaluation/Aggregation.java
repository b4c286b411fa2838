package kg.kichi.core.evaluation;

import java.util.Optional;
import kg.kichi.core.Coded;

/** How the counted reviews' scores of one criterion become the application's score for it. */
public enum Aggregation implements Coded {
    /** The arithmetic mean (the default). */
    MEAN("mean"),
    /** The middle score; with an even number of scores, the mean of the two middle ones. */
    MEDIAN("median"),
    /** The mean after dropping one highest and one lowest score; the plain mean of fewer than three scores. */
    TRIMMED_MEAN("trimmed-mean");

    private final String code;

    Aggregation(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Finds a method by its code.
     *
     * @param code e.g. {@code trimmed-mean}
     * @return the method, or empty
     */
    public static Optional<Aggregation> fromCode(String code) {
        return Coded.fromCode(Aggregation.class, code);
    }
}
