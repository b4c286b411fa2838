package kg.kichi.cli.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import kg.kichi.core.application.Application;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.GrantComponent;
import kg.kichi.core.project.Project;

/**
 * The figures of one dataset, gathered from its objects one at a time in any order, so that a document can be
 * reported on while it streams. Grants and organisation names also go to the report's {@link OrganisationTally}.
 */
public final class DatasetTally implements Consumer<Object> {
    private final RegionRollUp rollUp;
    private final OrganisationTally organisations;
    private final int document;
    private final CurrencyTotals totals = new CurrencyTotals();
    private final Map<String, Region> regions = new TreeMap<>();
    private final Map<String, Integer> grantsPerRegion = new TreeMap<>();
    private int programmes;
    private int projects;
    private int calls;
    private int applications;
    private int grants;
    private int withoutAmount;
    private int notStated;
    private int nationwide;
    private int unresolved;
    private int allOfLevel;
    private int multiRegion;
    private int activities;
    private int statedTargets;
    private int targetGroups;
    private int participants;
    /** The grant components of the projects, in order; their listed grants are counted apart, in any order. */
    private final List<StatedComponent> components = new ArrayList<>();
    private final Map<List<String>, Integer> listedPerComponent = new java.util.HashMap<>();

    DatasetTally(RegionRollUp rollUp, OrganisationTally organisations, int document) {
        this.rollUp = rollUp;
        this.organisations = organisations;
        this.document = document;
    }

    /**
     * Counts one object of the dataset.
     *
     * @param element an organisation, programme, project, call, application or grant; anything else is ignored
     */
    @Override
    public void accept(Object element) {
        if (element instanceof Grant grant) {
            grant(grant);
        } else if (element instanceof Organisation organisation) {
            organisations.name(organisation);
        } else if (element instanceof DonorProgramme) {
            programmes++;
        } else if (element instanceof Project project) {
            project(project);
        } else if (element instanceof CallForProposals) {
            calls++;
        } else if (element instanceof Application) {
            applications++;
        }
    }

    private void project(Project project) {
        projects++;
        activities += project.getActivities().size();
        project.getActivities().forEach(a -> statedTargets += a.getTargets().size());
        targetGroups += project.getTargetGroups().size();
        participants += project.getParticipants().size();
        String title = organisations.text(project.getTitle());
        project.getGrantComponents().forEach(c -> components.add(new StatedComponent(project.getId(), title, c)));
    }

    private void grant(Grant grant) {
        grants++;
        organisations.grant(document, grant);
        Optional<Money> amount = grant.getAmountAwarded();
        if (amount.isPresent()) {
            totals.add(amount.get());
        } else {
            withoutAmount++;
        }
        if (grant.getProject().isPresent() && grant.getComponent().isPresent()) {
            listedPerComponent.merge(List.of(grant.getProject().get(), grant.getComponent().get()), 1, Integer::sum);
        }
        RegionalCoverage coverage = grant.getCoverage();
        if (coverage.isNotStated()) {
            notStated++;
        } else if (coverage.isNationwide()) {
            nationwide++;
        } else if (coverage.isAllOfLevel()) {
            // "all oblasts" is stated as such: it counts under every oblast, never as the whole country
            allOfLevel++;
            List<Region> all = rollUp.firstLevelUnitsOfAll(coverage);
            if (all.isEmpty()) {
                unresolved++;
            }
            count(all);
        } else {
            Set<Region> in = new LinkedHashSet<>();
            boolean allResolved = true;
            for (UnitRef unit : coverage.getUnitRefs()) {
                Optional<Region> region = rollUp.firstLevelUnitOf(unit);
                region.ifPresent(in::add);
                allResolved &= region.isPresent();
            }
            if (!allResolved) {
                unresolved++;
            }
            count(in);
        }
    }

    private void count(java.util.Collection<Region> in) {
        for (Region region : in) {
            regions.putIfAbsent(region.code(), region);
            grantsPerRegion.merge(region.code(), 1, Integer::sum);
        }
        if (in.size() > 1) {
            multiRegion++;
        }
    }

    /**
     * The figures gathered.
     *
     * @param source where the dataset came from
     * @param id its identifier
     * @param title its title, or empty
     * @return the summary
     */
    public DatasetSummary summary(String source, String id, String title) {
        List<RegionCount> regionCounts = new ArrayList<>();
        grantsPerRegion.forEach((code, count) -> regionCounts.add(new RegionCount(regions.get(code), count)));
        List<ComponentCount> componentCounts = new ArrayList<>();
        for (StatedComponent s : components) {
            GrantComponent c = s.component();
            componentCounts.add(new ComponentCount(s.projectTitle(), c.getId(), organisations.text(c.getTitle()),
                    c.getPlannedGrants(), c.getAwardedGrants(),
                    listedPerComponent.getOrDefault(List.of(s.projectId(), c.getId()), 0)));
        }
        return new DatasetSummary(source, id, title, programmes, projects, calls, applications, grants,
                totals.list(), withoutAmount, regionCounts, notStated, nationwide, unresolved, allOfLevel,
                multiRegion, componentCounts, activities, statedTargets, targetGroups, participants);
    }

    /** A grant component as its project states it; the grants that name it are counted when they come. */
    private record StatedComponent(String projectId, String projectTitle, GrantComponent component) {
    }

    /** Exact sums per currency, in currency-code order. */
    static final class CurrencyTotals {
        private final Map<String, BigDecimal> sums = new TreeMap<>();
        private final Map<String, Integer> counts = new TreeMap<>();

        void add(Money money) {
            sums.merge(money.getCurrencyCode(), money.getAmount(), BigDecimal::add);
            counts.merge(money.getCurrencyCode(), 1, Integer::sum);
        }

        List<CurrencyTotal> list() {
            List<CurrencyTotal> list = new ArrayList<>();
            sums.forEach((currency, sum) -> list.add(new CurrencyTotal(currency, sum, counts.get(currency))));
            return list;
        }
    }
}
