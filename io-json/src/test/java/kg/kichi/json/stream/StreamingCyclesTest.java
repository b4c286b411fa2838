package kg.kichi.json.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.InvalidDocumentException;
import kg.kichi.json.KichiJson;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** A streamed document reports a cycle of programme parents as the whole read does (issue 20). */
class StreamingCyclesTest {
    @Test
    void parentCyclesAreReportedOnceAtTheirFirstProgramme() {
        String json = "{\"formatVersion\":\"1.0\",\"id\":\"d\",\"organisations\":[{\"id\":\"XI-KICHI-a\",\"name\":"
                + "{\"en\":\"A\"},\"legalForm\":\"other\"}],\"programmes\":["
                + programme("self", "self") + "," + programme("root", null) + "," + programme("b", "c") + ","
                + programme("c", "b") + "," + programme("d", "c") + "]}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        for (Runnable read : new Runnable[] {() -> KichiJson.reader().read(bytes),
            () -> KichiJson.reader().stream(new ByteArrayInputStream(bytes), new DocumentHandler() {})}) {
            InvalidDocumentException e = Assertions.catchThrowableOfType(InvalidDocumentException.class, read::run);
            assertThat(e.getProblems()).extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                    .containsExactlyInAnyOrder(tuple("/programmes/0/parent", "kichi.catalogue.parentCycle"),
                            tuple("/programmes/2/parent", "kichi.catalogue.parentCycle"));
        }
    }

    private static String programme(String id, String parent) {
        return "{\"id\":\"" + id + "\",\"name\":{\"en\":\"" + id + "\"},\"donor\":\"XI-KICHI-a\""
                + (parent == null ? "" : ",\"parent\":\"" + parent + "\"") + "}";
    }
}
