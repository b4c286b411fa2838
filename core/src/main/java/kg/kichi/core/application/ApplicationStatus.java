package kg.kichi.core.application;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import kg.kichi.core.Coded;

/**
 * Where an application stands in a call's lifecycle. Only the transitions {@link #canBecome(ApplicationStatus)}
 * allows are legal:
 *
 * <pre>
 * draft ─► submitted ─► eligible ─► under-evaluation ─► awarded
 *              │                          │      └───► reserve ─► awarded | rejected
 *              └─► ineligible             └─► rejected
 * any status but awarded, ineligible, rejected and withdrawn ─► withdrawn
 * </pre>
 */
public enum ApplicationStatus implements Coded {
    /** Being written; not yet submitted. */
    DRAFT("draft"),
    /** Received by the call. */
    SUBMITTED("submitted"),
    /** Passed the administrative and eligibility check. */
    ELIGIBLE("eligible"),
    /** Failed the eligibility check. Final. */
    INELIGIBLE("ineligible"),
    /** Being scored by evaluators. */
    UNDER_EVALUATION("under-evaluation"),
    /** Selected for a grant. Final. */
    AWARDED("awarded"),
    /** On the reserve list: awarded if money frees up. */
    RESERVE("reserve"),
    /** Not selected. Final. */
    REJECTED("rejected"),
    /** Withdrawn by the applicant. Final. */
    WITHDRAWN("withdrawn");

    private final String code;

    ApplicationStatus(String code) {
        this.code = code;
    }

    /** @return the stable lower-kebab code used in JSON */
    @Override
    public String getCode() {
        return code;
    }

    /** @return the statuses this one may move to; empty for a final status */
    public Set<ApplicationStatus> getNext() {
        switch (this) {
            case DRAFT:
                return EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED:
                return EnumSet.of(ELIGIBLE, INELIGIBLE, WITHDRAWN);
            case ELIGIBLE:
                return EnumSet.of(UNDER_EVALUATION, WITHDRAWN);
            case UNDER_EVALUATION:
                return EnumSet.of(AWARDED, RESERVE, REJECTED, WITHDRAWN);
            case RESERVE:
                return EnumSet.of(AWARDED, REJECTED, WITHDRAWN);
            default:
                return EnumSet.noneOf(ApplicationStatus.class);
        }
    }

    /**
     * Whether moving from this status to another is legal.
     *
     * @param next the status to move to
     * @return whether the transition is allowed
     */
    public boolean canBecome(ApplicationStatus next) {
        return getNext().contains(next);
    }

    /** @return whether no transition leaves this status */
    public boolean isFinal() {
        return getNext().isEmpty();
    }

    /**
     * Finds a status by its code.
     *
     * @param code e.g. {@code under-evaluation}
     * @return the status, or empty for an unknown code
     */
    public static Optional<ApplicationStatus> fromCode(String code) {
        return Coded.fromCode(ApplicationStatus.class, code);
    }
}
