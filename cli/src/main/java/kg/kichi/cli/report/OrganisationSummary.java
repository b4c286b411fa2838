package kg.kichi.cli.report;

import java.util.List;

/**
 * An organisation with all its grants across every document reported on.
 *
 * @param id its identifier, e.g. {@code KG-INN-02404199910074}
 * @param name its name (from the first document that names it)
 * @param grants its grants, in document order
 * @param amounts sums of the stated amounts of the grants it leads, per currency
 */
public record OrganisationSummary(String id, String name, List<OrganisationGrant> grants,
        List<CurrencyTotal> amounts) {
    /** Copies the lists so the summary stays immutable. */
    public OrganisationSummary {
        grants = List.copyOf(grants);
        amounts = List.copyOf(amounts);
    }
}
