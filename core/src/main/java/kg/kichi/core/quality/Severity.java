package kg.kichi.core.quality;

import java.util.Optional;
import kg.kichi.core.Coded;

/** How much a quality finding matters. Neither level makes a document invalid: validation decides that. */
public enum Severity implements Coded {
    /** Probably wrong: the data contradicts itself or the world (grants over their envelope, a date in 2099). */
    WARNING("warning"),
    /** Worth a look: incomplete or unusual, but often right (a grant without a place, a long title). */
    INFO("info");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    /** @return the stable code: {@code warning} or {@code info} */
    @Override
    public String getCode() {
        return code;
    }

    /**
     * Whether a finding of this severity reaches a threshold: a warning reaches both levels, info only info.
     *
     * @param threshold the lowest severity that counts
     * @return whether this severity is at or above the threshold
     */
    public boolean reaches(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /**
     * Finds a severity by its code.
     *
     * @param code {@code warning} or {@code info}
     * @return the severity, or empty for another code
     */
    public static Optional<Severity> fromCode(String code) {
        return Coded.fromCode(Severity.class, code);
    }
}
