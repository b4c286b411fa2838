package kg.kichi.cli;

import java.util.List;
import kg.kichi.core.application.Partner;
import kg.kichi.core.application.PartnerRole;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.ParticipationRole;
import kg.kichi.core.project.Project;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.PartialDate;

/** Two small datasets built by hand, sharing one organisation, for the report and command tests. */
public final class HandBuiltCatalogues {
    /** Grantee of grants in both datasets. */
    public static final OrganisationId TYNCHTYK = OrganisationId.local("tynchtyk");
    /** Grantee in the first dataset only. */
    public static final OrganisationId ALGA = OrganisationId.of(OrganisationId.KG_INN, "02404199910074");

    private HandBuiltCatalogues() {
    }

    /**
     * Four grants: KGS 150000.00 in Naryn; USD 2000 in Naryn and Talas (Alga leads, Tynchtyk partner); no amount,
     * nationwide; KGS 50000.50, place not stated.
     *
     * @return the dataset {@code alpha}
     */
    public static Catalogue alpha() {
        return Catalogue.builder()
                .id("alpha")
                .title(LocalizedText.of("en", "Alpha small grants"))
                .addOrganisations(organisation(TYNCHTYK, "PA Tynchtyk"), organisation(ALGA, "PF Alga"))
                .addProject(project("p1"))
                .addGrants(
                        grant("p1", "g1", TYNCHTYK, Money.of("150000.00", "KGS"),
                                RegionalCoverage.of(UnitRef.iso("KG-N"))),
                        Grant.builder().id("g2").title(LocalizedText.of("ru", "Чистая вода")).project("p1")
                                .partnership(Partnership.builder().addMembers(Partner.of(ALGA, PartnerRole.LEAD),
                                        Partner.of(TYNCHTYK, PartnerRole.PARTNER)).build())
                                .amountAwarded(Money.of("2000", "USD"))
                                .coverage(RegionalCoverage.of(UnitRef.iso("KG-N"), UnitRef.iso("KG-T")))
                                .build(),
                        grant("p1", "g3", TYNCHTYK, null, RegionalCoverage.nationwide("KG")),
                        grant("p1", "g4", ALGA, Money.of("50000.50", "KGS"), RegionalCoverage.notStated()))
                .build();
    }

    /**
     * One grant of EUR 1000 to Tynchtyk, placed by a SOATE code only.
     *
     * @return the dataset {@code beta}
     */
    public static Catalogue beta() {
        return Catalogue.builder()
                .id("beta")
                .addOrganisations(organisation(TYNCHTYK, "ОО Тынчтык"))
                .addProject(project("p9"))
                .addGrants(grant("p9", "g1", TYNCHTYK, Money.of("1000", "EUR"),
                        RegionalCoverage.of(UnitRef.soate("41704215000000"))))
                .build();
    }

    /**
     * A dataset 360Giving can take: one grant with description, amount, award date to the day, grantee, and a
     * project led by a donor.
     *
     * @return the dataset {@code exportable}
     */
    public static Catalogue exportable() {
        OrganisationId donor = OrganisationId.local("donor");
        return Catalogue.builder()
                .id("exportable")
                .addOrganisations(organisation(TYNCHTYK, "PA Tynchtyk"), organisation(donor, "Donor"))
                .addProject(Project.builder().id("p1").title(LocalizedText.of("en", "Peace"))
                        .addParticipants(Participation.of(donor, ParticipationRole.FUNDING)).build())
                .addGrant(Grant.builder().id("g1").title(LocalizedText.of("en", "Peace clubs"))
                        .description(LocalizedText.of("en", "Clubs in four schools")).project("p1")
                        .partnership(Partnership.ofLead(TYNCHTYK)).amountAwarded(Money.of("250000.00", "KGS"))
                        .awardDate(PartialDate.of(2021, 3, 15)).coverage(RegionalCoverage.of(UnitRef.iso("KG-N")))
                        .build())
                .build();
    }

    /** @return both datasets as documents named {@code alpha.json} and {@code beta.json} */
    public static List<Document> documents() {
        return List.of(new Document("alpha.json", alpha()), new Document("beta.json", beta()));
    }

    private static Organisation organisation(OrganisationId id, String name) {
        return Organisation.builder().id(id).name(LocalizedText.of("en", name))
                .legalForm(LegalForm.PUBLIC_ASSOCIATION).build();
    }

    private static Project project(String id) {
        return Project.builder().id(id).title(LocalizedText.of("en", "Project " + id)).build();
    }

    private static Grant grant(String project, String id, OrganisationId lead, Money amount,
            RegionalCoverage coverage) {
        Grant.Builder grant = Grant.builder().id(id).title(LocalizedText.of("en", "Grant " + id)).project(project)
                .partnership(Partnership.ofLead(lead)).coverage(coverage);
        if (amount != null) {
            grant.amountAwarded(amount);
        }
        return grant.build();
    }
}
