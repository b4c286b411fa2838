package kg.kichi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.eligibility.Outcome;
import kg.kichi.core.eligibility.Screening;
import kg.kichi.core.eligibility.Verdict;
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
import kg.kichi.core.time.PartialDate;
import kg.kichi.json.KichiJson;
import kg.kichi.json.Mode;
import org.junit.jupiter.api.Test;

/** The code of docs/guide.md, step by step, kept compiling and true; the expected results are written by hand. */
class GuideTest {
    @Test
    void fromProgrammeToGrant() {
        // 1. Organisations: one identifier each, across every document
        Organisation eu = Organisation.builder().id(OrganisationId.local("eu"))
                .name(LocalizedText.of("en", "European Union")).legalForm(LegalForm.DONOR_AGENCY).build();
        Organisation naryn = Organisation.builder().id(OrganisationId.local("naryn-edc"))
                .name(LocalizedText.of("en", "Naryn Economic Development Centre"))
                .legalForm(LegalForm.PUBLIC_ASSOCIATION).build();
        Organisation tynchtyk = Organisation.builder().id(OrganisationId.local("tynchtyk"))
                .name(LocalizedText.of("ky", "Тынчтык")).legalForm(LegalForm.PUBLIC_ASSOCIATION).build();
        Organisation radio = Organisation.builder().id(OrganisationId.local("radio-naryn"))
                .name(LocalizedText.of("ru", "Радио Нарын")).legalForm(LegalForm.MEDIA_OUTLET).build();

        // 2. The donor's programme, and the project it funds
        DonorProgramme cbss = DonorProgramme.builder().id("cbss")
                .name(LocalizedText.of("en", "EIDHR Country-Based Support Scheme")).donor(eu.getId()).build();
        Project project = Project.builder().id("p1").title(LocalizedText.of("en", "Open communities"))
                .programme(cbss.getId())
                .addParticipant(Participation.of(eu.getId(), ParticipationRole.FUNDING))
                .addParticipant(Participation.builder().organisation(naryn.getId())
                        .role(ParticipationRole.IMPLEMENTING).lead(true).build())
                .build();

        // 3. The project's call for proposals: what it states is what screening checks
        CallForProposals call = CallForProposals.builder().id("c1").project(project.getId())
                .title(LocalizedText.of("en", "Mini-grants 2021"))
                .grantSize(MoneyRange.of(Money.of("100000", "KGS"), Money.of("500000", "KGS")))
                .addEligibleLegalForm(LegalForm.PUBLIC_ASSOCIATION)
                .addEligibleLegalForm(LegalForm.PUBLIC_FOUNDATION)
                .build();

        // 4. Applications, each by a partnership with one lead
        Application fromTynchtyk = Application.builder().id("a1").call(call.getId())
                .title(LocalizedText.of("ky", "Ийгилик ачкычы ынтымак"))
                .partnership(Partnership.ofLead(tynchtyk.getId()))
                .requestedAmount(Money.of("300000", "KGS"))
                .addStatusHistory(StatusChange.of(ApplicationStatus.SUBMITTED, PartialDate.of(2021, 4, 10)))
                .build();
        Application fromRadio = Application.builder().id("a2").call(call.getId())
                .title(LocalizedText.of("ru", "Голос села"))
                .partnership(Partnership.ofLead(radio.getId()))
                .requestedAmount(Money.of("600000", "KGS"))
                .addStatusHistory(StatusChange.of(ApplicationStatus.SUBMITTED, PartialDate.of(2021, 4, 12)))
                .build();

        Catalogue submitted = Catalogue.builder().id("guide")
                .addOrganisation(eu).addOrganisation(naryn).addOrganisation(tynchtyk).addOrganisation(radio)
                .addProgramme(cbss).addProject(project).addCall(call)
                .addApplication(fromTynchtyk).addApplication(fromRadio)
                .build();

        // 5. Screening: every rule of the call, against the facts of the catalogue
        Screening screening = Screening.of(submitted);
        Verdict first = screening.screen(fromTynchtyk);
        Verdict second = screening.screen(fromRadio);
        assertThat(first.getOutcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(second.getOutcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(second.getFailures().stream().map(r -> r.getRule().getType().getCode()).collect(Collectors.toList()))
                .containsExactlyInAnyOrder("applicant-legal-form", "grant-size");

        // 6. Evaluation and selection rank the eligible applications (kg.kichi.core.evaluation); here the one
        //    eligible application is awarded, and the award becomes a grant
        Application awarded = fromTynchtyk
                .withStatus(ApplicationStatus.ELIGIBLE, PartialDate.of(2021, 4, 20))
                .withStatus(ApplicationStatus.UNDER_EVALUATION, PartialDate.of(2021, 5, 1))
                .withStatus(ApplicationStatus.AWARDED, PartialDate.of(2021, 6, 1));
        Grant grant = Grant.builder().id("g1").title(awarded.getTitle()).call(call.getId())
                .application(awarded.getId()).partnership(awarded.getPartnership())
                .amountAwarded(Money.of("280000", "KGS")).awardDate(PartialDate.of(2021, 6, 1))
                .build();
        assertThat(grant.getGrantee()).isEqualTo(OrganisationId.local("tynchtyk"));

        // 7. The dataset, written as JSON and read back
        Catalogue dataset = Catalogue.builder().from(submitted).applications(List.of(awarded, fromRadio)).addGrant(grant).build();
        Catalogue read = KichiJson.read(KichiJson.writeString(dataset), Mode.STRICT);
        assertThat(read).isEqualTo(dataset);
        assertThat(read.getGrants()).extracting(Grant::getId).containsExactly("g1");
    }

    @Test
    void theGuideShowsExactlyThisCode() throws IOException {
        String guide = Files.readString(Path.of("../docs/guide.md"));
        String test = squeeze(Files.readString(Path.of("src/test/java/kg/kichi/examples/GuideTest.java")));
        Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(guide);
        int blocks = 0;
        while (block.find()) {
            blocks++;
            assertThat(test).as("guide block %d is in GuideTest", blocks).contains(squeeze(block.group(1)));
        }
        assertThat(blocks).isEqualTo(7);
    }

    /** The text with each run of white space as one space, so that indentation does not matter. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
