package kg.kichi.cli.report;

import java.util.List;

/**
 * The figures of one document.
 *
 * @param source where it came from: a file name or an example's name
 * @param id the dataset's identifier
 * @param title its title, when stated
 * @param programmes number of donor programmes
 * @param projects number of projects
 * @param calls number of calls for proposals
 * @param applications number of applications
 * @param grants number of grants
 * @param amounts sums of the stated amounts awarded, one per currency, by currency code
 * @param grantsWithoutAmount grants whose amount is not stated (counted in no sum)
 * @param regions grants per first-level unit, by code; a grant in two units counts in both
 * @param notStated grants whose place is not stated
 * @param nationwide grants covering the whole country
 * @param unresolved grants with a unit that could not be rolled up to a first-level unit
 * @param allOfLevel grants covering every unit of a level ("all oblasts"), counted under each of those units
 * @param multiRegion grants counted under more than one first-level unit
 * @param components the projects' grant components, with stated and listed counts
 * @param activities the projects' stated activities
 * @param statedTargets numbers the projects' activities state ("8 one-day seminars")
 * @param targetGroups the projects' stated target groups
 * @param participants the projects' participating organisations
 */
public record DatasetSummary(String source, String id, String title, int programmes, int projects, int calls,
        int applications, int grants, List<CurrencyTotal> amounts, int grantsWithoutAmount,
        List<RegionCount> regions, int notStated, int nationwide, int unresolved, int allOfLevel, int multiRegion,
        List<ComponentCount> components, int activities, int statedTargets, int targetGroups, int participants) {
    /** Copies the lists so the summary stays immutable. */
    public DatasetSummary {
        amounts = List.copyOf(amounts);
        regions = List.copyOf(regions);
        components = List.copyOf(components);
    }
}
