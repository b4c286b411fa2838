package kg.kichi.core.geo;

import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitRefTest {
    @ParameterizedTest
    @CsvSource({"soate:41704000000000, soate, 41704000000000", "iso3166-2:KG-N, iso3166-2, KG-N",
        "iso3166-1:KG, iso3166-1, KG", "kichi:naryn-town, kichi, naryn-town", "osm:r1234, osm, r1234",
        // near the common schemes, which parsing matches in place
        "soat:1, soat, 1", "soatex:1, soatex, 1", "iso3166-3:KG, iso3166-3, KG", "iso3166:KG, iso3166, KG",
        "kichix:a, kichix, a", "kich:a, kich, a", "soate:kichi, soate, kichi"})
    void parsesAtTheFirstColon(String text, String scheme, String code) {
        UnitRef ref = UnitRef.parse(text);
        assertThat(ref.getScheme()).isEqualTo(scheme);
        assertThat(ref.getCode()).isEqualTo(code);
        assertThat(ref.toString()).isEqualTo(text);
        assertThat(ref).isEqualTo(UnitRef.of(scheme, code)).hasSameHashCodeAs(UnitRef.of(scheme, code));
    }

    @Test
    void parsingSharesTheCommonSchemeConstants() {
        assertThat(UnitRef.parse("soate:1").getScheme()).isSameAs(UnitRef.SOATE);
        assertThat(UnitRef.parse("iso3166-2:KG-N").getScheme()).isSameAs(UnitRef.ISO_3166_2);
        assertThat(UnitRef.parse("iso3166-1:KG").getScheme()).isSameAs(UnitRef.ISO_3166_1);
        assertThat(UnitRef.parse("kichi:a").getScheme()).isSameAs(UnitRef.KICHI);
    }

    @Test
    void reportsEachMalformedPart() {
        assertRejected(() -> UnitRef.parse("soate:")).containsExactly(violation("code", "kichi.token"));
        assertRejected(() -> UnitRef.parse(":1")).containsExactly(violation("scheme", "kichi.token"));
        assertRejected(() -> UnitRef.parse("Soate:1")).containsExactly(violation("scheme", "kichi.token"));
        assertRejected(() -> UnitRef.parse("KG-N")).containsExactly(violation("", "kichi.unit.format"));
    }
}
