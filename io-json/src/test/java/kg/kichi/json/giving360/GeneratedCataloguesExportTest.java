package kg.kichi.json.giving360;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.money.Money;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.ParticipationRole;
import kg.kichi.core.project.Project;
import kg.kichi.core.testing.RandomCatalogues;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePrecision;
import kg.kichi.core.time.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Random valid catalogues (seeded) export to packages the official 360Giving schema accepts, or fail exactly. */
class GeneratedCataloguesExportTest {
    private static final Giving360Exporter EXPORTER = Giving360Exporter.create();
    private static final Giving360Exporter WITH_GAZETTEER = Giving360Exporter.builder()
            .gazetteer(kg.kichi.core.geo.gazetteer.Gazetteers.kyrgyzstan()).build();
    private static final Set<String> REGRANT_TYPES = Giving360Schema.codelist("regrantType.csv");
    private static final Set<String> LOCATION_SCOPES = Giving360Schema.codelist("locationScope.csv");

    static LongStream seeds() {
        // -Dkichi.property.seeds=N runs N seeds instead (the mutation profile runs fewer: docs/reliability.md)
        return LongStream.rangeClosed(1, Long.getLong("kichi.property.seeds", 150));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void completedCataloguesExportToValid360GivingPackages(long seed) {
        Catalogue catalogue = withAmountsAndAwardDates(withFunders(RandomCatalogues.catalogue(seed)), seed);
        if (catalogue.getGrants().isEmpty()) {
            assertThatThrownBy(() -> EXPORTER.export(catalogue)).isInstanceOf(MissingFieldsException.class);
            return;
        }

        ObjectNode pack = EXPORTER.export(catalogue);

        assertThat(Giving360Schema.validate(pack)).as("seed %d:%n%s", seed, pack.toPrettyString()).isEmpty();
        assertThat(Giving360Schema.validate(WITH_GAZETTEER.export(catalogue))).as("seed %d with the gazetteer", seed)
                .isEmpty();
        JsonNode grants = pack.get("grants");
        assertThat(grants).hasSize(catalogue.getGrants().size());
        for (int i = 0; i < grants.size(); i++) {
            Grant grant = catalogue.getGrants().get(i);
            JsonNode out = grants.get(i);
            assertThat(out.get("id").asString()).isEqualTo("360G-kichi-" + catalogue.getId() + "-" + grant.getId());
            assertThat(out.get("amountAwarded").decimalValue()).isEqualTo(grant.getAmountAwarded().get().getAmount());
            assertThat(out.get("currency").asString()).isEqualTo(grant.getAmountAwarded().get().getCurrencyCode());
            assertThat(out.at("/recipientOrganization/0/id").asString()).isEqualTo(grant.getGrantee().toString());
            if (out.has("regrantType")) {
                assertThat(REGRANT_TYPES).contains(out.get("regrantType").asString());
            }
            if (out.has("locationScope")) {
                assertThat(LOCATION_SCOPES).contains(out.get("locationScope").asString());
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomCataloguesFailNamingExactlyWhatIsMissing(long seed) {
        Catalogue catalogue = withFunders(RandomCatalogues.catalogue(seed));
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        for (Grant grant : catalogue.getGrants()) {
            Set<String> missing = new LinkedHashSet<>();
            if (grant.getDescription().isEmpty()) {
                missing.add("description");
            }
            if (grant.getAmountAwarded().isEmpty()) {
                missing.add("currency");
                missing.add("amountAwarded");
            }
            if (grant.getAwardDate().filter(d -> d.getPrecision() == DatePrecision.DAY).isEmpty()) {
                missing.add("awardDate");
            }
            if (!missing.isEmpty()) {
                expected.put(grant.getId(), missing);
            }
        }
        if (catalogue.getGrants().isEmpty() || expected.isEmpty()) {
            return;
        }

        assertThatThrownBy(() -> EXPORTER.export(catalogue))
                .asInstanceOf(type(MissingFieldsException.class))
                .extracting(MissingFieldsException::getMissingFields)
                .isEqualTo(expected);
    }

    /** Gives a funding participant to every project whose grants would have no funder. */
    private static Catalogue withFunders(Catalogue catalogue) {
        List<Project> projects = new ArrayList<>();
        for (Project project : catalogue.getProjects()) {
            boolean hasFunder = project.getParticipants().stream().anyMatch(p -> p.isLead()
                    || p.getRole() == ParticipationRole.ACCOUNTABLE || p.getRole() == ParticipationRole.FUNDING)
                    || project.getProgramme().isPresent();
            projects.add(hasFunder ? project : Project.builder().from(project)
                    .addParticipants(Participation.of(catalogue.getOrganisations().get(0).getId(),
                            ParticipationRole.FUNDING)).build());
        }
        return Catalogue.builder().from(catalogue).projects(projects).build();
    }

    /** States a description, an amount and an award date to the day wherever the generator left them out. */
    private static Catalogue withAmountsAndAwardDates(Catalogue catalogue, long seed) {
        List<Grant> grants = new ArrayList<>();
        for (Grant grant : catalogue.getGrants()) {
            PartialDate awarded = grant.getAwardDate().orElse(PartialDate.ofYear(2020));
            grants.add(Grant.builder().from(grant)
                    .description(grant.getDescription().orElse(LocalizedText.of("en", "Described")))
                    .amountAwarded(grant.getAmountAwarded()
                            .orElse(Money.of(BigDecimal.valueOf(1000 + seed), "KGS")))
                    .awardDate(Optional.of(PartialDate.from(awarded.getLastDay())))
                    .build());
        }
        return Catalogue.builder().from(catalogue).grants(grants).build();
    }
}
