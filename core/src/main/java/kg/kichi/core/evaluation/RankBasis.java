package kg.kichi.core.evaluation;

import java.util.Optional;
import kg.kichi.core.Coded;

/** Which score ranks the applications. */
public enum RankBasis implements Coded {
    /** The aggregated total (the default). */
    TOTAL("total"),
    /** The mean of the counted reviews' per-reviewer z-scores. */
    NORMALISED("normalised");

    private final String code;

    RankBasis(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Finds a basis by its code.
     *
     * @param code e.g. {@code normalised}
     * @return the basis, or empty
     */
    public static Optional<RankBasis> fromCode(String code) {
        return Coded.fromCode(RankBasis.class, code);
    }
}
