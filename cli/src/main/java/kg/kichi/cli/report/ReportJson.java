package kg.kichi.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kg.kichi.core.money.Money;
import kg.kichi.cli.JsonOutput;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a {@link Report} for scripts, streaming (a report of many grants is never held as one JSON tree); the
 * shape is documented in {@code docs/cli.md}.
 */
public final class ReportJson {
    private ReportJson() {
    }

    /**
     * Writes the report followed by a line break.
     *
     * @param report the report
     * @param out where to write (UTF-8); flushed, not closed
     */
    public static void write(Report report, OutputStream out) {
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartObject();
            g.writeName("datasets");
            g.writeStartArray();
            for (DatasetSummary d : report.datasets()) {
                dataset(g, d);
            }
            g.writeEndArray();
            g.writeName("organisations");
            g.writeStartArray();
            for (OrganisationSummary o : report.organisations()) {
                organisation(g, o);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        try {
            out.write(System.lineSeparator().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void dataset(JsonGenerator g, DatasetSummary d) {
        g.writeStartObject();
        g.writeStringProperty("source", d.source());
        g.writeStringProperty("id", d.id());
        if (!d.title().isEmpty()) {
            g.writeStringProperty("title", d.title());
        }
        g.writeName("counts");
        g.writeStartObject();
        g.writeNumberProperty("programmes", d.programmes());
        g.writeNumberProperty("projects", d.projects());
        g.writeNumberProperty("calls", d.calls());
        g.writeNumberProperty("applications", d.applications());
        g.writeNumberProperty("grants", d.grants());
        g.writeEndObject();
        amounts(g, "amounts", d.amounts());
        g.writeNumberProperty("grantsWithoutAmount", d.grantsWithoutAmount());
        g.writeName("coverage");
        g.writeStartObject();
        g.writeName("regions");
        g.writeStartArray();
        for (RegionCount r : d.regions()) {
            g.writeStartObject();
            g.writeStringProperty("code", r.region().code());
            g.writeStringProperty("name", r.region().name());
            g.writeNumberProperty("grants", r.grants());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberProperty("nationwide", d.nationwide());
        g.writeNumberProperty("notStated", d.notStated());
        g.writeNumberProperty("unresolved", d.unresolved());
        g.writeNumberProperty("allOfLevel", d.allOfLevel());
        g.writeNumberProperty("multiRegion", d.multiRegion());
        g.writeEndObject();
        g.writeName("grantComponents");
        g.writeStartArray();
        for (ComponentCount c : d.components()) {
            g.writeStartObject();
            g.writeStringProperty("project", c.project());
            g.writeStringProperty("id", c.id());
            g.writeStringProperty("title", c.title());
            if (c.planned().isPresent()) {
                g.writeNumberProperty("planned", c.planned().get());
            }
            if (c.awarded().isPresent()) {
                g.writeNumberProperty("awarded", c.awarded().get());
            }
            g.writeNumberProperty("listed", c.listed());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeName("contents");
        g.writeStartObject();
        g.writeNumberProperty("activities", d.activities());
        g.writeNumberProperty("statedTargets", d.statedTargets());
        g.writeNumberProperty("targetGroups", d.targetGroups());
        g.writeNumberProperty("participants", d.participants());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void organisation(JsonGenerator g, OrganisationSummary o) {
        g.writeStartObject();
        g.writeStringProperty("id", o.id());
        if (!o.name().isEmpty()) {
            g.writeStringProperty("name", o.name());
        }
        amounts(g, "amountsAsLead", o.amounts());
        g.writeName("grants");
        g.writeStartArray();
        for (OrganisationGrant grant : o.grants()) {
            g.writeStartObject();
            g.writeStringProperty("dataset", grant.dataset());
            g.writeStringProperty("grant", grant.grant());
            g.writeStringProperty("role", grant.role());
            if (grant.amount().isPresent()) {
                money(g, grant.amount().get());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void money(JsonGenerator g, Money money) {
        g.writeName("amount");
        g.writeStartObject();
        g.writeNumberProperty("amount", money.getAmount());
        g.writeStringProperty("currency", money.getCurrencyCode());
        g.writeEndObject();
    }

    private static void amounts(JsonGenerator g, String name, List<CurrencyTotal> totals) {
        g.writeName(name);
        g.writeStartArray();
        for (CurrencyTotal t : totals) {
            g.writeStartObject();
            g.writeStringProperty("currency", t.currency());
            g.writeNumberProperty("total", t.total());
            g.writeNumberProperty("grants", t.grants());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
