package kg.kichi.cli.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kg.kichi.core.application.Partner;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.text.LocalizedText;

/**
 * Every organisation's grants across all the documents of a report; an identifier in several documents is one
 * organisation, named by the first document that names it.
 */
final class OrganisationTally {
    private final String[] languages;
    private final Map<OrganisationId, String> names = new HashMap<>();

    /** @param languages the languages texts are shown in, most wanted first */
    OrganisationTally(String... languages) {
        this.languages = languages.clone();
    }
    private final Map<OrganisationId, List<Entry>> grants = new TreeMap<>();

    /** One grant of an organisation, with the document it came from by position (ids are known at the end). */
    private record Entry(int document, String grant, String role, Optional<Money> amount,
            boolean lead) {
    }

    void name(Organisation organisation) {
        names.putIfAbsent(organisation.getId(), text(organisation.getName()));
    }

    void grant(int document, Grant grant) {
        for (Partner member : grant.getPartnership().getMembers()) {
            OrganisationId id = member.getOrganisation();
            grants.computeIfAbsent(id, k -> new ArrayList<>()).add(new Entry(document, grant.getId(),
                    member.getRole().getCode(), grant.getAmountAwarded(),
                    id.equals(grant.getGrantee())));
        }
    }

    List<OrganisationSummary> summaries(List<String> datasetIds) {
        List<OrganisationSummary> result = new ArrayList<>();
        grants.forEach((id, entries) -> {
            List<OrganisationGrant> list = new ArrayList<>();
            DatasetTally.CurrencyTotals asLead = new DatasetTally.CurrencyTotals();
            for (Entry e : entries) {
                list.add(new OrganisationGrant(datasetIds.get(e.document()), e.grant(), e.role(),
                        e.amount()));
                if (e.lead()) {
                    e.amount().ifPresent(asLead::add);
                }
            }
            result.add(new OrganisationSummary(id.toString(), names.getOrDefault(id, ""), list, asLead.list()));
        });
        return result;
    }

    String text(LocalizedText text) {
        return text.resolve(languages);
    }

    /**
     * The order texts are shown in: the reader's language, then English, Russian and Kyrgyz.
     *
     * @param language the reader's language, e.g. {@code ky}
     * @return the languages, without repeats
     */
    static String[] fallback(String language) {
        return new java.util.LinkedHashSet<>(List.of(language, "en", "ru", "ky")).toArray(String[]::new);
    }
}
