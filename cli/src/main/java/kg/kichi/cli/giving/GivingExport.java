package kg.kichi.cli.giving;

import java.util.List;
import java.util.Optional;

/**
 * The result of exporting a dataset to 360Giving: the package, or what is missing.
 *
 * @param json the 360Giving package as JSON text, when every grant has the required fields
 * @param missing one line per grant lacking required fields, e.g. {@code grant g-1: missing amountAwarded}
 */
public record GivingExport(Optional<String> json, List<String> missing) {
    /** Copies the lines. */
    public GivingExport {
        missing = List.copyOf(missing);
    }
}
