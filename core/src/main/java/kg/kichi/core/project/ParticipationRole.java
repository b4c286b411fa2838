package kg.kichi.core.project;

import java.util.Optional;
import kg.kichi.core.Coded;

/** The role an organisation plays in a project, as IATI's OrganisationRole codelist (codes 1–4) gives them. */
public enum ParticipationRole implements Coded {
    /** Provides the money (IATI 1). */
    FUNDING("funding", "1"),
    /** Is legally accountable for the money (IATI 2). */
    ACCOUNTABLE("accountable", "2"),
    /** Manages the funding on the funder's behalf (IATI 3). */
    EXTENDING("extending", "3"),
    /** Carries out the work (IATI 4). */
    IMPLEMENTING("implementing", "4");

    private final String code;
    private final String iatiCode;

    ParticipationRole(String code, String iatiCode) {
        this.code = code;
        this.iatiCode = iatiCode;
    }

    /** @return the stable lower-kebab code used in JSON */
    @Override
    public String getCode() {
        return code;
    }

    /** @return the code in IATI's OrganisationRole codelist */
    public String getIatiCode() {
        return iatiCode;
    }

    /**
     * Finds a role by its code.
     *
     * @param code e.g. {@code implementing}
     * @return the role, or empty for an unknown code
     */
    public static Optional<ParticipationRole> fromCode(String code) {
        return Coded.fromCode(ParticipationRole.class, code);
    }
}
