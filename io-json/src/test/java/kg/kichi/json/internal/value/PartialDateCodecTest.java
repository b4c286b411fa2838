package kg.kichi.json.internal.value;

import static kg.kichi.json.internal.codec.CodecTesting.read;
import static kg.kichi.json.internal.codec.CodecTesting.write;
import static org.assertj.core.api.Assertions.assertThat;

import kg.kichi.core.time.DatePrecision;
import kg.kichi.core.time.PartialDate;
import kg.kichi.json.DocumentProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateCodecTest {
    @ParameterizedTest
    @ValueSource(strings = {"2019", "2021-02", "2018-03-03"})
    void roundTripsAtItsPrecision(String iso) {
        PartialDate date = read(PartialDateCodec.INSTANCE, "\"" + iso + "\"").value();
        assertThat(date.getPrecision()).isEqualTo(DatePrecision.values()[(iso.length() - 4) / 3]);
        assertThat(write(PartialDateCodec.INSTANCE, date)).isEqualTo("\"" + iso + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2019-2\"", "\"2021-02-29\"", "\"19\"", "\"2021-02-03T00:00\"", "\"\""})
    void rejectsWhatIsNotAnIsoDate(String json) {
        assertThat(read(PartialDateCodec.INSTANCE, json).problems()).extracting(DocumentProblem::getCode,
                DocumentProblem::getPointer).containsExactly(org.assertj.core.groups.Tuple.tuple("kichi.date.format", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019", "{}", "null", "[\"2019\"]"})
    void rejectsOtherTypes(String json) {
        assertThat(read(PartialDateCodec.INSTANCE, json).problems()).extracting(DocumentProblem::getCode)
                .containsExactly("kichi.json.type");
    }
}
