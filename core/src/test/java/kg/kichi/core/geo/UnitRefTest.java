package kg.kichi.core.geo;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import kg.kichi.core.validation.InvalidModelException;

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

    @ParameterizedTest
    @CsvSource({"KG, iso3166-1", "KG-N, iso3166-2", "KG-GB, iso3166-2", "KZ-AKM, iso3166-2", "FR-75C, iso3166-2"})
    void isoTellsCountryFromSubdivision(String code, String scheme) {
        UnitRef ref = UnitRef.iso(code);
        assertThat(ref.getScheme()).isEqualTo(scheme);
        assertThat(ref.getCode()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"kg-n", "KGZ", "Naryn", "K", "KG-", "KG-NARY", "KG_N", "KG-n", "41704000000000", "KG--N"})
    void isoRefusesWhatIsNotAnIsoCode(String code) {
        assertRejected(() -> UnitRef.iso(code)).containsExactly(violation("code", "kichi.geo.iso"));
    }

    @Test
    void isoSaysWhichValueAndWhatTheFormIs() {
        assertThatThrownBy(() -> UnitRef.iso("Naryn")).isInstanceOfSatisfying(InvalidModelException.class,
                e -> assertThat(e.getViolations()).singleElement().satisfies(v -> {
                    assertThat(v.getMessage(Locale.ENGLISH)).isEqualTo("'Naryn' is not an ISO 3166-2 code (two capital "
                            + "letters, a hyphen, one to three capital letters or digits, such as KG-N) nor an ISO 3166-1 "
                            + "alpha-2 country code (such as KG)");
                    assertThat(v.getMessage(Locale.forLanguageTag("ru"))).startsWith("«Naryn» — не код ISO 3166-2");
                    assertThat(v.getMessage(Locale.forLanguageTag("ky"))).startsWith("«Naryn» ISO 3166-2 коду эмес");
                }));
        assertThatNullPointerException().isThrownBy(() -> UnitRef.iso(null)).withMessageContaining("code");
    }
}
