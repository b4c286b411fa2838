package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.CodecTesting.read;
import static kg.kichi.json.internal.codec.CodecTesting.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.Mode;
import kg.kichi.json.internal.codec.CodecTesting;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.DatePeriodCodec;
import kg.kichi.json.internal.value.LocalizedTextCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The envelope's members, declared in one table, drive reading, building the catalogue and writing the head. */
class EnvelopeTest {
    static final LocalizedText TITLE = LocalizedText.of("en", "Living in peace");
    static final LocalizedText PUBLISHER = LocalizedText.of("ky", "Кичи");
    static final DatePeriod PERIOD = DatePeriod.of(PartialDate.of(2021, 12), PartialDate.of(2022, 2));
    static final Catalogue FULL = Catalogue.builder().id("seed-002").title(TITLE).reportingPeriod(PERIOD)
            .publisher(PUBLISHER).build();

    /** Every envelope member, in the order written: formatVersion, then the declared members. */
    static final String FULL_JSON = "{\"formatVersion\":\"1.0\",\"id\":\"seed-002\","
            + "\"title\":{\"en\":\"Living in peace\"},"
            + "\"reportingPeriod\":{\"start\":\"2021-12\",\"end\":\"2022-02\"},\"publisher\":{\"ky\":\"Кичи\"}}";

    /** The table as it was before {@code reportingPeriod}, and with it added: one line. */
    static final EnvelopeMembers WITHOUT_PERIOD = EnvelopeMembers.of()
            .required("id", Scalars.STRING, Catalogue::getId, Catalogue.Builder::id)
            .optional("title", LocalizedTextCodec.INSTANCE, Catalogue::getTitle, Catalogue.Builder::title)
            .optional("publisher", LocalizedTextCodec.INSTANCE, Catalogue::getPublisher, Catalogue.Builder::publisher);
    static final EnvelopeMembers WITH_PERIOD_LAST = WITHOUT_PERIOD.optional("reportingPeriod",
            DatePeriodCodec.INSTANCE, Catalogue::getReportingPeriod, Catalogue.Builder::reportingPeriod);

    @Test
    void everyMemberIsWrittenInTheDeclaredOrderAndReadBack() {
        assertThat(write(CatalogueCodec.INSTANCE, FULL)).isEqualTo(FULL_JSON);
        CodecTesting.Result<Catalogue> result = read(CatalogueCodec.INSTANCE, FULL_JSON);
        assertThat(result.problems()).isEmpty();
        assertThat(result.value()).isEqualTo(FULL);
        assertThat(result.value().getTitle()).contains(TITLE);
        assertThat(result.value().getReportingPeriod()).contains(PERIOD);
        assertThat(result.value().getPublisher()).contains(PUBLISHER);
    }

    @Test
    void onlyTheRequiredMemberIsWrittenWhenTheOthersAreAbsent() {
        Catalogue bare = Catalogue.builder().id("d").build();
        assertThat(write(CatalogueCodec.INSTANCE, bare)).isEqualTo("{\"formatVersion\":\"1.0\",\"id\":\"d\"}");
        assertThat(read(CatalogueCodec.INSTANCE, "{\"id\":\"d\",\"formatVersion\":\"1.0\"}").value()).isEqualTo(bare);
    }

    @Test
    void membersComeInAnyOrderAmongTheCollections() {
        String json = "{\"publisher\":{\"ky\":\"Кичи\"},\"organisations\":[],"
                + "\"reportingPeriod\":{\"start\":\"2021-12\","
                + "\"end\":\"2022-02\"},\"id\":\"seed-002\",\"grants\":[],\"title\":{\"en\":\"Living in peace\"},"
                + "\"$schema\":\"https://kichi.kg/schema/kichi-document-1.0.json\",\"formatVersion\":\"1.3\"}";
        CodecTesting.Result<Catalogue> result = read(CatalogueCodec.INSTANCE, json);
        assertThat(result.problems()).isEmpty();
        assertThat(result.value()).isEqualTo(FULL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"$schema", "formatVersion", "id", "title", "reportingPeriod", "publisher"})
    void aNullMemberIsReportedAtItsPointerAndNotAlsoAsMissing(String name) {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("formatVersion", "\"1.0\"");
        members.put("id", "\"d\"");
        members.put(name, "null");
        CodecTesting.Result<Catalogue> result = read(CatalogueCodec.INSTANCE, object(members));
        assertThat(result.value()).isNull();
        assertThat(result.problems()).extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/" + name, "kichi.json.null"));
    }

