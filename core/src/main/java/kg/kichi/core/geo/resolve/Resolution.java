package kg.kichi.core.geo.resolve;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kg.kichi.core.geo.AdministrativeUnit;

/**
 * What a place mention refers to: a status, every candidate ranked best first, the parts of the mention with
 * the unit each names, and a reason whenever the answer is not a plain match. Never a silent guess: an
 * ambiguous mention lists every candidate, an unknown one says why, a contradictory address names the parts
 * that do not fit together.
 *
 * <p>A mention written as an address ("Ош облусу, Ноокат району, Кара-Таш а/а", in either order) resolves to
 * the most specific unit consistent with every part; {@link #getChain()} lists the units its parts name, from
 * the largest down, and {@link #getParts()} each part as written with its unit, or why it could not be placed.
 */
public final class Resolution {
    /** The lead in score the best candidate needs over the next for the mention to count as resolved. */
    public static final int MARGIN = 5;

    private final String mention;
    private final ResolutionStatus status;
    private final List<Candidate> candidates;
    private final String reason;
    private final List<AddressPart> parts;
    private final List<AdministrativeUnit> chain;

    /** A mention of one part: the part is the whole mention, placed when resolved. */
    Resolution(String mention, ResolutionStatus status, List<Candidate> candidates, String reason) {
        this.mention = mention;
        this.status = status;
        this.candidates = List.copyOf(candidates);
        this.reason = reason;
        boolean resolved = status == ResolutionStatus.RESOLVED;
        this.parts = List.of(new AddressPart(mention, resolved ? this.candidates.get(0) : null,
                resolved ? null : reason == null ? status.toString().toLowerCase(java.util.Locale.ROOT) : reason));
        this.chain = resolved ? List.of(this.candidates.get(0).getUnit()) : List.of();
    }

    /** An address of several parts. */
    Resolution(String mention, ResolutionStatus status, List<Candidate> candidates, String reason,
            List<AddressPart> parts, List<AdministrativeUnit> chain) {
        this.mention = mention;
        this.status = status;
        this.candidates = List.copyOf(candidates);
        this.reason = reason;
        this.parts = List.copyOf(parts);
        this.chain = List.copyOf(chain);
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
     * The parts of the mention, in the order written: one for a plain mention, several for an address ("Ош
     * облусу", "Ноокат району", "Кара-Таш а/а"), each with the unit it names or why it could not be placed.
     *
     * @return the parts, never empty
     */
    public List<AddressPart> getParts() {
        return parts;
    }

    /**
     * The units the parts of the best reading name, from the largest to the most specific, each once: for
     * "Кара-Таш а/а, Ноокат району, Ош облусу" Osh oblast, Nookat district, Kara-Tash aiyl aimak. For an
     * ambiguous address, the chain of the best-ranked reading.
     *
     * @return the chain; empty when unknown or contradictory, or when a single-part mention is ambiguous
     */
    public List<AdministrativeUnit> getChain() {
        return chain;
    }

    /** @return whether some part of the mention could not be placed (an unknown name, a contradiction) */
    public boolean hasUnplacedParts() {
        for (AddressPart p : parts) {
            if (!p.isPlaced()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why the mention is ambiguous, unknown or contradictory, which part of an address could not be placed, or how an inexact match was made (approximate spelling, a city
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
                && candidates.equals(r.candidates) && Objects.equals(reason, r.reason) && parts.equals(r.parts)
                && chain.equals(r.chain);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mention, status, candidates, reason, parts, chain);
    }

    /** @return status, mention, candidates and reason */
    @Override
    public String toString() {
        return status + " '" + mention + "' " + candidates + (parts.size() > 1 ? " parts " + parts : "")
                + (reason == null ? "" : " (" + reason + ")");
    }
}
