package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.testing.RandomCatalogues;
import kg.kichi.core.validation.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KichiJsonTest {
    static final String[] JSON_CODES = {"kichi.json.syntax", "kichi.json.type", "kichi.json.null",
        "kichi.json.unknownMember", "kichi.json.duplicateKey", "kichi.json.limit", "kichi.json.version",
        "kichi.json.code", "kichi.json.number", "kichi.json.dateTime", "kichi.json.tooManyProblems"};

    @Test
    void readsAndWritesFiles(@TempDir Path dir) throws IOException {
        Catalogue catalogue = RandomCatalogues.catalogue(11);
        Path file = dir.resolve("catalogue.json");
        try (var out = Files.newOutputStream(file)) {
            KichiJson.write(catalogue, out);
        }
        assertThat(KichiJson.read(file, Mode.STRICT)).isEqualTo(catalogue);
        assertThat(Files.readString(file)).isEqualTo(KichiJson.writeString(catalogue));
        assertThatThrownBy(() -> KichiJson.read(dir.resolve("missing.json"), Mode.STRICT))
                .isInstanceOf(IOException.class);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {21, 22, 23})
    void bytesTextAndStreamsReadAlike(long seed) {
        Catalogue catalogue = RandomCatalogues.catalogue(seed);
        String text = KichiJson.writeString(catalogue);
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(KichiJson.reader().read(bytes)).isEqualTo(catalogue)
                .isEqualTo(KichiJson.reader().read(new java.io.ByteArrayInputStream(bytes)));
        byte[] broken = (text.substring(0, text.length() / 2) + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        InvalidDocumentException fromBytes = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> KichiJson.reader().read(broken), InvalidDocumentException.class);
        InvalidDocumentException fromStream = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> KichiJson.reader().read(new java.io.ByteArrayInputStream(broken)), InvalidDocumentException.class);
        assertThat(fromBytes.getProblems()).isNotEmpty().isEqualTo(fromStream.getProblems());
    }

    @Test
    void failingStreamsAreIoErrorsNotDocumentProblems() {
        java.io.OutputStream broken = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> KichiJson.write(RandomCatalogues.catalogue(1), broken))
                .isInstanceOf(java.io.UncheckedIOException.class).hasRootCauseMessage("disk full");
        java.io.InputStream failing = new java.io.InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("unplugged");
            }
        };
        assertThatThrownBy(() -> KichiJson.read(failing, Mode.STRICT))
                .isInstanceOf(java.io.UncheckedIOException.class).hasRootCauseMessage("unplugged");
    }

    @Test
    void limitsAreConfigurable() {
        String json = KichiJson.writeString(RandomCatalogues.catalogue(3));
        assertThat(KichiJson.read(json, Mode.STRICT)).isNotNull();
        assertThatThrownBy(() -> KichiJson.reader().withLimits(ReadLimits.defaults().withMaxNestingDepth(3))
                .read(json)).isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblems())
                        .extracting(DocumentProblem::getCode).containsExactly("kichi.json.limit"));
        assertThatThrownBy(() -> KichiJson.reader().withLimits(ReadLimits.defaults().withMaxDocumentLength(100))
                .read(json)).isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblems())
                        .extracting(DocumentProblem::getCode).containsExactly("kichi.json.limit"));
        assertThatThrownBy(() -> ReadLimits.defaults().withMaxProblems(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stopsAfterTooManyProblems() {
        StringBuilder json = new StringBuilder("{\"formatVersion\":\"1.0\",\"id\":\"d\",\"organisations\":[");
        for (int i = 0; i < 50; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append('}');
        }
        json.append("]}");
        assertThatThrownBy(() -> KichiJson.reader().withLimits(ReadLimits.defaults().withMaxProblems(10))
                .read(json.toString())).isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.getProblems()).hasSize(11);
                    assertThat(e.getProblems().get(10).getCode()).isEqualTo("kichi.json.tooManyProblems");
                });
    }

    @Test
    void acceptsAnyMinorVersionAndIgnoresSchema() {
        String json = KichiJson.writeString(RandomCatalogues.catalogue(5)).replace("\"formatVersion\": \"1.0\"",
                "\"$schema\": \"https://kichi.kg/schema/kichi-document-1.0.json\", \"formatVersion\": \"1.7\"");
        assertThat(KichiJson.read(json, Mode.STRICT)).isEqualTo(RandomCatalogues.catalogue(5));
    }

    @Test
    void lenientEnvelopeKeepsUnknownMembersAfterTheCollections() {
        String json = "{\"formatVersion\":\"1.0\",\"generator\":{\"name\":\"excel\"},\"id\":\"d\"}";
        Catalogue catalogue = KichiJson.read(json, Mode.LENIENT);
        assertThat(catalogue.getExtensions()).containsEntry("generator", "{\"name\":\"excel\"}");
        assertThat(KichiJson.writeString(catalogue)).isEqualTo(
                "{\n  \"formatVersion\": \"1.0\",\n  \"id\": \"d\",\n  \"generator\": {\"name\":\"excel\"}\n}\n");
    }

    @Test
    void messagesExistInEveryLanguage() {
        for (String code : JSON_CODES) {
            assertThat(Messages.has(code, "en")).as(code).isTrue();
            assertThat(Messages.has(code, "ru")).as(code).isTrue();
            assertThat(Messages.has(code, "ky")).as(code).isTrue();
        }
        DocumentProblem p = DocumentProblem.of("/grants/0/x", "kichi.json.unknownMember", java.util.Map.of("name", "x"));
        assertThat(p.getMessage(Locale.forLanguageTag("ru"))).isEqualTo("неизвестное поле «x»");
        assertThat(p.getMessage(Locale.forLanguageTag("ky"))).isEqualTo("«x» деген белгисиз талаа");
    }

    @Test
    void problemArgumentsAreInTheOrderOfTheirNamesWhateverMapTheyCameIn() {
        java.util.Map<String, Object> given = new java.util.LinkedHashMap<>();
        given.put("name", "x");
        given.put("limit", "depth");
        given.put("kind", "eof");
        assertThat(DocumentProblem.of("/grants/0", "kichi.json.unknownMember", given).getArguments().keySet())
                .containsExactly("kind", "limit", "name");
    }

    @Test
    void reportsProblemsInEverySiblingNotJustTheFirst() {
        StringBuilder json = new StringBuilder("{\"formatVersion\":\"1.0\",\"id\":\"d\",\"organisations\":[");
        for (int i = 0; i < 5; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"XI-KICHI-o").append(i)
                    .append("\",\"name\":{\"en\":\"n\"},\"legalForm\":\"bad").append(i).append("\"}");
        }
        json.append("]}");
        assertThatThrownBy(() -> KichiJson.read(json.toString(), Mode.STRICT))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblems())
                        .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                        .containsExactly(tuple("/organisations/0/legalForm", "kichi.json.code"),
                                tuple("/organisations/1/legalForm", "kichi.json.code"),
                                tuple("/organisations/2/legalForm", "kichi.json.code"),
                                tuple("/organisations/3/legalForm", "kichi.json.code"),
                                tuple("/organisations/4/legalForm", "kichi.json.code")));
    }

    @Test
    void referencesAreReportedAtTheirIndexInTheDocumentEvenAfterSkippedObjects() {
        String json = "{\"formatVersion\":\"1.0\",\"id\":\"d\",\"organisations\":["
                + "{\"id\":\"XI-KICHI-a\",\"name\":{\"en\":\"A\"},\"legalForm\":\"other\"}],"
                + "\"projects\":[{\"id\":\"p0\"},{\"id\":\"p1\",\"title\":{\"en\":\"P\"}}],"
                + "\"grants\":[{\"id\":\"g0\",\"title\":{\"en\":\"G\"},\"project\":\"p0\",\"partnership\":{\"members\":"
                + "[{\"organisation\":\"XI-KICHI-a\",\"role\":\"lead\"}]}},{\"id\":\"g1\",\"title\":{\"en\":\"G\"},"
                + "\"project\":\"p1\",\"partnership\":{\"members\":[{\"organisation\":\"XI-KICHI-b\",\"role\":\"lead\"}]}}]}";
        assertThatThrownBy(() -> KichiJson.read(json, Mode.STRICT))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblems())
                        .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                        .containsExactly(tuple("/projects/0/title", "kichi.required"),
                                tuple("/grants/1/partnership/members/0/organisation",
                                        "kichi.catalogue.unknownReference")));
    }

    @Test
    void onlyReferencesToInvalidObjectsOfTheSameKindAreSilenced() {
        String json = "{\"formatVersion\":\"1.0\",\"id\":\"d\",\"organisations\":["
                + "{\"id\":\"XI-KICHI-a\",\"name\":{\"en\":\"A\"},\"legalForm\":\"other\"}],"
                + "\"projects\":[{\"id\":\"x\",\"title\":{\"en\":\"P\"},\"programme\":\"x\"}],"
                + "\"grants\":[{\"id\":\"x\",\"project\":\"x\"},{\"id\":\"g\",\"title\":{\"en\":\"G\"},"
                + "\"project\":\"x\",\"partnership\":{\"members\":[{\"organisation\":\"XI-KICHI-a\",\"role\":\"lead\"}]}}]}";
        var expected = List.of(tuple("/grants/0/title", "kichi.required"),
                tuple("/grants/0/partnership", "kichi.required"),
                tuple("/projects/0/programme", "kichi.catalogue.unknownReference"));
        assertThatThrownBy(() -> KichiJson.read(json, Mode.STRICT))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblems())
                        .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                        .containsExactlyInAnyOrderElementsOf(expected));
        assertThatThrownBy(() -> KichiJson.reader().stream(new java.io.ByteArrayInputStream(
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), new kg.kichi.json.stream.DocumentHandler() {}))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblems())
                        .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                        .containsExactlyInAnyOrderElementsOf(expected));
    }
}
