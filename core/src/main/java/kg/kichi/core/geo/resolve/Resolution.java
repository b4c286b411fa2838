package kg.kichi.core.geo.resolve;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kg.kichi.core.geo.AdministrativeUnit;

/**
 * What a place mention refers to: a status, every candidate ranked best first, and a reason whenever the
 * answer is not a plain match. Never a silent guess: an ambiguous mention lists every candidate, an unknown
 * one says why.
 */
public final class Resolution {
    /** The lead in score the best candidate needs over the next for the mention to count as resolved. */
    public static final int MARGIN = 5;

    private final String mention;
    private final ResolutionStatus status;
    private final List<Candidate> candidates;
    private final String reason;

    Resolution(String mention, ResolutionStatus status, List<Candidate> candidates, String reason) {
        this.mention = mention;
        this.status = status;
        this.candidates = List.copyOf(candidates);
        this.reason = reason;
    }

    static Resolution unknown(String mention, String reason) {
        return new Resolution(mention, ResolutionStatus.UNKNOWN, List.of(), reason);
    }

    /** @return the mention as given */
    public String getMention() {
        return mention;
    }

    /** @return resolved, ambiguous or unknown */
    public ResolutionStatus getStatus() {
        return status;
    }

    /** @return whether one candidate ranks clearly first */
    public boolean isResolved() {
        return status == ResolutionStatus.RESOLVED;
    }

    /** @return every candidate, best first; empty when unknown */
    public List<Candidate> getCandidates() {
        return candidates;
    }

    /** @return the best candidate, also when ambiguous; empty when unknown */
    public Optional<Candidate> getBest() {
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
    }

    /** @return the unit when resolved, empty when ambiguous or unknown */
    public Optional<AdministrativeUnit> getUnit() {
        return isResolved() ? Optional.of(candidates.get(0).getUnit()) : Optional.empty();
    }

    /**
     * Why the mention is ambiguous or unknown, or how an inexact match was made (approximate spelling, a city
     * sub-division taken as its city, a unit outside the given context).
     *
     * @return the reason, empty for a plain match
     */
    public Optional<String> getReason() {
        return Optional.ofNullable(reason);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Resolution r && mention.equals(r.mention) && status == r.status
                && candidates.equals(r.candidates) && Objects.equals(reason, r.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mention, status, candidates, reason);
    }

    /** @return status, mention, candidates and reason */
    @Override
    public String toString() {
        return status + " '" + mention + "' " + candidates + (reason == null ? "" : " (" + reason + ")");
    }
}
