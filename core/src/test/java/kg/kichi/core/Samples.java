package kg.kichi.core;

import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.application.Partner;
import kg.kichi.core.application.PartnerRole;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.Lot;
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

/** Small valid objects of the model, after the seeds, for tests to start from. */
public final class Samples {
    /** The donor: the European Union. */
    public static final OrganisationId EU = OrganisationId.local("eu");
    /** The implementer of the project and lead of the grants. */
    public static final OrganisationId TYNCHTYK = OrganisationId.of(OrganisationId.KG_INN, "02404199910074");
    /** A partner. */
    public static final OrganisationId NARYN_EDC = OrganisationId.local("naryn-edc");

    private Samples() {}

    /**
     * English text.
     *
     * @param text the text
     * @return the localized text
     */
    public static LocalizedText en(String text) {
        return LocalizedText.of("en", text);
    }

    /**
     * An organisation.
     *
     * @param id its identifier
     * @param form its legal form
     * @return the organisation
     */
    public static Organisation organisation(OrganisationId id, LegalForm form) {
        return Organisation.builder().id(id).name(en("Organisation " + id.getValue())).legalForm(form).build();
    }

    /** @return a lead-and-partner partnership of Tynchtyk and Naryn EDC */
    public static Partnership partnership() {
        return Partnership.builder().addMember(Partner.of(TYNCHTYK, PartnerRole.LEAD))
                .addMember(Partner.of(NARYN_EDC, PartnerRole.PARTNER)).build();
    }

    /** @return a valid project, {@code p1}, of programme {@code cbss} */
    public static Project.Builder project() {
        return Project.builder().id("p1").title(en("Open communities – open media")).programme("cbss")
                .addParticipant(Participation.of(EU, ParticipationRole.FUNDING))
                .addParticipant(Participation.builder().organisation(TYNCHTYK).role(ParticipationRole.IMPLEMENTING)
                        .lead(true).build());
    }

    /** @return a valid call, {@code c1} of project {@code p1}, with lots {@code lot-a} and {@code lot-b} */
    public static CallForProposals.Builder call() {
        return CallForProposals.builder().id("c1").project("p1").title(en("Small grants 2019"))
                .announced(PartialDate.of(2019, 3)).deadline(PartialDate.of(2019, 4, 15))
                .envelope(Money.of("3000000", "KGS"))
                .addLot(Lot.builder().id("lot-a").title(en("Civil society organisations")).build())
                .addLot(Lot.builder().id("lot-b").title(en("Local self-government")).build());
    }

    /** @return a valid application, {@code a1} to lot {@code lot-a} of call {@code c1}, awarded */
    public static Application.Builder application() {
        return Application.builder().id("a1").call("c1").lot("lot-a").partnership(partnership())
                .title(en("Youth media lab")).requestedAmount(Money.of("500000", "KGS"))
                .addStatusHistory(StatusChange.of(ApplicationStatus.SUBMITTED, PartialDate.of(2019, 4, 10)))
                .addStatusHistory(StatusChange.of(ApplicationStatus.ELIGIBLE, null))
                .addStatusHistory(StatusChange.of(ApplicationStatus.UNDER_EVALUATION, null))
                .addStatusHistory(StatusChange.of(ApplicationStatus.AWARDED, PartialDate.of(2019, 6)));
    }

    /** @return a valid grant, {@code g1}, on application {@code a1} */
    public static Grant.Builder grant() {
        return Grant.builder().id("g1").title(en("Youth media lab")).call("c1").lot("lot-a").application("a1")
                .project("p1").partnership(partnership()).amountAwarded(Money.of("450000", "KGS"));
    }

    /** @return a valid catalogue holding one of everything, and a second, direct grant {@code g2} */
    public static Catalogue.Builder catalogue() {
        return Catalogue.builder().id("sample")
                .addOrganisation(organisation(EU, LegalForm.DONOR_AGENCY))
                .addOrganisation(organisation(TYNCHTYK, LegalForm.PUBLIC_ASSOCIATION))
                .addOrganisation(organisation(NARYN_EDC, LegalForm.PUBLIC_FOUNDATION))
                .addProgramme(DonorProgramme.builder().id("eidhr").name(en("EIDHR")).donor(EU).build())
                .addProgramme(DonorProgramme.builder().id("cbss").name(en("EIDHR CBSS Kyrgyzstan")).donor(EU)
                        .parent("eidhr").build())
                .addProject(project().build())
                .addCall(call().build())
                .addApplication(application().build())
                .addGrant(grant().build())
                .addGrant(Grant.builder().id("g2").title(en("Direct award")).project("p1")
                        .partnership(Partnership.ofLead(NARYN_EDC)).build());
    }
}
