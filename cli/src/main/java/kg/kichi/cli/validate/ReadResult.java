package kg.kichi.cli.validate;

import java.util.List;
import java.util.Optional;
import kg.kichi.core.catalogue.Catalogue;

/**
 * What reading a document gave: no problems (with the dataset, when it was kept) or every problem found.
 *
 * @param catalogue the dataset, when the document is valid and was read whole
 * @param problems the problems, in document order; empty when the document is valid
 */
public record ReadResult(Optional<Catalogue> catalogue, List<Problem> problems) {
    /** Copies the problems. */
    public ReadResult {
        problems = List.copyOf(problems);
        if (catalogue.isPresent() && !problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid document has no dataset");
        }
    }

    /**
     * @param catalogue the dataset read
     * @return a valid result with the dataset
     */
    public static ReadResult valid(Catalogue catalogue) {
        return new ReadResult(Optional.of(catalogue), List.of());
    }

    /** @return a valid result of a check that did not keep the dataset */
    public static ReadResult checked() {
        return new ReadResult(Optional.empty(), List.of());
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
