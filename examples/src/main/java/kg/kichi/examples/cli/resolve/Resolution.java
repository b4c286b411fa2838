package kg.kichi.examples.cli.resolve;

import java.util.List;
import java.util.Optional;

/**
 * What a place name resolves to: one candidate, several (ambiguous) or none with the reason.
 *
 * @param candidates the candidates, best first
 * @param reason why nothing was found, when nothing was
 */
public record Resolution(List<Candidate> candidates, Optional<String> reason) {
    /** Copies the candidates. */
    public Resolution {
        candidates = List.copyOf(candidates);
    }

    /** @return whether several units may be meant */
    public boolean isAmbiguous() {
        return candidates.size() > 1;
    }
}
