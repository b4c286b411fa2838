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

    /**
     * Which of a section's or stage's builder violations to report ({@code ObjectCodec.ViolationsToReport}): all,
     * but the unreachable minimum when parts failed, which the failed parts' own problems already explain.
     */
    static List<Violation> toReport(InvalidModelException e, boolean hadProblems) {
        if (!hadProblems) {
            return e.getViolations();
        }
        return e.getViolations().stream().filter(v -> !v.getCode().equals("kichi.evaluation.unreachable")).toList();
    }
}
