package kg.kichi.core.evaluation;

import java.util.Locale;
import java.util.Objects;

/** A review kept and reported but not counted, with the reason and its figure (an organisation, a criterion). */
public final class ExcludedReview {
    private final String review;
    private final String reviewer;
    private final Exclusion reason;
    private final Finding finding;

    ExcludedReview(String review, String reviewer, Exclusion reason, Finding finding) {
        this.review = review;
        this.reviewer = reviewer;
        this.reason = reason;
        this.finding = finding;
    }

    /** @return the review's identifier */
    public String getReview() {
        return review;
    }

    /** @return the reviewer's identifier */
    public String getReviewer() {
        return reviewer;
    }

    /** @return why it is not counted */
    public Exclusion getReason() {
        return reason;
    }

    /** @return the audit line: code and figures */
    public Finding getFinding() {
        return finding;
    }

    /**
     * The audit line as a sentence.
     *
     * @param locale the language
     * @return the message
     */
    public String getMessage(Locale locale) {
        return finding.getMessage(locale);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExcludedReview e && review.equals(e.review) && reason == e.reason
                && finding.equals(e.finding);
    }

    @Override
    public int hashCode() {
        return Objects.hash(review, reason, finding);
    }

    @Override
    public String toString() {
        return review + " " + reason.getCode();
    }
}
