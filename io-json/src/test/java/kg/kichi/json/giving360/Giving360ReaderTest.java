package kg.kichi.json.giving360;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Project;
import kg.kichi.core.time.DatePrecision;
import kg.kichi.core.time.PartialDate;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.InvalidDocumentException;
import kg.kichi.json.stream.RecordingHandler;
import org.junit.jupiter.api.Test;

/** What the reader makes of a small hand-written package: every expected value below is written out by hand. */
class Giving360ReaderTest {
    static final String PACKAGE = """
            {"version": "1.4", "title": "Kichi grants", "identifier": "fp-2021",
             "publisher": {"name": "Funding Providers UK"},
             "grants": [
              {"id": "360G-fp-1", "title": "Youth media", "description": "Training", "currency": "KGS",
               "amountAwarded": 150000, "awardDate": "2021-03-31T23:30:00-05:00",
               "plannedDates": [{"startDate": "2021-04", "endDate": "2022"}],
               "recipientOrganization": [{"id": "KG-INN-02404199910074", "name": "ОО «Тынчтык»"}],
               "fundingOrganization": [{"id": "GB-CHC-1000001", "name": "Funding Providers UK"}],
               "grantProgramme": [{"code": "AAC", "title": "Awards Funding Committee"}],
               "beneficiaryLocation": [{"name": "Нарынский район", "countryCode": "KG"},
                 {"name": "Westminster", "countryCode": "GB", "geoCode": "E09000033", "geoCodeType": "LONB"},
                 {"name": "Naryn", "countryCode": "KG", "geoCode": "KG-N"}],
               "classifications": [{"vocabulary": "oecd-dac-crs", "code": "15150", "title": "Democratic participation"}],
               "Website": "https://example.org", "Co-applicant(s)": "Miss Hypatia Alexandria"},
              {"id": "360G-fp-2/X", "title": "Second", "description": "", "currency": "GBP", "amountAwarded": 0,
               "awardDate": "2022-01-01T00:30:00+14:00",
               "recipientOrganization": [{"id": "360G-fp-ORG:1", "name": "Jane's Group"},
                 {"id": "KG-INN-02404199910074", "name": "Тынчтык коомдук бирикмеси"}],
               "fundingOrganization": [{"id": "GB-CHC-1000001", "name": "Funding Providers"}]}
             ]}
            """;

    private static final OrganisationId TYNCHTYK = OrganisationId.parse("KG-INN-02404199910074");
    private static final OrganisationId FUNDER = OrganisationId.parse("GB-CHC-1000001");
    private static final OrganisationId JANE = OrganisationId.local("360G-fp-ORG-1");

    @Test
    void organisationsAreOnePerIdentifierWithEveryNameMet() {
        Catalogue c = Giving360Reader.create().read(PACKAGE);

        assertThat(c.getOrganisations()).extracting(Organisation::getId, o -> o.getName().resolve(),
                Organisation::getAliases).containsExactly(
                        tuple(TYNCHTYK, "ОО «Тынчтык»", List.of("Тынчтык коомдук бирикмеси")),
                        tuple(FUNDER, "Funding Providers UK", List.of("Funding Providers")),
                        tuple(JANE, "Jane's Group", List.of()));
        // an identifier that is not in org-id.guide form is kept as written beside the local one
        assertThat(c.getOrganisations().get(2).getExtensions()).containsEntry("360Giving:id", "\"360G-fp-ORG:1\"");
        assertThat(c.getOrganisations().get(0).getExtensions()).isEmpty();
        assertThat(c.getOrganisations().get(0).getName().asMap()).containsOnlyKeys("und");
    }

    @Test
    void programmesAndProjectsStandForTheFundersGrantMaking() {
        Catalogue c = Giving360Reader.create().read(PACKAGE);

        assertThat(c.getProgrammes()).extracting(DonorProgramme::getId, p -> p.getName().resolve(),
                DonorProgramme::getDonor).containsExactly(tuple("AAC", "Awards Funding Committee", FUNDER));
        assertThat(c.getProjects()).extracting(Project::getId, p -> p.getTitle().resolve(), Project::getProgramme)
                .containsExactly(tuple("AAC", "Awards Funding Committee", java.util.Optional.of("AAC")),
                        tuple("GB-CHC-1000001", "Funding Providers UK", java.util.Optional.empty()));
        assertThat(c.getGrants()).extracting(g -> g.getProject().orElseThrow()).containsExactly("AAC",
                "GB-CHC-1000001");
        assertThat(c.getId()).isEqualTo("fp-2021");
        assertThat(c.getTitle().orElseThrow().resolve()).isEqualTo("Kichi grants");
        assertThat(c.getPublisher().orElseThrow().resolve()).isEqualTo("Funding Providers UK");
    }

    @Test
    void theFirstGrantIsHeldByTheModelExceptWhatItCannotGiveBack() {
        Grant g = Giving360Reader.create().read(PACKAGE).getGrants().get(0);

        assertThat(g.getId()).isEqualTo("360G-fp-1");
        assertThat(g.getTitle().resolve()).isEqualTo("Youth media");
        assertThat(g.getDescription().orElseThrow().resolve()).isEqualTo("Training");
        assertThat(g.getAmountAwarded()).contains(Money.of("150000", "KGS"));
        // 23:30 at -05:00 is already 1 April in UTC: the date written is kept, not shifted
        assertThat(g.getAwardDate()).contains(PartialDate.of(2021, 3, 31));
        assertThat(g.getPeriod().orElseThrow().getStart()).contains(PartialDate.of(2021, 4));
        assertThat(g.getPeriod().orElseThrow().getEnd().orElseThrow().getPrecision()).isEqualTo(DatePrecision.YEAR);
        assertThat(g.getGrantee()).isEqualTo(TYNCHTYK);
        assertThat(g.getCoverage().getUnitRefs()).contains(UnitRef.of("lonb", "E09000033"), UnitRef.iso("KG-N"));
        assertThat(g.getThemes()).extracting(t -> t.getVocabulary() + ":" + t.getCode())
                .containsExactly("oecd-dac-crs:15150");
        assertThat(g.getExtensions()).containsOnlyKeys("360Giving:id", "360Giving:awardDate",
                "360Giving:beneficiaryLocation", "360Giving:Website", "360Giving:Co-applicant(s)");
        assertThat(g.getExtensions()).containsEntry("360Giving:awardDate", "\"2021-03-31T23:30:00-05:00\"");
    }

