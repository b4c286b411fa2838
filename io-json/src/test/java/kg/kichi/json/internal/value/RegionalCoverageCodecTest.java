package kg.kichi.json.internal.value;

import static kg.kichi.json.internal.codec.CodecTesting.read;
import static kg.kichi.json.internal.codec.CodecTesting.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitLevel;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.json.DocumentProblem;
import org.junit.jupiter.api.Test;

class RegionalCoverageCodecTest {
    @Test
    void everyKindRoundTrips() {
        Map<UnitRef, BigDecimal> shares = new LinkedHashMap<>();
        shares.put(UnitRef.iso("KG-N"), new BigDecimal("60.5"));
        shares.put(UnitRef.iso("KG-T"), new BigDecimal("39.50"));
        for (RegionalCoverage c : new RegionalCoverage[] {RegionalCoverage.notStated(),
            RegionalCoverage.nationwide("KG"), RegionalCoverage.of(UnitRef.iso("KG-N")),
            RegionalCoverage.withShares(shares)}) {
            assertThat(read(RegionalCoverageCodec.INSTANCE, write(RegionalCoverageCodec.INSTANCE, c)).value())
                    .isEqualTo(c);
        }
        assertThat(write(RegionalCoverageCodec.INSTANCE, RegionalCoverage.withShares(shares))).isEqualTo(
                "{\"kind\":\"units\",\"units\":[{\"unit\":\"iso3166-2:KG-N\",\"percent\":60.5},"
                        + "{\"unit\":\"iso3166-2:KG-T\",\"percent\":39.50}]}");
        assertThat(write(RegionalCoverageCodec.INSTANCE, RegionalCoverage.notStated()))
                .isEqualTo("{\"kind\":\"not-stated\"}");
    }

    @Test
    void everyOblastIsItsOwnKind() {
        RegionalCoverage oblasts = RegionalCoverage.allOf("KG", UnitLevel.REGION);
        assertThat(write(RegionalCoverageCodec.INSTANCE, oblasts))
                .isEqualTo("{\"kind\":\"all-of-level\",\"country\":\"KG\",\"level\":\"region\"}");
        assertThat(read(RegionalCoverageCodec.INSTANCE, write(RegionalCoverageCodec.INSTANCE, oblasts)).value())
                .isEqualTo(oblasts).isNotEqualTo(RegionalCoverage.nationwide("KG"));
        assertThat(read(RegionalCoverageCodec.INSTANCE, "{\"kind\":\"all-of-level\",\"country\":\"KG\"}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/level", "kichi.required"));
        assertThat(read(RegionalCoverageCodec.INSTANCE,
                "{\"kind\":\"all-of-level\",\"country\":\"KG\",\"level\":\"country\"}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/level", "kichi.coverage.level"));
        assertThat(read(RegionalCoverageCodec.INSTANCE, "{\"kind\":\"nationwide\",\"country\":\"KG\","
                + "\"level\":\"region\"}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/level", "kichi.json.unknownMember"));
    }

    @Test
    void problemsPointIntoUnits() {
        assertThat(read(RegionalCoverageCodec.INSTANCE,
                "{\"kind\":\"units\",\"units\":[{\"unit\":\"iso3166-2:KG-N\",\"percent\":150}]}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .contains(tuple("/units/0/percent", "kichi.coverage.share"));
        assertThat(read(RegionalCoverageCodec.INSTANCE, "{\"kind\":\"units\"}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/units", "kichi.required"));
        assertThat(read(RegionalCoverageCodec.INSTANCE, "{\"kind\":\"nationwide\",\"country\":\"kg\"}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/country", "kichi.coverage.country"));
        assertThat(read(RegionalCoverageCodec.INSTANCE, "{\"kind\":\"not-stated\",\"country\":\"KG\"}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/country", "kichi.json.unknownMember"));
    }
}
