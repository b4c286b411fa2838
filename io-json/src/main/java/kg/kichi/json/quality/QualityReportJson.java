package kg.kichi.json.quality;

import java.util.Locale;
import java.util.Objects;
import kg.kichi.core.quality.CheckResult;
import kg.kichi.core.quality.Finding;
import kg.kichi.core.quality.QualityReport;
import kg.kichi.core.quality.Severity;
import kg.kichi.core.quality.Subject;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link QualityReport} as JSON, in the shape {@code docs/cli.md} documents for {@code kichi quality --format
 * json}: the documents, the flagged counts by severity, and per check its code, category, severity, title,
 * objects looked at and flagged, the share in percent ({@code null} when nothing was looked at) and the first
 * findings, each with its message, its figures and the objects it names (kind, id, property, document,
 * pointer).
 */
public final class QualityReportJson {
    private QualityReportJson() {}

    /**
     * The report as a JSON tree.
     *
     * @param report the report
     * @param locale the language of titles and messages (en, ru, ky)
     * @return the tree
     */
    public static ObjectNode toJson(QualityReport report, Locale locale) {
        Objects.requireNonNull(report, "report");
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode out = f.objectNode();
        out.put("language", locale.getLanguage().isEmpty() ? "en" : locale.getLanguage());
        ArrayNode documents = out.putArray("documents");
        report.getDocuments().forEach(documents::add);
        ObjectNode flagged = out.putObject("flagged");
        for (Severity s : Severity.values()) {
            flagged.put(s.getCode(), report.flagged(s));
        }
        ArrayNode checks = out.putArray("checks");
        for (CheckResult r : report.getResults()) {
            ObjectNode c = checks.addObject();
            c.put("code", r.getCheck().getCode());
            c.put("category", r.getCheck().getCategory().getCode());
            c.put("severity", r.getCheck().getSeverity().getCode());
            c.put("title", r.getCheck().title(locale));
            c.put("lookedAt", r.getLookedAt());
            c.put("flagged", r.getFlagged());
            if (r.getSharePercent().isPresent()) {
                c.put("sharePercent", r.getSharePercent().get());
            } else {
                c.putNull("sharePercent");
            }
            ArrayNode findings = c.putArray("findings");
            for (Finding finding : r.getFindings()) {
                ObjectNode x = findings.addObject();
                x.put("message", finding.message(locale));
                ObjectNode arguments = x.putObject("arguments");
                finding.getArguments().forEach(arguments::put);
                ArrayNode objects = x.putArray("objects");
                for (Subject s : finding.getSubjects()) {
                    ObjectNode o = objects.addObject();
                    o.put("kind", s.getKind());
                    o.put("id", s.getId());
                    o.put("property", s.getProperty());
                    putOrNull(o, "document", s.getDocument().orElse(null));
                    putOrNull(o, "pointer", s.getPointer().orElse(null));
                }
            }
        }
        return out;
    }

    private static void putOrNull(ObjectNode o, String name, String value) {
        if (value == null) {
            o.putNull(name);
        } else {
            o.put(name, value);
        }
    }
}
