package kg.kichi.core.quality;

import java.util.List;
import java.util.Objects;

/**
 * The result of a quality analysis: one {@link CheckResult} per check, in the order of {@link QualityCheck},
 * and the names of the documents analysed together.
 */
public final class QualityReport {
    private final List<String> documents;
    private final List<CheckResult> results;

    private QualityReport(List<String> documents, List<CheckResult> results) {
        this.documents = List.copyOf(documents);
        this.results = List.copyOf(results);
    }

    /**
     * A report.
     *
     * @param documents the documents' names, in the order analysed
     * @param results one result per check
     * @return the report
     */
    public static QualityReport of(List<String> documents, List<CheckResult> results) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(results, "results");
        return new QualityReport(documents, results);
    }

    /** @return the documents analysed together */
    public List<String> getDocuments() {
        return documents;
    }

    /** @return one result per check, in the order of {@link QualityCheck} */
    public List<CheckResult> getResults() {
        return results;
    }

    /**
     * The result of one check.
     *
     * @param check the check
     * @return its result
     * @throws IllegalArgumentException when the report has no result for it
     */
    public CheckResult result(QualityCheck check) {
        Objects.requireNonNull(check, "check");
        return results.stream().filter(r -> r.getCheck() == check).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no result for " + check.getCode()));
    }

    /**
     * How many objects checks of a severity flagged.
     *
     * @param severity warning or info
     * @return the sum of their flagged counts
     */
    public long flagged(Severity severity) {
        return results.stream().filter(r -> r.getCheck().getSeverity() == severity).mapToLong(CheckResult::getFlagged)
                .sum();
    }

    /**
     * Whether a check at or above a severity flagged anything: {@code --fail-on} of the command line.
     *
     * @param threshold the lowest severity that counts
     * @return whether something at that level or above was found
     */
    public boolean hasFindings(Severity threshold) {
        return results.stream().anyMatch(r -> r.getFlagged() > 0 && r.getCheck().getSeverity().reaches(threshold));
    }
}