    @Test
    void everyNullMemberIsReportedNotJustTheFirst() {
        String json = "{\"formatVersion\":null,\"id\":null,\"title\":null,\"reportingPeriod\":null,\"publisher\":null}";
        assertThat(read(CatalogueCodec.INSTANCE, json).problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/formatVersion", "kichi.json.null"), tuple("/id", "kichi.json.null"),
                        tuple("/title", "kichi.json.null"), tuple("/reportingPeriod", "kichi.json.null"),
                        tuple("/publisher", "kichi.json.null"));
    }

    @Test
    void missingFormatVersionAndIdAreEachReportedOnce() {
        CodecTesting.Result<Catalogue> result = read(CatalogueCodec.INSTANCE, "{\"title\":{\"en\":\"t\"}}");
        assertThat(result.value()).isNull();
        assertThat(result.problems()).extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/formatVersion", "kichi.required"), tuple("/id", "kichi.required"));
        assertThat(read(CatalogueCodec.INSTANCE, "{\"formatVersion\":\"1.0\"}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/id", "kichi.required"));
    }

    @Test
    void aMemberOfTheWrongTypeIsReportedOnceAndAnUnreadableVersionToo() {
        assertThat(read(CatalogueCodec.INSTANCE, "{\"formatVersion\":\"2.0\",\"id\":5,\"title\":\"t\"}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/formatVersion", "kichi.json.version"), tuple("/id", "kichi.json.type"),
                        tuple("/title", "kichi.json.type"));
    }

    @Test
    void anUnknownMemberIsAProblemWhenStrictAndKeptWhenLenient() {
        String json = "{\"formatVersion\":\"1.0\",\"id\":\"d\",\"language\":\"ky\"}";
        assertThat(read(CatalogueCodec.INSTANCE, json, Mode.STRICT).problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode, p -> p.getArguments().get("name"))
                .containsExactly(tuple("/language", "kichi.json.unknownMember", "language"));
        CodecTesting.Result<Catalogue> lenient = read(CatalogueCodec.INSTANCE, json, Mode.LENIENT);
        assertThat(lenient.problems()).isEmpty();
        assertThat(lenient.value().getExtensions()).containsExactly(Map.entry("language", "\"ky\""));
        assertThat(write(CatalogueCodec.INSTANCE, lenient.value())).isEqualTo(json);
    }

