package kg.kichi.examples.cli.validate;

import java.util.List;
import java.util.Optional;
import kg.kichi.core.catalogue.Catalogue;

/**
 * What reading a document gave: the dataset when the document is valid, otherwise every problem found.
 *
 * @param catalogue the dataset, present exactly when there are no problems
 * @param problems the problems, in document order
 */
public record ReadResult(Optional<Catalogue> catalogue, List<Problem> problems) {
    /** Copies the problems. */
    public ReadResult {
        problems = List.copyOf(problems);
    }

    /**
     * @param catalogue the dataset read
     * @return a valid result
     */
    public static ReadResult valid(Catalogue catalogue) {
        return new ReadResult(Optional.of(catalogue), List.of());
    }

    /**
     * @param problems at least one problem
     * @return an invalid result
     */
    public static ReadResult invalid(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid document has at least one problem");
        }
        return new ReadResult(Optional.empty(), problems);
    }

    /** @return whether the document is valid */
    public boolean isValid() {
        return problems.isEmpty();
    }
}
