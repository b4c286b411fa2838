package kg.kichi.examples;

import static kg.kichi.examples.SourceSentences.organisation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.project.GrantComponent;
import kg.kichi.core.project.Project;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;
import kg.kichi.json.giving360.Giving360Exporter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Seed 002 (ky, ru, en): each fact of the fixture with the sentence of the newsletter that states it. */
class Seed002SourceSentencesTest {
    private final Catalogue seed = ExampleCatalogues.seed002();

    @Test
    void theNewsletterCoversDecember2021ToFebruary2022() {
        // "2021-ж. Декабры - 2022-ж. Февралы" / "Декабрь 2021-Февраль 2022" / "December 2021-February 2022"
        assertThat(seed.getReportingPeriod()).contains(DatePeriod.of(PartialDate.of(2021, 12), PartialDate.of(2022, 2)));
        assertThat(seed.getProjects().get(0).getPeriod()).as("the project's own period is another fact")
                .contains(DatePeriod.of(PartialDate.of(2021, 4), PartialDate.of(2022, 9)));
    }

    @Test
    void noCallIsDescribedSoNoneIsRecorded() {
        // "25 local governments and 25 civil society organizations received grants for the implementation of
        // peace initiatives throughout the country": grants, but no competition, deadline or announcement.
        assertThat(seed.getCalls()).isEmpty();
        assertThat(seed.getGrants()).allSatisfy(g -> {
            assertThat(g.getCall()).isEmpty();
            assertThat(g.getProject()).contains("living-in-peace");
        });
    }

    @Test
    void plannedAndAwardedCountsPerComponent() {
        // Planned: "25 grants for inclusive initiatives to better prevent potential conflicts for local civil
        // society" and "Small grants for 25 local governments to prevent potential conflicts at the local level".
        // Awarded: "25 local governments and 25 civil society organizations received grants".
        // Listed: only the 25 under "» 25 grants on peace initiatives for civil society organizations".
        Project project = seed.getProjects().get(0);
        GrantComponent lsg = project.grantComponent("lsg").orElseThrow();
        GrantComponent cso = project.grantComponent("cso").orElseThrow();
        assertThat(List.of(lsg.getPlannedGrants(), lsg.getAwardedGrants(), cso.getPlannedGrants(),
                cso.getAwardedGrants())).allSatisfy(n -> assertThat(n).contains(25));
        assertThat(lsg.getRecipientForms()).containsExactly(LegalForm.LOCAL_SELF_GOVERNMENT);
        assertThat(cso.getRecipientForms()).as("civil society organisations are several forms").isEmpty();
        assertThat(seed.getGrants()).hasSize(25).allSatisfy(g -> assertThat(g.getComponent()).contains("cso"));
    }

    @Test
    void the360GivingExportDoesNotClaimAnOpenCall() {
        // The export needs amounts and dates the newsletter never gives: add them here, to the test's copy only.
        List<Grant> dated = seed.getGrants().stream().map(g -> Grant.builder().from(g)
                .amountAwarded(Money.of("100000", "KGS")).awardDate(PartialDate.of(2022, 2, 1)).build()).toList();
        JsonNode grants = Giving360Exporter.create().export(Catalogue.builder().from(seed).grants(dated).build())
                .get("grants");
        assertThat(grants).hasSize(25).allSatisfy(g -> {
            assertThat(g.has("fromOpenCall")).isFalse();
            // the project passes the EU's money on: "25 grants for inclusive initiatives … for local civil society"
            assertThat(g.get("regrantType").asString()).isEqualTo("FRG010");
        });
    }

    @Test
    void misspellingsOfTheEnglishEditionAreAliasesNotNames() {
        // "[PA "Dilanan"](#) implements the project…" against "“Диланар” КБ" and "ОО "Диланар""
        var dilanar = organisation(seed, "dilanar");
        assertThat(dilanar.getName().get("en")).isEmpty();
        assertThat(dilanar.getName().get("ky")).contains("Диланар");
        assertThat(dilanar.getAliases()).contains("PA \"Dilanan\"");
        // "[NGO "Tilektesh EI"](#) (Kargalyk v.)" against ""Тилектеш Эл" КБ" and "ОО "Тилектеш Эл""
        var tilektesh = organisation(seed, "tilektesh-el");
        assertThat(tilektesh.getName().get("en")).isEmpty();
        assertThat(tilektesh.getAliases()).contains("NGO \"Tilektesh EI\"");
        assertThat(List.of(dilanar, tilektesh)).allSatisfy(o -> assertThat(o.getNotes()).hasSize(1));
    }

    @Test
    void editionsThatDisagreeOnALegalFormAreNoted() {
        // ky: "“Чек арага жакын жаштар тармагы” КФ"; ru: "ОО "Сеть приграничной молодежи""; en: "PA "Network of
        // Border Youth""
        var network = organisation(seed, "border-youth-network");
        assertThat(network.getLegalForm()).isEqualTo(LegalForm.PUBLIC_ASSOCIATION);
        assertThat(network.getNotes()).singleElement()
                .satisfies(n -> assertThat(n.get("en").orElseThrow()).contains("КФ").contains("ОО").contains("PA"));
    }

    @Test
    void partnersOfTheProjectHaveNoFormOrStatusTheTextDoesNotGive() {
        // "implemented by International Alert in partnership with the Institute for Development Policy and the
        // National Mediation Center": names only.
        SourceSentences.formsNotStated(seed, "international-alert", "development-policy-institute",
                "national-mediation-center");
        SourceSentences.noNonProfitStatusIsStated(seed);
        assertThat(seed.getProjects().get(0).getLead()).map(id -> id.getValue()).contains("international-alert");
    }
}
