package kg.kichi.core.evaluation;

import java.util.Optional;
import kg.kichi.core.Coded;
import kg.kichi.core.application.ApplicationStatus;

/** What a selection decides for one application, and the status applying it gives. */
public enum Outcome implements Coded {
    /** Selected for a grant: {@link ApplicationStatus#AWARDED}. */
    SELECTED("selected", ApplicationStatus.AWARDED),
    /** On the reserve list: {@link ApplicationStatus#RESERVE}. */
    RESERVE("reserve", ApplicationStatus.RESERVE),
    /** Not selected (skipped beyond the reserve list, or below threshold): {@link ApplicationStatus#REJECTED}. */
    REJECTED("rejected", ApplicationStatus.REJECTED),
    /** Shortlisted at a concept-note stage: stays {@link ApplicationStatus#UNDER_EVALUATION}. */
    SHORTLISTED("shortlisted", ApplicationStatus.UNDER_EVALUATION),
    /** Incomplete, needs more reviews: stays {@link ApplicationStatus#UNDER_EVALUATION}. */
    PENDING("pending", ApplicationStatus.UNDER_EVALUATION);

    private final String code;
    private final ApplicationStatus status;

    Outcome(String code, ApplicationStatus status) {
        this.code = code;
        this.status = status;
    }

    @Override
    public String getCode() {
        return code;
    }

    /** @return the application status that applying the decision gives */
    public ApplicationStatus getStatus() {
        return status;
    }

    /**
     * Finds an outcome by its code.
     *
     * @param code e.g. {@code reserve}
     * @return the outcome, or empty
     */
    public static Optional<Outcome> fromCode(String code) {
        return Coded.fromCode(Outcome.class, code);
    }
}
