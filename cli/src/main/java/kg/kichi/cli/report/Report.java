package kg.kichi.cli.report;

import java.util.List;

/**
 * What {@code kichi report} shows: the figures of each document and the organisations with their grants.
 *
 * @param datasets one summary per document, in the order given
 * @param organisations every organisation that is grantee or partner of at least one grant, by identifier
 */
public record Report(List<DatasetSummary> datasets, List<OrganisationSummary> organisations) {
    /** Copies the lists so the report stays immutable. */
    public Report {
        datasets = List.copyOf(datasets);
        organisations = List.copyOf(organisations);
    }
}
