package kg.kichi.examples.cli.report;

import java.util.List;
import kg.kichi.examples.cli.JsonOutput;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a {@link Report} for scripts; the shape is documented in {@code docs/cli.md}. */
public final class ReportJson {
    private ReportJson() {
    }

    /**
     * Converts the report.
     *
     * @param report the report
     * @return {@code {"datasets": […], "organisations": […]}}
     */
    public static ObjectNode toJson(Report report) {
        ObjectNode root = JsonOutput.object();
        ArrayNode datasets = root.putArray("datasets");
        report.datasets().forEach(d -> dataset(datasets.addObject(), d));
        ArrayNode organisations = root.putArray("organisations");
        report.organisations().forEach(o -> organisation(organisations.addObject(), o));
        return root;
    }

    private static void dataset(ObjectNode node, DatasetSummary d) {
        node.put("source", d.source());
        node.put("id", d.id());
        if (!d.title().isEmpty()) {
            node.put("title", d.title());
        }
        ObjectNode counts = node.putObject("counts");
        counts.put("programmes", d.programmes());
        counts.put("projects", d.projects());
        counts.put("calls", d.calls());
        counts.put("applications", d.applications());
        counts.put("grants", d.grants());
        amounts(node.putArray("amounts"), d.amounts());
        node.put("grantsWithoutAmount", d.grantsWithoutAmount());
        ObjectNode places = node.putObject("coverage");
        ArrayNode regions = places.putArray("regions");
        d.regions().forEach(r -> {
            ObjectNode region = regions.addObject();
            region.put("code", r.region().code());
            region.put("name", r.region().name());
            region.put("grants", r.grants());
        });
        places.put("nationwide", d.nationwide());
        places.put("notStated", d.notStated());
        places.put("unresolved", d.unresolved());
    }

    private static void organisation(ObjectNode node, OrganisationSummary o) {
        node.put("id", o.id());
        if (!o.name().isEmpty()) {
            node.put("name", o.name());
        }
        amounts(node.putArray("amountsAsLead"), o.amounts());
        ArrayNode grants = node.putArray("grants");
        o.grants().forEach(g -> {
            ObjectNode grant = grants.addObject();
            grant.put("dataset", g.dataset());
            grant.put("grant", g.grant());
            grant.put("title", g.title());
            grant.put("role", g.role());
            g.amount().ifPresent(m -> grant.set("amount", JsonOutput.money(m)));
        });
    }

    private static void amounts(ArrayNode array, List<CurrencyTotal> totals) {
        totals.forEach(t -> {
            ObjectNode total = array.addObject();
            total.put("currency", t.currency());
            total.put("total", t.total());
            total.put("grants", t.grants());
        });
    }
}
