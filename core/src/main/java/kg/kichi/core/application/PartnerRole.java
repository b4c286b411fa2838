package kg.kichi.core.application;

import java.util.Optional;
import kg.kichi.core.Coded;

/** An organisation's part in a partnership, in the EU's terms for grant applications. */
public enum PartnerRole implements Coded {
    /** The lead applicant, later the grantee (негизги аткаруучу уюм). Exactly one per partnership. */
    LEAD("lead"),
    /** A co-applicant, jointly responsible with the lead. */
    CO_APPLICANT("co-applicant"),
    /** A partner (өнөктөш, партнер) taking part in the work. */
    PARTNER("partner"),
    /** An associate that takes part without receiving money. */
    ASSOCIATE("associate"),
    /** An entity affiliated to the lead or a co-applicant. */
    AFFILIATED_ENTITY("affiliated-entity");

    private final String code;

    PartnerRole(String code) {
        this.code = code;
    }

    /** @return the stable lower-kebab code used in JSON */
    @Override
    public String getCode() {
        return code;
    }

    /**
     * Finds a role by its code.
     *
     * @param code e.g. {@code co-applicant}
     * @return the role, or empty for an unknown code
     */
    public static Optional<PartnerRole> fromCode(String code) {
        return Coded.fromCode(PartnerRole.class, code);
    }
}
