package kg.kichi.cli.resolve;

import java.util.List;
import java.util.Optional;

/**
 * What a place name resolves to: one clear candidate, several (ambiguous) or none, with the reason.
 *
 * @param status {@code resolved}, {@code ambiguous}, {@code unknown} or {@code contradictory}
 * @param candidates the candidates, best first; empty when unknown or contradictory
 * @param reason why the name is ambiguous, unknown or contradictory, or how an inexact match was made
 * @param chain for an address of several parts, the units its parts name, from the largest down, each as
 *     "name (level)"; empty for a plain name or when no unit fits every part
 * @param unplaced for an address, each part that could not be placed, as "'part': why"
 */
public record Resolution(String status, List<Candidate> candidates, Optional<String> reason, List<String> chain,
        List<String> unplaced) {
    /** Copies the lists. */
    public Resolution {
        candidates = List.copyOf(candidates);
        chain = List.copyOf(chain);
        unplaced = List.copyOf(unplaced);
    }

    /**
     * A plain name's resolution, with no chain.
     *
     * @param status the status
     * @param candidates the candidates
     * @param reason the reason
     */
    public Resolution(String status, List<Candidate> candidates, Optional<String> reason) {
        this(status, candidates, reason, List.of(), List.of());
    }
}
