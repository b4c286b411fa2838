package kg.kichi.cli.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import kg.kichi.cli.TextTable;

/** Writes a {@link Report} for people: one block per dataset, then the organisations, in aligned tables. */
public final class ReportText {
    private static final String NL = System.lineSeparator();
    private static final int NAME_WIDTH = 50;

    private ReportText() {
    }

    /**
     * Renders the report.
     *
     * @param report the report
     * @return the text, ending with a line break
     */
    public static String render(Report report) {
        StringBuilder text = new StringBuilder();
        write(report, line -> text.append(line).append(NL));
        return text.toString();
    }

    /**
     * Hands the report's lines over one by one, so that a long report need not be held as one text.
     *
     * @param report the report
     * @param lines receives each line, without its line break
     */
    public static void write(Report report, Consumer<String> lines) {
        lines.accept("Kichi report: what each dataset holds, where its grants take place (per oblast and city of");
        lines.accept("republican significance), and the organisations behind them. Only stated facts are counted:");
        lines.accept("an amount, a place or a count the sources do not give shows as \"not stated\".");
        lines.accept("");
        for (DatasetSummary d : report.datasets()) {
            StringBuilder text = new StringBuilder();
            dataset(text, d);
            text.toString().lines().forEach(lines);
            lines.accept("");
        }
        organisations(report.organisations(), lines);
    }

    private static void dataset(StringBuilder text, DatasetSummary d) {
        text.append("Dataset ").append(d.id());
        if (!d.title().isEmpty()) {
            text.append(": ").append(d.title());
        }
        text.append(" (").append(d.source()).append(')').append(NL);
        text.append(new TextTable(List.of("programmes", "projects", "calls", "applications", "grants"),
                true, true, true, true, true)
                .row(num(d.programmes()), num(d.projects()), num(d.calls()), num(d.applications()), num(d.grants()))
                .render("  "));
        components(text, d);
        if (d.grants() == 0) {
            contents(text, d);
            return;
        }
        text.append("  Amounts awarded (stated amounts only, per currency):").append(NL);
        if (d.amounts().isEmpty()) {
            text.append("    none stated").append(NL);
        } else {
            TextTable amounts = new TextTable(List.of("currency", "total", "grants"), false, true, true);
            d.amounts().forEach(a -> amounts.row(a.currency(), amount(a.total()), num(a.grants())));
            text.append(amounts.render("    "));
        }
        text.append("    grants without a stated amount: ").append(d.grantsWithoutAmount()).append(NL);
        text.append("  Grants per first-level unit:").append(NL);
        TextTable regions = new TextTable(List.of("code", "unit", "grants"), false, false, true);
        d.regions().forEach(r -> regions.row(r.region().code(), r.region().name(), num(r.grants())));
        regions.row("", "nationwide", num(d.nationwide()));
        regions.row("", "not stated", num(d.notStated()));
        if (d.unresolved() > 0) {
            regions.row("", "unknown unit", num(d.unresolved()));
        }
        text.append(regions.render("    "));
        if (d.allOfLevel() > 0) {
            text.append("    ").append(d.allOfLevel()).append(d.allOfLevel() == 1 ? " grant covers" : " grants cover")
                    .append(" \"all oblasts\" as stated: counted under every oblast, not as nationwide")
                    .append(NL).append("    (Bishkek and Osh cities are not oblasts).").append(NL);
        }
        if (d.multiRegion() > 0) {
            text.append("    ").append(d.multiRegion()).append(d.multiRegion() == 1 ? " grant works" : " grants work")
                    .append(" in several units, counted in the row of each: the rows add up to more")
                    .append(NL).append("    than the ").append(d.grants()).append(" grants.").append(NL);
        }
    }

    private static void components(StringBuilder text, DatasetSummary d) {
        if (d.components().isEmpty()) {
            return;
        }
        text.append("  Grant components (counts as the source states them; listed = grants in this dataset):")
                .append(NL);
        TextTable table = new TextTable(List.of("project", "component", "planned", "awarded", "listed"),
                false, false, true, true, true);
        d.components().forEach(c -> table.row(shorten(c.project()), shorten(c.title()),
                c.planned().map(String::valueOf).orElse("not stated"),
                c.awarded().map(String::valueOf).orElse("not stated"), num(c.listed())));
        text.append(table.render("    "));
    }

    private static void contents(StringBuilder text, DatasetSummary d) {
        text.append("  No grant is listed in this dataset. It holds ").append(d.projects())
                .append(d.projects() == 1 ? " project" : " projects").append(" with ")
                .append(count(d.participants(), "participating organisation")).append(", ")
                .append(count(d.activities(), "stated activity", "stated activities")).append(" (")
                .append(count(d.statedTargets(), "stated number")).append(") and ")
                .append(count(d.targetGroups(), "target group"))
                .append(d.calls() > 0 ? ", and " + count(d.calls(), "call") + "." : ".").append(NL);
    }

    private static String count(int n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static void organisations(List<OrganisationSummary> organisations, Consumer<String> lines) {
        lines.accept("Organisations and their grants (all documents):");
        if (organisations.isEmpty()) {
            lines.accept("  none");
            return;
        }
        TextTable table = new TextTable(List.of("organisation", "name", "dataset", "grant", "role", "amount"),
                false, false, false, false, false, true);
        for (OrganisationSummary o : organisations) {
            boolean first = true;
            for (OrganisationGrant g : o.grants()) {
                table.row(first ? o.id() : "", first ? shorten(o.name()) : "", g.dataset(), g.grant(), g.role(),
                        g.amount().map(m -> m.getCurrencyCode() + " " + amount(m.getAmount())).orElse("not stated"));
                first = false;
            }
        }
        table.write("  ", lines);
    }

    /**
     * Shortens a long name for a table column; the JSON form keeps it whole.
     *
     * @param name the name
     * @return the name, or its first {@value #NAME_WIDTH} characters and an ellipsis
     */
    static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= NAME_WIDTH) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, NAME_WIDTH - 1)).stripTrailing() + "…";
    }

    private static String num(int n) {
        return Integer.toString(n);
    }

    /**
     * An amount for people: digits grouped by three with spaces, decimals kept as stated.
     *
     * @param amount the amount
     * @return e.g. {@code 1 500 000.00}
     */
    static String amount(BigDecimal amount) {
        String plain = amount.toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + grouped + (dot < 0 ? "" : digits.substring(dot));
    }
}
