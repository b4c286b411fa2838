package kg.kichi.json.giving360;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.InvalidDocumentException;
import org.junit.jupiter.api.Test;

/**
 * The three real-derived sample files (samples/SOURCE.md: the 360Giving data quality tool's fixtures, CC BY): the
 * verdicts below were written by reading the files against the 1.4.3 schema, member by member.
 */
class Giving360ReaderSamplesTest {
    static byte[] sample(String name) {
        try (InputStream in = Giving360ReaderSamplesTest.class.getResourceAsStream("samples/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidDocumentException read(String name) {
        return catchThrowableOfType(InvalidDocumentException.class,
                () -> Giving360Reader.create().read(new java.io.ByteArrayInputStream(sample(name))));
    }

    @Test
    void theFixedFileBreaksTheSchemaOf143InEveryGrant() {
        // Written for an older standard: no description, awardDate as DD/MM/YYYY, dateModified not a date-time,
        // a recipient without id, and its last grant a copy of the one before.
        InvalidDocumentException e = read("fundingproviders-grants_fixed_2_grants.json");

        assertThat(e.getProblems()).extracting(DocumentProblem::getPointer, DocumentProblem::getCode).containsExactly(
                tuple("/grants/0/dateModified", "kichi.json.dateTime"), // members in document order
                tuple("/grants/0/recipientOrganization/0/id", "kichi.required"),
                tuple("/grants/0/awardDate", "kichi.json.giving360.oneOf"),
                tuple("/grants/0/description", "kichi.required"), // required members after the present ones
                tuple("/grants/1/dateModified", "kichi.json.dateTime"),
                tuple("/grants/1/awardDate", "kichi.json.giving360.oneOf"),
                tuple("/grants/1/description", "kichi.required"),
                tuple("/grants/2/dateModified", "kichi.json.dateTime"),
                tuple("/grants/2/awardDate", "kichi.json.giving360.oneOf"),
                tuple("/grants/2/description", "kichi.required"),
                tuple("/grants/3/dateModified", "kichi.json.dateTime"),
                tuple("/grants/3/awardDate", "kichi.json.giving360.oneOf"),
                tuple("/grants/3/description", "kichi.required"),
                tuple("/grants/3", "kichi.json.giving360.duplicateGrant"));
    }

    @Test
    void problemsSpeakThreeLanguages() {
        DocumentProblem awardDate = read("fundingproviders-grants_fixed_2_grants.json").getProblems().get(2);

        assertThat(awardDate.getMessage(Locale.ENGLISH)).isEqualTo(
                "\"24/07/2014\" must have exactly one of these forms: YYYY-MM-DDThh:mm:ss±hh:mm | YYYY-MM-DD");
        assertThat(awardDate.getMessage(Locale.forLanguageTag("ru"))).startsWith("«24/07/2014» должно иметь");
        assertThat(awardDate.getMessage(Locale.forLanguageTag("ky"))).startsWith("«24/07/2014» бул формалардын");
    }

    @Test
    void theBrokenFileAlsoHasAWrongIdNowhereButInAValueNotInTheSchema() {
        // the broken file differs in amounts (152505.03), a commitmentTransaction, ids beginning RUBBISH: none
        // breaks the schema, which types those members only; so its problems are the fixed file's, except that
        // its first two grants are no longer copies of each other (they never were) and stay so
        InvalidDocumentException e = read("fundingproviders-grants_broken_grants.json");

        assertThat(e.getProblems()).extracting(DocumentProblem::getPointer)
                .contains("/grants/0/description", "/grants/3").doesNotContain("/grants/0/commitmentTransaction");
        assertThat(e.getProblems()).extracting(DocumentProblem::getCode)
                .containsOnly("kichi.json.giving360.oneOf", "kichi.required", "kichi.json.dateTime",
                        "kichi.json.giving360.duplicateGrant");
    }

    @Test
    void theMalformedFileStopsAtItsCommasWithTheProblemsBefore() {
        InvalidDocumentException e = read("fundingproviders-grants_malformed.json");

        DocumentProblem last = e.getProblems().get(e.getProblems().size() - 1);
        assertThat(last.getCode()).isEqualTo("kichi.json.syntax");
        assertThat(last.getLine()).isEqualTo(10);
        assertThat(last.getPointer()).isEqualTo("/grants/0/grantProgramme");
    }
}
