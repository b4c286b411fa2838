package kg.kichi.json.internal.model;

import java.util.List;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import kg.kichi.json.internal.codec.Fields;

/**
 * A section's or stage's minimum is checked against the maximum of its criteria; when a criterion was invalid
 * and left out, that maximum is smaller than written and the minimum would be reported as unreachable too.
 */
final class GridSums {
    private GridSums() {}

    /**
     * Reports a section's or stage's builder violations, leaving out the unreachable minimum when parts failed.
     *
     * @return {@code null}, as {@link Fields#invalid}
     */
    static <T> T invalid(Fields f, InvalidModelException e) {
        if (!f.hasProblems()) {
            return f.invalid(e);
        }
        List<Violation> kept = e.getViolations().stream()
                .filter(v -> !v.getCode().equals("kichi.evaluation.unreachable")).toList();
        // when the cascade was all the builder found, the failed parts' own problems already say what is wrong
        return kept.isEmpty() ? null : f.invalid(new InvalidModelException(e.getType(), kept));
    }
}
