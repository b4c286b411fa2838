package kg.kichi.json.internal.model;

import java.util.List;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;

/**
 * A section's or stage's minimum is checked against the maximum of its criteria; when a criterion was invalid
 * and left out, that maximum is smaller than written and the minimum would be reported as unreachable too.
 */
final class GridSums {
    private GridSums() {}

    static InvalidModelException withoutCascade(InvalidModelException e, boolean partsFailed) {
        if (!partsFailed) {
            return e;
        }
        List<Violation> kept = e.getViolations().stream()
                .filter(v -> !v.getCode().equals("kichi.evaluation.unreachable")).toList();
        return new InvalidModelException(e.getType(), kept);
    }
}
