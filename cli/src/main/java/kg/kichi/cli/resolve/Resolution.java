package kg.kichi.cli.resolve;

import java.util.List;
import java.util.Optional;

/**
 * What a place name resolves to: one clear candidate, several (ambiguous) or none, with the reason.
 *
 * @param status {@code resolved}, {@code ambiguous} or {@code unknown}
 * @param candidates the candidates, best first; empty when unknown
 * @param reason why the name is ambiguous or unknown, or how an inexact match was made
 */
public record Resolution(String status, List<Candidate> candidates, Optional<String> reason) {
    /** Copies the candidates. */
    public Resolution {
        candidates = List.copyOf(candidates);
    }
}
