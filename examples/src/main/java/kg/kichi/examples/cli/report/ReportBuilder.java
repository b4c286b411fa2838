package kg.kichi.examples.cli.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.examples.cli.Document;

/**
 * Computes a {@link Report} from documents. Only stated amounts are summed, never converted between currencies;
 * grants are placed by their own coverage, rolled up to first-level units.
 */
public final class ReportBuilder {
    private static final String[] LANGUAGES = {"en", "ru", "ky"};

    private final RegionRollUp rollUp;

    /**
     * Creates a builder.
     *
     * @param rollUp how units are rolled up to first-level units
     */
    public ReportBuilder(RegionRollUp rollUp) {
        this.rollUp = Objects.requireNonNull(rollUp, "rollUp");
    }

    /**
     * Computes the report.
     *
     * @param documents the documents, in the order to show them
     * @return the report
     */
    public Report build(List<Document> documents) {
        List<DatasetSummary> datasets = new ArrayList<>();
        for (Document document : documents) {
            datasets.add(summarise(document));
        }
        return new Report(datasets, organisations(documents));
    }

    private DatasetSummary summarise(Document document) {
        Catalogue c = document.catalogue();
        Totals totals = new Totals();
        int withoutAmount = 0;
        Map<String, Integer> perRegion = new TreeMap<>();
        Map<String, Region> regions = new LinkedHashMap<>();
        int notStated = 0;
        int nationwide = 0;
        int unresolved = 0;
        for (Grant grant : c.getGrants()) {
            Optional<Money> amount = grant.getAmountAwarded();
            if (amount.isPresent()) {
                totals.add(amount.get());
            } else {
                withoutAmount++;
            }
            RegionalCoverage coverage = grant.getCoverage();
            if (coverage.isNotStated()) {
                notStated++;
            } else if (coverage.isNationwide()) {
                nationwide++;
            } else {
                Set<Region> inRegions = new LinkedHashSet<>();
                boolean allResolved = true;
                for (UnitRef unit : coverage.getUnitRefs()) {
                    Optional<Region> region = rollUp.firstLevelUnitOf(unit);
                    region.ifPresent(inRegions::add);
                    allResolved &= region.isPresent();
                }
                if (!allResolved) {
                    unresolved++;
                }
                for (Region region : inRegions) {
                    regions.putIfAbsent(region.code(), region);
                    perRegion.merge(region.code(), 1, Integer::sum);
                }
            }
        }
        List<RegionCount> regionCounts = new ArrayList<>();
        perRegion.forEach((code, count) -> regionCounts.add(new RegionCount(regions.get(code), count)));
        return new DatasetSummary(document.source(), c.getId(), c.getTitle().map(ReportBuilder::text).orElse(""),
                c.getProgrammes().size(), c.getProjects().size(), c.getCalls().size(), c.getApplications().size(),
                c.getGrants().size(), totals.list(), withoutAmount, regionCounts, notStated, nationwide, unresolved);
    }

    private static List<OrganisationSummary> organisations(List<Document> documents) {
        Map<OrganisationId, String> names = new TreeMap<>();
        Map<OrganisationId, List<OrganisationGrant>> grants = new TreeMap<>();
        Map<OrganisationId, Totals> totals = new TreeMap<>();
        for (Document document : documents) {
            Catalogue c = document.catalogue();
            for (Grant grant : c.getGrants()) {
                grant.getPartnership().getMembers().forEach(member -> {
                    OrganisationId id = member.getOrganisation();
                    c.organisation(id).ifPresent(o -> names.putIfAbsent(id, text(o.getName())));
                    grants.computeIfAbsent(id, k -> new ArrayList<>()).add(new OrganisationGrant(c.getId(),
                            grant.getId(), text(grant.getTitle()), member.getRole().getCode(),
                            grant.getAmountAwarded()));
                    Totals sum = totals.computeIfAbsent(id, k -> new Totals());
                    if (id.equals(grant.grantee())) {
                        grant.getAmountAwarded().ifPresent(sum::add);
                    }
                });
            }
        }
        List<OrganisationSummary> result = new ArrayList<>();
        grants.forEach((id, list) -> result.add(new OrganisationSummary(id.toString(),
                names.getOrDefault(id, ""), list, totals.get(id).list())));
        return result;
    }

    private static String text(LocalizedText text) {
        return text.resolve(LANGUAGES);
    }

    /** Exact sums per currency, in currency-code order. */
    private static final class Totals {
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
