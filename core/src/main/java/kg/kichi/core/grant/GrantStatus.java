package kg.kichi.core.grant;

import java.util.Optional;
import kg.kichi.core.Coded;

/** Where a grant stands after the award. */
public enum GrantStatus implements Coded {
    /** Awarded; work not yet started or not reported. */
    AWARDED("awarded"),
    /** Being carried out. */
    ACTIVE("active"),
    /** Finished as planned. */
    COMPLETED("completed"),
    /** Ended early. */
    TERMINATED("terminated");

    private final String code;

    GrantStatus(String code) {
        this.code = code;
    }

    /** @return the stable lower-kebab code used in JSON */
    @Override
    public String getCode() {
        return code;
    }

    /**
     * Finds a status by its code.
     *
     * @param code e.g. {@code active}
     * @return the status, or empty for an unknown code
     */
    public static Optional<GrantStatus> fromCode(String code) {
        return Coded.fromCode(GrantStatus.class, code);
    }
}
