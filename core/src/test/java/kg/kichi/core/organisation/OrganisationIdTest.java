package kg.kichi.core.organisation;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import kg.kichi.core.validation.InvalidModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationIdTest {
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("[A-Z]{2}-[A-Z0-9]{2,12}");
    private static final java.util.regex.Pattern VALUE =
            java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /** The hand-written checks say exactly what the documented regular expressions say, on random strings. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5})
    void schemeAndValueChecksAgreeWithTheirRegularExpressions(long seed) {
        java.util.Random random = new java.util.Random(seed);
        String alphabet = "AZaz09-._/ ЖÉ";
        int schemes = 0;
        int values = 0;
        for (int i = 0; i < 5_000; i++) {
            int length = random.nextInt(10) == 0 ? 95 + random.nextInt(10) : random.nextInt(17);
            StringBuilder s = new StringBuilder();
            for (int j = 0; j < length; j++) {
                s.append(alphabet.charAt(random.nextInt(random.nextInt(3) == 0 ? alphabet.length() : 7)));
            }
            if (random.nextInt(3) == 0 && s.length() > 2) {
                s.setCharAt(2, '-');
            }
            if (random.nextInt(3) == 0) {
                s.setLength(0);
                s.append("KG-");
                for (int j = 1 + random.nextInt(13); j > 0; j--) {
                    s.append("AZ09".charAt(random.nextInt(4)));
                }
            }
            String text = s.toString();
            schemes += SCHEME.matcher(text).matches() ? 1 : 0;
            values += VALUE.matcher(text).matches() ? 1 : 0;
            assertThat(OrganisationId.isScheme(text)).as("scheme '%s'", text).isEqualTo(SCHEME.matcher(text).matches());
            assertThat(OrganisationId.isValue(text)).as("value '%s'", text).isEqualTo(VALUE.matcher(text).matches());
        }
        assertThat(schemes).as("valid schemes tried").isBetween(100, 4_900);
        assertThat(values).as("valid values tried").isBetween(100, 4_900);
    }

    @Test
    void equalIdsHaveEqualHashesWhateverTheirSchemeInstance() {
        OrganisationId a = OrganisationId.of(new String("KG-INN"), "123");
        OrganisationId b = OrganisationId.parse("KG-INN-123");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.getScheme()).isSameAs(OrganisationId.KG_INN);
        assertThat(OrganisationId.of("XX-ABC", "1")).isNotEqualTo(OrganisationId.of("XX-ABD", "1"));
    }

    @ParameterizedTest
    @CsvSource({"KG-INN-02404199910074, KG-INN, 02404199910074", "KG-OKPO-20045678, KG-OKPO, 20045678",
        "XI-KICHI-naryn-edc, XI-KICHI, naryn-edc", "GB-CHC-1-2-3, GB-CHC, 1-2-3",
        // near the common schemes, which parsing matches in place
        "KG-INNX-1, KG-INNX, 1", "KG-IN-1, KG-IN, 1", "KG-OKPA-1, KG-OKPA, 1", "KG-INN1-2, KG-INN1, 2",
        "XI-KICHIX-a, XI-KICHIX, a", "XI-KICH-a, XI-KICH, a", "KG-OKPO-KG-INN-1, KG-OKPO, KG-INN-1"})
    void parsesAtTheSecondHyphen(String text, String scheme, String value) {
        OrganisationId id = OrganisationId.parse(text);
        assertThat(id.getScheme()).isEqualTo(scheme);
        assertThat(id.getValue()).isEqualTo(value);
        assertThat(id.toString()).isEqualTo(text);
        assertThat(id).isEqualTo(OrganisationId.of(scheme, value));
    }

    @Test
    void localIdentifiersUseKichisOwnScheme() {
        OrganisationId id = OrganisationId.local("naryn-edc");
        assertThat(id.getScheme()).isEqualTo(OrganisationId.LOCAL_SCHEME);
        assertThat(id.isLocal()).isTrue();
        assertThat(id.toString()).isEqualTo("XI-KICHI-naryn-edc");
        assertThat(OrganisationId.parse("XI-KICHI-naryn-edc").isLocal()).isTrue();
        assertThat(OrganisationId.of(OrganisationId.KG_INN, "1").isLocal()).isFalse();
    }

    @Test
    void reportsEachMalformedPart() {
        assertRejected(() -> OrganisationId.parse("KGINN")).containsExactly(violation("", "kichi.organisation.form"));
        assertRejected(() -> OrganisationId.parse("KG-INN")).containsExactly(violation("", "kichi.organisation.form"));
        assertRejected(() -> OrganisationId.parse("kg-inn-1")).containsExactly(
                violation("scheme", "kichi.organisation.scheme"));
        assertRejected(() -> OrganisationId.of("KG-INN", "-1")).containsExactly(violation("value", "kichi.id"));
        assertRejected(() -> OrganisationId.of("KG-INN", "")).containsExactly(violation("value", "kichi.id"));
        assertRejected(() -> OrganisationId.parse("KG-INN-")).containsExactly(violation("value", "kichi.id"));
        assertRejected(() -> OrganisationId.local("naryn edc")).containsExactly(violation("value", "kichi.id"));
        assertThatNullPointerException().isThrownBy(() -> OrganisationId.of(null, "x")).withMessageContaining("scheme");
        assertThatNullPointerException().isThrownBy(() -> OrganisationId.of("XI-KICHI", null))
                .withMessageContaining("value");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | 'tynchtyk' is not an organisation identifier: write SCHEME-value, such as KG-INN-02404199910074, or XI-KICHI-tynchtyk for an organisation without a registry number",
        "ru | «tynchtyk» — не идентификатор организации: пишите СХЕМА-значение, например KG-INN-02404199910074, или XI-KICHI-tynchtyk для организации без регистрационного номера",
        "ky | «tynchtyk» уюмдун идентификатору эмес: СХЕМА-маани түрүндө жазыңыз, мисалы KG-INN-02404199910074, же каттоо номери жок уюм үчүн XI-KICHI-tynchtyk"})
    void aTextWithoutSchemeIsOneProblemThatSaysTheForm(String language, String expected) {
        assertThatThrownBy(() -> OrganisationId.parse("tynchtyk"))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> {
                    assertThat(e.getViolations()).singleElement().satisfies(v -> {
                        assertThat(v.getCode()).isEqualTo("kichi.organisation.form");
                        assertThat(v.getMessage(Locale.forLanguageTag(language))).isEqualTo(expected);
                    });
                    assertThat(e.getMessage()).doesNotContain("null");
                });
        assertRejected(() -> OrganisationId.parse("KG-tynchtyk")).containsExactly(
                violation("", "kichi.organisation.form"));
    }

    @Test
    void ordersAndComparesByText() {
        List<OrganisationId> ids = new ArrayList<>(List.of(OrganisationId.local("b"), OrganisationId.parse("KG-INN-2"),
                OrganisationId.local("a")));
        Collections.sort(ids);
        assertThat(ids).extracting(OrganisationId::toString).containsExactly("KG-INN-2", "XI-KICHI-a", "XI-KICHI-b");
        assertThat(OrganisationId.parse("KG-INN-2")).hasSameHashCodeAs(OrganisationId.of("KG-INN", "2"))
                .isNotEqualTo(OrganisationId.of("KG-OKPO", "2"));
    }
}
