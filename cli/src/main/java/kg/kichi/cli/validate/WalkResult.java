package kg.kichi.cli.validate;

import java.util.List;
import java.util.Optional;
import kg.kichi.core.text.LocalizedText;

/**
 * What walking a document gave: its identifier and title when it is valid, otherwise every problem found.
 *
 * @param id the dataset's identifier, present exactly when there are no problems
 * @param title its title, when it has one
 * @param problems the problems, in document order; empty when the document is valid
 */
public record WalkResult(Optional<String> id, Optional<LocalizedText> title, List<Problem> problems) {
    /** Copies the problems. */
    public WalkResult {
        problems = List.copyOf(problems);
        if (id.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a valid document has an id, an invalid one has problems");
        }
    }

    /** @return whether the document is valid */
    public boolean isValid() {
        return problems.isEmpty();
    }
}
