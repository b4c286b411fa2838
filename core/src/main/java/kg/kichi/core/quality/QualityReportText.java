package kg.kichi.core.quality;

import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import kg.kichi.core.validation.Messages;

/**
 * Renders a {@link QualityReport} as plain text in English, Russian or Kyrgyz: a summary line, then one block
 * per check that flagged something (severity, code, title, counts and share, the first findings with their
 * document and JSON Pointer), then one line per check that flagged nothing.
 */
public final class QualityReportText {
    private QualityReportText() {}

    /**
     * The text of a report.
     *
     * @param report the report
     * @param locale en, ru or ky (English otherwise)
     * @return the text, lines ended by {@code \n}
     */
    public static String render(QualityReport report, Locale locale) {
        return render(report, locale, UnaryOperator.identity());
    }

    /**
     * The text of a report, with what came from the documents (names, ids, document names, pointers) passed
     * through an escaper first: a terminal should not receive a document's control characters.
     *
     * @param report the report
     * @param locale en, ru or ky (English otherwise)
     * @param escape applied to each finding's message and to each object's document and pointer
     * @return the text, lines ended by {@code \n}
     */
    public static String render(QualityReport report, Locale locale, UnaryOperator<String> escape) {
        StringBuilder out = new StringBuilder();
        out.append(Messages.format("kichi.quality.report.summary", Map.of(
                "documents", report.getDocuments().size(), "checks", report.getResults().size(),
                "warnings", report.flagged(Severity.WARNING), "infos", report.flagged(Severity.INFO)), locale))
                .append('\n');
        for (CheckResult r : report.getResults()) {
            if (r.getFlagged() == 0) {
                continue;
            }
            out.append('\n').append(heading(r, locale)).append('\n');
            out.append("  ").append(counts(r, locale)).append('\n');
            for (Finding f : r.getFindings()) {
                out.append("  - ").append(escape.apply(f.getSubjects().get(0).toString())).append(": ")
                        .append(escape.apply(f.message(locale))).append('\n');
                for (Subject s : f.getSubjects().subList(1, f.getSubjects().size())) {
                    out.append("      ").append(escape.apply(s.toString())).append('\n');
                }
            }
            long more = r.getFlagged() - r.getFindings().size();
            if (more > 0 && r.getCheck() != QualityCheck.PROBABLY_SAME_ORGANISATION) {
                out.append("  ").append(Messages.format("kichi.quality.report.more", Map.of("count", more), locale))
                        .append('\n');
            }
        }
        out.append('\n');
        for (CheckResult r : report.getResults()) {
            if (r.getFlagged() == 0) {
                out.append("ok  ").append(heading(r, locale)).append(" — ").append(counts(r, locale)).append('\n');
            }
        }
        return out.toString();
    }

    private static String heading(CheckResult r, Locale locale) {
        QualityCheck c = r.getCheck();
        return Messages.format("kichi.quality.report." + c.getSeverity().getCode(), Map.of(), locale)
                .toUpperCase(locale) + "  " + c.getCode() + " (" + c.getCategory().getCode() + "): " + c.title(locale);
    }

    private static String counts(CheckResult r, Locale locale) {
        String share = r.getSharePercent().map(p -> p.toPlainString() + "%").orElse("–");
        return Messages.format("kichi.quality.report.counts", Map.of("looked", r.getLookedAt(),
                "flagged", r.getFlagged(), "share", share), locale);
    }
}