    @Test
    void aMemberAddedToTheTableIsReadAndWrittenWithoutOtherCode() {
        CatalogueCodec before = CatalogueCodec.declaring(WITHOUT_PERIOD);
        CatalogueCodec after = CatalogueCodec.declaring(WITH_PERIOD_LAST);
        String periodLast = "{\"formatVersion\":\"1.0\",\"id\":\"seed-002\",\"title\":{\"en\":\"Living in peace\"},"
                + "\"publisher\":{\"ky\":\"Кичи\"},"
                + "\"reportingPeriod\":{\"start\":\"2021-12\",\"end\":\"2022-02\"}}";

        // without the line, the member is unknown: reported when strict, kept aside when lenient, not written
        assertThat(read(before, FULL_JSON, Mode.STRICT).problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/reportingPeriod", "kichi.json.unknownMember"));
        Catalogue lenient = read(before, FULL_JSON, Mode.LENIENT).value();
        assertThat(lenient.getReportingPeriod()).isEmpty();
        assertThat(lenient.getExtensions()).containsOnlyKeys("reportingPeriod");
        assertThat(write(before, FULL)).isEqualTo("{\"formatVersion\":\"1.0\",\"id\":\"seed-002\","
                + "\"title\":{\"en\":\"Living in peace\"},\"publisher\":{\"ky\":\"Кичи\"}}");

        // with it, the member is read into the catalogue and written in the place it is declared
        CodecTesting.Result<Catalogue> read = read(after, FULL_JSON, Mode.STRICT);
        assertThat(read.problems()).isEmpty();
        assertThat(read.value()).isEqualTo(FULL);
        assertThat(write(after, FULL)).isEqualTo(periodLast);
        assertThat(read(after, "{\"formatVersion\":\"1.0\",\"id\":\"d\",\"reportingPeriod\":null}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/reportingPeriod", "kichi.json.null"));
    }

    @Test
    void aMemberDeclaredRequiredIsReportedMissingAndAlwaysWritten() {
        EnvelopeMembers publisherRequired = EnvelopeMembers.of()
                .required("id", Scalars.STRING, Catalogue::getId, Catalogue.Builder::id)
                .required("publisher", LocalizedTextCodec.INSTANCE, c -> c.getPublisher().orElse(null),
                        Catalogue.Builder::publisher);
        CatalogueCodec codec = CatalogueCodec.declaring(publisherRequired);
        assertThat(read(codec, "{\"formatVersion\":\"1.0\"}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/id", "kichi.required"), tuple("/publisher", "kichi.required"));
        assertThat(write(codec, Catalogue.builder().id("d").build()))
                .isEqualTo("{\"formatVersion\":\"1.0\",\"id\":\"d\",\"publisher\":null}");
    }

    @Test
    void theHeadIsWrittenFromValuesGivenByName() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("publisher", PUBLISHER);
        values.put("id", "d");
        values.put("title", null);
        assertThat(head(values))
                .isEqualTo("{\"formatVersion\":\"1.0\",\"id\":\"d\",\"publisher\":{\"ky\":\"Кичи\"}}");
        assertThat(head(Map.of())).isEqualTo("{\"formatVersion\":\"1.0\",\"id\":null}");
        assertThatThrownBy(() -> head(Map.of("language", "ky"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a member of the envelope: language");
    }

    @Test
    void aTableRefusesNamesThatCannotBeItsMembers() {
        assertThatThrownBy(() -> WITHOUT_PERIOD.optional("title", LocalizedTextCodec.INSTANCE, Catalogue::getTitle,
                Catalogue.Builder::title)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("member declared twice: title");
        assertThatThrownBy(() -> WITHOUT_PERIOD.required("formatVersion", Scalars.STRING, Catalogue::getId,
                Catalogue.Builder::id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a member of the format, not of the catalogue: formatVersion");
        assertThatThrownBy(() -> WITHOUT_PERIOD.required("grants", Scalars.STRING, Catalogue::getId,
                Catalogue.Builder::id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a collection, which is streamed: grants");
    }

    @Test
    void theValueOfAMemberIsAskedByItsDeclaredName() {
        Envelope envelope = new Envelope(kg.kichi.json.internal.codec.Cursor.root(null, "",
                kg.kichi.json.internal.codec.Problems.collecting(10), Mode.STRICT));
        assertThat(envelope.value("title", LocalizedText.class)).isNull();
        assertThatThrownBy(() -> envelope.value("language", String.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not a member of the envelope: language");
    }

    private static String head(Map<String, ?> values) {
        java.io.StringWriter text = new java.io.StringWriter();
        try (tools.jackson.core.JsonGenerator out = kg.kichi.json.KichiJson.mapper().createGenerator(text)) {
            out.writeStartObject();
            Envelope.MEMBERS.writeHead(out, values);
            out.writeEndObject();
        }
        return text.toString();
    }

    private static String object(Map<String, String> members) {
        return members.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
