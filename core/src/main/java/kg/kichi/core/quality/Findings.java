package kg.kichi.core.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The tally every check writes to: per {@link QualityCheck}, how many objects it looked at, how many it flagged,
 * and its first findings.
 *
 * <p>Invariants: at most {@link QualityOptions#getExamples()} findings are kept per check, in the order they were
 * flagged; a finding is built only while its check still keeps findings (most flagged objects are only counted,
 * and building a finding's message arguments would cost more than the check). Counts never decrease. Kept for
 * the whole analysis, across documents.
 */
final class Findings {
    private static final int CHECKS = QualityCheck.values().length;

    private final int examples;
    private final long[] looked = new long[CHECKS];
    private final long[] flagged = new long[CHECKS];
    private final List<List<Finding>> kept = new ArrayList<>();

    Findings(int examples) {
        this.examples = examples;
        for (int i = 0; i < CHECKS; i++) {
            kept.add(new ArrayList<>());
        }
    }

    /** Counts one object the check looked at (had the data it needs), flagged or not. */
    void looked(QualityCheck check) {
        looked[check.ordinal()]++;
    }

    /** Counts a flagged object; the finding is built only while the check keeps findings: most are only counted. */
    void flag(QualityCheck check, Supplier<Finding> finding) {
        flagCounted(check, 1, finding);
    }

    /** Counts {@code objects} flagged objects that one finding describes together (a group of organisations). */
    void flagCounted(QualityCheck check, int objects, Supplier<Finding> finding) {
        int i = check.ordinal();
        flagged[i] += objects;
        if (kept.get(i).size() < examples) {
            kept.get(i).add(finding.get());
        }
    }

    /** @return one result per check, in the order of {@link QualityCheck#values()} */
    List<CheckResult> results() {
        List<CheckResult> results = new ArrayList<>();
        for (QualityCheck check : QualityCheck.values()) {
            int i = check.ordinal();
            results.add(CheckResult.of(check, looked[i], flagged[i], kept.get(i)));
        }
        return results;
    }

    /** A finding's message arguments from name, value pairs, in the order given. */
    static Map<String, String> args(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
