package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.money.Money;
import kg.kichi.core.testing.RandomCatalogues;
import kg.kichi.json.stream.DocumentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Decoding straight from the parser: duplicates, unknown members, wrong types, pointers, invalid elements. */
class DirectDecodingTest {
    private static final String ORGANISATIONS = "\"organisations\":[{\"id\":\"XI-KICHI-a\",\"name\":{\"en\":\"A\"},"
            + "\"legalForm\":\"other\"}]";

    private static final String PROJECTS = "\"projects\":[{\"id\":\"p\",\"title\":{\"en\":\"P\"}}]";

    private static String grant(String id, String extra) {
        return "{\"id\":\"" + id + "\",\"title\":{\"en\":\"G\"},\"project\":\"p\",\"partnership\":{\"members\":[{\"organisation\":"
                + "\"XI-KICHI-a\",\"role\":\"lead\"" + extra + "}]}}";
    }

    private static String document(String grants) {
        return "{\"formatVersion\":\"1.0\",\"id\":\"d\"," + ORGANISATIONS + "," + PROJECTS + ",\"grants\":[" + grants
                + "]}";
    }

    /** The problems of a strict read, checked to be the same (in any order) when streamed. */
    private static List<DocumentProblem> problems(String json, Mode mode) {
        List<DocumentProblem> read = new ArrayList<>();
        try {
            KichiJson.read(json, mode);
        } catch (InvalidDocumentException e) {
            read.addAll(e.getProblems());
        }
        List<DocumentProblem> streamed = new ArrayList<>();
        try {
            KichiJson.reader().withMode(mode).stream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    new DocumentHandler() {});
        } catch (InvalidDocumentException e) {
            streamed.addAll(e.getProblems());
        }
        assertThat(streamed).extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactlyInAnyOrderElementsOf(read.stream().map(p -> tuple(p.getPointer(), p.getCode()))
                        .toList());
        return read;
    }

    static Stream<String> duplicates() {
        return Stream.of(
                document(grant("g", "")).replace("\"title\":{\"en\":\"G\"}", "\"title\":{\"en\":\"G\"},\"title\":{}"),
                document(grant("g", "")).replace("{\"en\":\"G\"}", "{\"en\":\"G\",\"en\":\"H\"}"),
                document(grant("g", ",\"x\":{\"a\":1,\"b\":[{\"c\":1,\"c\":2}]}")),
                document(grant("g", ",\"x\":1,\"y\":2,\"x\":3")),
                document(grant("g", "")).replace("\"role\":\"lead\"", "\"role\":{\"a\":1,\"a\":1}"),
                document(grant("g", "")).replace("\"id\":\"d\"", "\"id\":\"d\",\"id\":\"e\""),
                document(grant("g", "")).replace("\"id\":\"d\"", "\"id\":\"d\",\"x\":{\"a\":[],\"a\":[]}"),
                document(grant("g", "")) .replace("\"id\":\"d\"", "\"id\":\"d\",\"grants\":[]"));
    }

    @ParameterizedTest
    @MethodSource("duplicates")
    void aMemberGivenTwiceEndsTheReadWherever(String json) {
        for (Mode mode : Mode.values()) {
            assertThat(problems(json, mode)).as(mode + " " + json).extracting(DocumentProblem::getCode)
                    .containsExactly("kichi.json.duplicateKey");
        }
    }

    /** A repeated name is reported where it stands, whether the member is declared or unknown. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"id,STRICT", "id,LENIENT", "zz,LENIENT", "zz,STRICT"})
    void aRepeatedNameIsReportedAtTheName(String name, Mode mode) {
        String head = "{\"formatVersion\":\"1.0\",\"id\":\"d\",\"organisations\":[{\"id\":\"XI-KICHI-o\","
                + "\"name\":{\"en\":\"O\"},\"legalForm\":\"public-association\",\"zz\":1,";
        String json = head + "\"" + name + "\":  [1,2]}]}";
        InvalidDocumentException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> KichiJson.read(json, mode), InvalidDocumentException.class);
        DocumentProblem last = e.getProblems().get(e.getProblems().size() - 1);
        assertThat(last.getCode()).isEqualTo("kichi.json.duplicateKey");
        assertThat(last.getLine()).isEqualTo(1);
        assertThat(last.getColumn()).as("the column of the repeated name, not of its value")
                .isBetween(head.length() + 1, head.length() + name.length() + 3);
    }

    @Test
    void aMemberGivenTwiceIsRejectedThroughAMapperThatLetsDuplicatesThrough() {
        JsonMapper plain = JsonMapper.builder().addModule(new KichiModule()).build();
        assertThatThrownBy(() -> plain.readValue("{\"amount\":1,\"currency\":\"KGS\",\"amount\":2}", Money.class))
                .isInstanceOf(JacksonException.class).hasMessageContaining("Duplicate");
        assertThat(plain.readValue("{\"amount\":1,\"currency\":\"KGS\"}", Money.class)).isEqualTo(Money.of("1", "KGS"));
    }

    @Test
    void unknownMemberInsideAListElementIsReportedStrictAndKeptLenient() {
        String json = document(grant("g", ",\"x~y/z\":{\"k\":[1,2.50]}"));
        assertThat(problems(json, Mode.STRICT)).extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/grants/0/partnership/members/0/x~0y~1z", "kichi.json.unknownMember"));
        assertThat(problems(json, Mode.LENIENT)).isEmpty();
        Catalogue lenient = KichiJson.read(json, Mode.LENIENT);
        assertThat(lenient.getGrants().get(0).getPartnership().getMembers().get(0).getExtensions())
                .containsExactly(Map.entry("x~y/z", "{\"k\":[1,2.50]}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a~b", "a/b", "~/~1", "~01"})
    void memberNamesAreEscapedInPointers(String name) {
        String escaped = name.replace("~", "~0").replace("/", "~1");
        String json = document(grant("g", ",\"" + name + "\":true")).replace("\"title\":{\"en\":\"G\"}",
                "\"title\":{\"" + name + "\":\"G\"}");
        assertThat(problems(json, Mode.STRICT)).extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .contains(tuple("/grants/0/partnership/members/0/" + escaped, "kichi.json.unknownMember"),
                        tuple("/grants/0/title/" + escaped, "kichi.text.language"));
    }

    static Stream<String> positions() {
        JsonNode document = validDocument();
        List<String> pointers = new ArrayList<>();
        values(document.get("grants").get(0), "/grants/0", pointers);
        values(document.get("projects").get(0), "/projects/0", pointers);
        return pointers.stream();
    }

    @ParameterizedTest
    @MethodSource("positions")
    void aWrongTypeAnywhereIsReportedAndTheSiblingsStillRead(String pointer) {
        ObjectNode document = validDocument();
        JsonNode value = document.at(pointer);
        JsonNode wrong = value.isObject() ? JsonNodeFactory.instance.arrayNode().add(1).add(true)
                : value.isString() ? JsonNodeFactory.instance.objectNode().set("a",
                        JsonNodeFactory.instance.arrayNode().add(JsonNodeFactory.instance.objectNode().put("b", 1)))
                : JsonNodeFactory.instance.stringNode("1");
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = document.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(last), wrong);
        } else {
            ((ObjectNode) parent).set(last, wrong);
        }
        ArrayNode grants = (ArrayNode) document.get("grants");
        ((ObjectNode) grants.get(grants.size() - 1)).put("zz", 1);
        document.put("zz", 1);

        assertThat(problems(document.toString(), Mode.STRICT))
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .contains(tuple(pointer, "kichi.json.type"),
                        tuple("/grants/" + (grants.size() - 1) + "/zz", "kichi.json.unknownMember"),
                        tuple("/zz", "kichi.json.unknownMember"));
    }

    /** A random valid document with at least two grants and a project. */
    private static ObjectNode validDocument() {
        for (long seed = 0; ; seed++) {
            Catalogue catalogue = RandomCatalogues.catalogue(seed);
            if (catalogue.getGrants().size() >= 2 && !catalogue.getProjects().isEmpty()) {
                return (ObjectNode) Documents.tree(KichiJson.writeString(catalogue));
            }
        }
    }

    private static void values(JsonNode node, String pointer, List<String> out) {
        if (node.isObject()) {
            node.properties().forEach(m -> {
                String at = pointer + "/" + m.getKey();
                out.add(at);
                values(m.getValue(), at, out);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(pointer + "/" + i);
                values(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    @Test
    void referencesToAnInvalidElementAreNotReportedAgainWhereverItsIdStands() {
        String tail = ",\"legalForm\":\"bad\"}";
        String idFirst = "{\"formatVersion\":\"1.0\",\"id\":\"d\",\"organisations\":[{\"id\":\"XI-KICHI-a\","
                + "\"name\":{\"en\":\"A\"}" + tail + "]," + PROJECTS + ",\"grants\":[" + grant("g", "") + "]}";
        String idLast = idFirst.replace("{\"id\":\"XI-KICHI-a\",\"name\":{\"en\":\"A\"}" + tail,
                "{\"name\":{\"en\":\"A\"},\"legalForm\":\"bad\",\"id\":\"XI-KICHI-a\"}");
        for (String json : List.of(idFirst, idLast)) {
            assertThat(problems(json, Mode.STRICT)).as(json)
                    .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                    .containsExactly(tuple("/organisations/0/legalForm", "kichi.json.code"));
        }
        String idNotAString = idFirst.replace("\"id\":\"XI-KICHI-a\",", "\"id\":{\"v\":\"XI-KICHI-a\"},");
        assertThat(problems(idNotAString, Mode.STRICT)).extracting(DocumentProblem::getPointer,
                DocumentProblem::getCode).contains(tuple("/organisations/0/id", "kichi.json.type"),
                        tuple("/grants/0/partnership/members/0/organisation", "kichi.catalogue.unknownReference"));
    }
}
