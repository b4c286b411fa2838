package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import kg.kichi.core.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * The base and the splices of {@link CompetitionFuzzTest} are what it claims: the base is a valid competition, the
 * members of examples 900 and 901 spliced back give it again, and a broken input is reported at the spliced place.
 * Without this a wrong splice would leave the fuzz targets checking nothing but rejection.
 */
class CompetitionFuzzBaseTest {
    private static final Catalogue BASE = KichiJson.read(CompetitionFuzzTest.baseTree().toString(), Mode.STRICT);

    @Test
    void theBaseIsAValidCompetitionWithRulesAGridAndReviews() {
        assertThat(BASE.getApplications()).hasSize(3);
        assertThat(BASE.getReviews()).hasSize(9);
        assertThat(BASE.getCalls()).singleElement().satisfies(call -> {
            assertThat(call.getEligibilityRules()).hasSize(15);
            assertThat(call.getEvaluationGrid()).isPresent();
        });
    }

    @Test
    void theOriginalMembersSplicedBackGiveTheBase() {
        String rules = CompetitionFuzzTest.baseTree().at("/calls/0/eligibilityRules").toString();
        String grid = CompetitionFuzzTest.baseTree().at("/calls/0/evaluationGrid").toString();
        String reviews = CompetitionFuzzTest.baseTree().at("/reviews").toString();
        assertThat(read(CompetitionFuzzTest.splice(b -> ((tools.jackson.databind.node.ObjectNode) b.at("/calls/0"))
                .put("eligibilityRules", "@@fuzz-input@@")).document(bytes(rules)))).isEqualTo(BASE);
        assertThat(read(CompetitionFuzzTest.splice(b -> ((tools.jackson.databind.node.ObjectNode) b.at("/calls/0"))
                .put("evaluationGrid", "@@fuzz-input@@")).document(bytes(grid)))).isEqualTo(BASE);
        assertThat(read(CompetitionFuzzTest.splice(b -> b.put("reviews", "@@fuzz-input@@"))
                .document(bytes(reviews)))).isEqualTo(BASE);
    }

    @Test
    void aBrokenInputIsReportedWhereItWasSpliced() {
        byte[] document = CompetitionFuzzTest.splice(b -> b.put("reviews", "@@fuzz-input@@"))
                .document(bytes("[{\"id\":\"r\",\"application\":\"no-such-application\",\"reviewer\":\"rev-a\","
                        + "\"stage\":\"concept-note\",\"scores\":[],\"recommendation\":\"fund\"}]"));
        assertThatExceptionOfType(InvalidDocumentException.class).isThrownBy(() -> KichiJson.reader().read(document))
                .satisfies(e -> assertThat(e.getProblems())
                        .anySatisfy(p -> assertThat(p.getPointer()).startsWith("/reviews/0")));
    }

    /**
     * Found by {@link CompetitionFuzzTest#evaluationGrid}: a section that failed (no criteria) is left out, so its
     * stage's minimum (30) looked unreachable; that cascade was dropped, and when it was the stage's only violation the reader
     * threw a raw {@code IllegalArgumentException} (an {@code InvalidModelException} with no violations).
     */
    @Test
    void aStageWhoseOnlyViolationIsTheCascadeOfAFailedSectionGivesTheSectionsProblemOnly() {
        tools.jackson.databind.node.ObjectNode document = (tools.jackson.databind.node.ObjectNode) CompetitionFuzzTest.baseTree();
        ((tools.jackson.databind.node.ObjectNode) document.at("/calls/0/evaluationGrid/stages/0/sections/0"))
                .remove("criteria");
        assertThatExceptionOfType(InvalidDocumentException.class)
                .isThrownBy(() -> KichiJson.read(document.toString(), Mode.STRICT))
                .satisfies(e -> assertThat(e.getProblems())
                        .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                        .containsExactlyInAnyOrder(
                                tuple("/calls/0/evaluationGrid/stages/0/sections/0/criteria", "kichi.evaluation.noCriteria"),
                                // the section's own minimum (12) is unreachable without criteria: its own fault, kept
                                tuple("/calls/0/evaluationGrid/stages/0/sections/0/minimum", "kichi.evaluation.unreachable")));
    }

    private static Catalogue read(byte[] document) {
        return KichiJson.reader().read(document);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
