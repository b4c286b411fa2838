package kg.kichi.json.internal.value;

import static kg.kichi.json.internal.codec.CodecTesting.read;
import static kg.kichi.json.internal.codec.CodecTesting.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import kg.kichi.core.classification.Classification;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.json.DocumentProblem;
import org.junit.jupiter.api.Test;

class IdentifierCodecsTest {
    @Test
    void organisationIdIsOneString() {
        OrganisationId id = OrganisationId.of("KG-INN", "02404199910074");
        assertThat(write(OrganisationIdCodec.INSTANCE, id)).isEqualTo("\"KG-INN-02404199910074\"");
        assertThat(read(OrganisationIdCodec.INSTANCE, "\"KG-INN-02404199910074\"").value()).isEqualTo(id);
        assertThat(read(OrganisationIdCodec.INSTANCE, "\"kg-inn-1\"").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("", "kichi.organisation.scheme"));
    }

    @Test
    void unitRefIsSchemeColonCode() {
        assertThat(write(UnitRefCodec.INSTANCE, UnitRef.soate("41704215000000"))).isEqualTo("\"soate:41704215000000\"");
        assertThat(read(UnitRefCodec.INSTANCE, "\"iso3166-2:KG-N\"").value()).isEqualTo(UnitRef.iso("KG-N"));
        assertThat(read(UnitRefCodec.INSTANCE, "\"KG-N\"").problems()).extracting(DocumentProblem::getCode)
                .containsExactly("kichi.unit.format");
    }

    @Test
    void classificationHasOptionalLabel() {
        Classification c = Classification.of("oecd-dac-crs", "15150", LocalizedText.of("en", "Civil society"));
        String json = write(ClassificationCodec.INSTANCE, c);
        assertThat(json).isEqualTo(
                "{\"vocabulary\":\"oecd-dac-crs\",\"code\":\"15150\",\"label\":{\"en\":\"Civil society\"}}");
        assertThat(read(ClassificationCodec.INSTANCE, json).value().getLabel()).isEqualTo(c.getLabel());
        assertThat(read(ClassificationCodec.INSTANCE, "{\"vocabulary\":\"a b\"}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/code", "kichi.required"), tuple("/vocabulary", "kichi.token"));
    }
}
