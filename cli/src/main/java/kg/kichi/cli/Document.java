package kg.kichi.cli;

import java.util.Objects;
import kg.kichi.core.catalogue.Catalogue;

/**
 * A dataset read from somewhere.
 *
 * @param source where it came from: the file name as given, or an example's name
 * @param catalogue the dataset
 */
public record Document(String source, Catalogue catalogue) {
    /**
     * Checks the parts.
     *
     * @param source where it came from
     * @param catalogue the dataset
     */
    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(catalogue, "catalogue");
    }
}
