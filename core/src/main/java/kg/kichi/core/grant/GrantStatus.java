package kg.kichi.core.grant;

import java.util.Optional;

/** Where a grant stands after the award. */
public enum GrantStatus {
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
        for (GrantStatus status : values()) {
            if (status.code.equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
