package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import kg.kichi.json.stream.DocumentHandler;
import org.junit.jupiter.api.Test;

/**
 * Problems come in document order, wherever they were found: a rule broken by a whole object and a reference
 * checked only at the end of the document stand with the other problems of their object, not after everything.
 * Within one object they come as found: its JSON as read, then the rules of the whole object, then its references.
 */
class DocumentOrderTest {
    /** Problems in the organisations, then the projects, then two grants, of several kinds each. */
    static final String DOCUMENT = """
            {"formatVersion": "1.0", "id": "order", "title": {"en": "Order"},
             "organisations": [
               {"id": "XI-KICHI-naryn-edc", "name": {"en": "Naryn EDC"}, "legalForm": "public-foundation"},
               {"id": "XI-KICHI-tynchtyk", "legalForm": "no-such-form"}
             ],
             "projects": [
               {"id": "p1", "title": {"en": "P"}, "programme": "nowhere"}
             ],
             "grants": [
               {"id": 7, "title": {"en": "G"}, "project": "p1",
                "partnership": {"members": [{"organisation": "XI-KICHI-naryn-edc", "role": "lead"}]}},
               {"id": "g2", "title": {"en": "G2"}, "project": "p1",
                "partnership": {"members": [{"organisation": "XI-KICHI-ghost", "role": "lead"}]}},
               {"id": "g3", "title": {"en": "G3"}, "project": "p1",
                "partnership": {"members": [{"organisation": "XI-KICHI-naryn-edc", "role": "lead"}]},
                "amountAwarded": {"amount": -5, "currency": "KGS"}}
             ],
             "unknownTrailer": 1}
            """;

    /** Where each problem is, in the order a reader of the text meets them; written out by hand. */
    private static final Object[][] EXPECTED = {
        {"/organisations/1/legalForm", "kichi.json.code"},          // read with the member
        {"/organisations/1/name", "kichi.required"},                // found when the object was built
        {"/projects/0/programme", "kichi.catalogue.unknownReference"}, // found at the end of the document
        {"/grants/0/id", "kichi.json.type"},
        {"/grants/1/partnership/members/0/organisation", "kichi.catalogue.unknownReference"},
        {"/grants/2/amountAwarded", "kichi.money.positive"},           // an amount awarded is above zero
        {"/unknownTrailer", "kichi.json.unknownMember"}};

    @Test
    void aReadReportsProblemsInDocumentOrder() {
        assertThatThrownBy(() -> KichiJson.read(DOCUMENT, Mode.STRICT))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblems())
                        .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                        .containsExactly(expected()));
    }

    @Test
    void aStreamingReadReportsProblemsInDocumentOrder() {
        assertThatThrownBy(() -> KichiJson.reader().stream(
                new ByteArrayInputStream(DOCUMENT.getBytes(StandardCharsets.UTF_8)), new DocumentHandler() {}))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblems())
                        .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                        .containsExactly(expected()));
    }

    private static org.assertj.core.groups.Tuple[] expected() {
        org.assertj.core.groups.Tuple[] tuples = new org.assertj.core.groups.Tuple[EXPECTED.length];
        for (int i = 0; i < EXPECTED.length; i++) {
            tuples[i] = tuple(EXPECTED[i][0], EXPECTED[i][1]);
        }
        return tuples;
    }
}