    @Test
    void aKyrgyzPlaceNamedOnlyIsResolvedThroughTheGazetteer() {
        Grant g = Giving360Reader.create().read(PACKAGE).getGrants().get(0);
        Grant without = Giving360Reader.create().withGazetteer(null).read(PACKAGE).getGrants().get(0);

        assertThat(g.getCoverage().getUnitRefs()).containsExactly(UnitRef.soate("41704245000000"),
                UnitRef.of("lonb", "E09000033"), UnitRef.iso("KG-N"));
        assertThat(without.getCoverage().getUnitRefs()).containsExactly(UnitRef.of("lonb", "E09000033"),
                UnitRef.iso("KG-N"));
    }

    @Test
    void whatTheModelCannotHoldIsKeptAsWritten() {
        Grant g = Giving360Reader.create().read(PACKAGE).getGrants().get(1);

        assertThat(g.getId()).isEqualTo("360G-fp-2/X");
        assertThat(g.getDescription()).isEmpty(); // "" is no description
        assertThat(g.getAmountAwarded()).isEmpty(); // Kichi awards are above zero
        assertThat(g.getAwardDate()).contains(PartialDate.of(2022, 1, 1)); // not 31 December in UTC
        assertThat(g.getPartnership().getMembers()).extracting(m -> m.getOrganisation())
                .containsExactly(JANE, TYNCHTYK);
        assertThat(g.getExtensions()).containsOnlyKeys("360Giving:id", "360Giving:description",
                "360Giving:currency", "360Giving:amountAwarded", "360Giving:awardDate",
                "360Giving:recipientOrganization", "360Giving:fundingOrganization");
    }

    @Test
    void streamingHandsOverEachGrantThenWhatTheyShare() {
        RecordingHandler handler = new RecordingHandler();
        long count = Giving360Reader.create().stream(new ByteArrayInputStream(PACKAGE.getBytes(StandardCharsets.UTF_8)),
                handler);
        List<String> seen = handler.seen();

        assertThat(count).isEqualTo(2);
        assertThat(seen).containsExactly("grant 360G-fp-1", "grant 360G-fp-2/X",
                "organisation KG-INN-02404199910074", "organisation GB-CHC-1000001",
                "organisation XI-KICHI-360G-fp-ORG-1", "programme AAC", "project AAC", "project GB-CHC-1000001");
    }

    @Test
    void repeatedGrantIdsBecomeDistinctKichiIdsAndKeepTheirOwn() {
        String grant = "{\"id\": \"360G-x\", \"title\": \"%s\", \"description\": \"d\", \"currency\": \"GBP\","
                + " \"amountAwarded\": 1, \"awardDate\": \"2020-01-01\","
                + " \"recipientOrganization\": [{\"id\": \"GB-CHC-1\", \"name\": \"r\"}],"
                + " \"fundingOrganization\": [{\"id\": \"GB-CHC-2\", \"name\": \"f\"}]}";
        Catalogue c = Giving360Reader.create().read("{\"grants\": [" + String.format(grant, "a") + ", "
                + String.format(grant, "b") + "]}");

        assertThat(c.getGrants()).extracting(Grant::getId).containsExactly("360G-x", "360G-x-2");
        assertThat(c.getGrants()).extracting(g -> g.getExtensions().get("360Giving:id"))
                .containsExactly("\"360G-x\"", "\"360G-x\"");
    }

    @Test
    void aGrantToAnIndividualAndBlankNamesAreRefusedByName() {
        String json = "{\"grants\": [{\"id\": \"360G-x\", \"title\": \" \", \"description\": \"d\","
                + " \"currency\": \"GBP\", \"amountAwarded\": 1, \"awardDate\": \"2020-01-01\","
                + " \"recipientOrganization\": [{\"id\": \"GB-CHC-1\", \"name\": \"\"}],"
                + " \"fundingOrganization\": [{\"id\": \"GB-CHC-2\", \"name\": \"f\"}]},"
                + " {\"id\": \"360G-y\", \"title\": \"t\", \"description\": \"d\","
                + " \"currency\": \"GBP\", \"amountAwarded\": 1, \"awardDate\": \"2020-01-01\","
                + " \"recipientIndividual\": {\"id\": \"360G-x-IND-1\", \"name\": \"Jane Roe\"},"
                + " \"fundingOrganization\": [{\"id\": \"GB-CHC-2\", \"name\": \"f\"}]}]}";

        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> Giving360Reader.create().read(json));

        assertThat(e.getProblems()).extracting(DocumentProblem::getPointer, DocumentProblem::getCode).containsExactly(
                tuple("/grants/0/title", "kichi.text.blank"),
                tuple("/grants/0/recipientOrganization/0/name", "kichi.text.blank"),
                tuple("/grants/1/recipientIndividual", "kichi.json.giving360.individual"));
    }
}
