package kg.kichi.json.giving360;

import kg.kichi.core.application.Partnership;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.ParticipationRole;
import kg.kichi.core.project.Project;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.PartialDate;

/** Hand-built catalogues: a donor, a re-granting project run by an NGO, one call, grantees. */
final class SmallCatalogues {
    static final OrganisationId DONOR = OrganisationId.parse("XI-KICHI-eu-delegation");
    static final OrganisationId NGO = OrganisationId.parse("KG-INN-02404199910074");
    static final OrganisationId GRANTEE = OrganisationId.parse("XI-KICHI-naryn-youth");
    static final OrganisationId PARTNER = OrganisationId.parse("XI-KICHI-naryn-public-council");

    private SmallCatalogues() {
    }

    static Organisation organisation(OrganisationId id, String en, String ru) {
        return Organisation.builder().id(id).name(LocalizedText.of("en", en).with("ru", ru))
                .legalForm(LegalForm.PUBLIC_ASSOCIATION).build();
    }

    /** @return a catalogue with the organisations, programme, project (lead: NGO) and call, but no grants */
    static Catalogue.Builder base() {
        return Catalogue.builder().id("small-catalogue")
                .addOrganisations(organisation(DONOR, "EU Delegation", "Делегация ЕС"),
                        organisation(NGO, "Naryn Economic Development Centre", "Нарынский центр экономического развития"),
                        organisation(GRANTEE, "Naryn youth", "Молодёжь Нарына"),
                        organisation(PARTNER, "Public council", "Общественный совет"))
                .addProgrammes(DonorProgramme.builder().id("eidhr").name(LocalizedText.of("en", "EIDHR")).donor(DONOR)
                        .build())
                .addProjects(Project.builder().id("open-communities").title(LocalizedText.of("en", "Open communities"))
                        .programme("eidhr")
                        .addParticipants(Participation.of(DONOR, ParticipationRole.FUNDING),
                                Participation.builder().organisation(NGO).role(ParticipationRole.IMPLEMENTING).lead(true)
                                        .build())
                        .build())
                .addCalls(CallForProposals.builder().id("call-2021").project("open-communities")
                        .title(LocalizedText.of("en", "Mini-grants 2021").with("ru", "Мини-гранты 2021")).build());
    }

    /** @return a grant through the call with every field 360Giving requires */
    static Grant.Builder completeGrant(String id) {
        return Grant.builder().id(id).title(LocalizedText.of("en", "Youth media").with("ky", "Жаштар медиасы"))
                .description(LocalizedText.of("en", "Training for young journalists."))
                .call("call-2021").partnership(Partnership.ofLead(GRANTEE))
                .amountAwarded(Money.of("450000.00", "KGS")).awardDate(PartialDate.of(2021, 4, 1));
    }
}
