package kg.kichi.core.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.CallResults;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.money.Money;
import kg.kichi.core.money.MoneyRange;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.ParticipationRole;
import kg.kichi.core.project.Project;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;

/**
 * One document's objects for the quality tests: a clean base (nothing flagged) that each test changes in one
 * place. Objects are fed in document order with the pointers a document would give them.
 */
final class Scenario {
    static final OrganisationId EU = OrganisationId.local("eu");
    static final OrganisationId YNTYMAK = OrganisationId.of(OrganisationId.KG_INN, "02404199910074");
    static final LocalDate PUBLISHED = LocalDate.of(2022, 1, 31);

    String name = "doc.json";
    List<Organisation> organisations = new ArrayList<>(List.of(
            organisation(EU, "Европейский Союз", LegalForm.INTERNATIONAL_ORGANISATION),
            organisation(YNTYMAK, "ОО «Ынтымак»", LegalForm.PUBLIC_ASSOCIATION)));
    List<DonorProgramme> programmes = new ArrayList<>(List.of(DonorProgramme.builder().id("prog").donor(EU)
            .name(LocalizedText.of("en", "EIDHR CBSS")).period(period("2018-01", "2021-12")).build()));
    List<Project> projects = new ArrayList<>(List.of(Project.builder().id("proj").programme("prog")
            .title(LocalizedText.of("en", "Open communities"))
            .addParticipants(Participation.of(EU, ParticipationRole.FUNDING))
            .addParticipants(Participation.builder().organisation(YNTYMAK).role(ParticipationRole.IMPLEMENTING)
                    .lead(true).build())
            .period(period("2019-01", "2021-06")).budget(Money.of("100000", "EUR")).build()));
    List<CallForProposals> calls = new ArrayList<>(List.of(CallForProposals.builder().id("call").project("proj")
            .title(LocalizedText.of("en", "Small grants 2020"))
            .announced(PartialDate.parse("2020-03-01")).deadline(PartialDate.parse("2020-04-15"))
            .envelope(Money.of("100000", "KGS"))
            .grantSize(MoneyRange.of(Money.of("10000", "KGS"), Money.of("50000", "KGS")))
            .plannedGrants(2).eligibleCoverage(RegionalCoverage.of(UnitRef.iso("KG-N")))
            .results(CallResults.builder().applicationsReceived(5).applicationsSelected(2).build()).build()));
    List<Application> applications = new ArrayList<>(List.of(application("app-1", ApplicationStatus.AWARDED),
            application("app-2", ApplicationStatus.REJECTED)));
    List<Grant> grants = new ArrayList<>(List.of(Grant.builder().id("g-1").call("call").application("app-1")
            .title(LocalizedText.of("en", "Clean water for Ak-Tal"))
            .description(LocalizedText.of("en", "Pipes and a pump for the village school"))
            .partnership(Partnership.ofLead(YNTYMAK)).amountAwarded(Money.of("40000", "KGS"))
            .awardDate(PartialDate.parse("2020-05-10")).coverage(RegionalCoverage.of(UnitRef.iso("KG-N")))
            .build()));

    static Organisation organisation(OrganisationId id, String ruName, LegalForm form) {
        return Organisation.builder().id(id).name(LocalizedText.of("ru", ruName)).legalForm(form).build();
    }

    static Application application(String id, ApplicationStatus last) {
        Application.Builder b = Application.builder().id(id).call("call").partnership(Partnership.ofLead(YNTYMAK))
                .title(LocalizedText.of("en", "Proposal " + id))
                .addStatusHistory(StatusChange.of(ApplicationStatus.SUBMITTED, null))
                .addStatusHistory(StatusChange.of(ApplicationStatus.ELIGIBLE, null))
                .addStatusHistory(StatusChange.of(ApplicationStatus.UNDER_EVALUATION, null));
        return b.addStatusHistory(StatusChange.of(last, null)).build();
    }

    static DatePeriod period(String start, String end) {
        return DatePeriod.of(PartialDate.parse(start), PartialDate.parse(end));
    }

    Grant grant() {
        return grants.get(0);
    }

    CallForProposals call() {
        return calls.get(0);
    }

    Project project() {
        return projects.get(0);
    }

    /** Feeds this document's objects, in document order, with their pointers. */
    void feed(QualityAnalysis analysis) {
        analysis.startDocument(name);
        for (int i = 0; i < organisations.size(); i++) {
            analysis.organisation(organisations.get(i), "/organisations/" + i);
        }
        for (int i = 0; i < programmes.size(); i++) {
            analysis.programme(programmes.get(i), "/programmes/" + i);
        }
        for (int i = 0; i < projects.size(); i++) {
            analysis.project(projects.get(i), "/projects/" + i);
        }
        for (int i = 0; i < calls.size(); i++) {
            analysis.call(calls.get(i), "/calls/" + i);
        }
        for (int i = 0; i < applications.size(); i++) {
            analysis.application(applications.get(i), "/applications/" + i);
        }
        for (int i = 0; i < grants.size(); i++) {
            analysis.grant(grants.get(i), "/grants/" + i);
        }
        analysis.endDocument();
    }

    QualityReport run() {
        return run(List.of(this));
    }

    static QualityReport run(List<Scenario> documents) {
        QualityAnalysis analysis = QualityAnalysis.start(QualityOptions.asOf(PUBLISHED));
        documents.forEach(d -> d.feed(analysis));
        return analysis.finish();
    }
}
