package kg.kichi.core.organisation;

import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationIdTest {
    @ParameterizedTest
    @CsvSource({"KG-INN-02404199910074, KG-INN, 02404199910074", "KG-OKPO-20045678, KG-OKPO, 20045678",
        "XI-KICHI-naryn-edc, XI-KICHI, naryn-edc", "GB-CHC-1-2-3, GB-CHC, 1-2-3"})
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
        assertRejected(() -> OrganisationId.parse("KGINN")).containsExactly(
                violation("scheme", "kichi.organisation.scheme"), violation("value", "kichi.id"));
        assertRejected(() -> OrganisationId.parse("KG-INN")).containsExactly(violation("value", "kichi.id"));
        assertRejected(() -> OrganisationId.parse("kg-inn-1")).containsExactly(
                violation("scheme", "kichi.organisation.scheme"));
        assertRejected(() -> OrganisationId.of("KG-INN", "-1")).containsExactly(violation("value", "kichi.id"));
        assertRejected(() -> OrganisationId.of("KG-INN", "")).containsExactly(violation("value", "kichi.id"));
        assertRejected(() -> OrganisationId.parse("KG-INN-")).containsExactly(violation("value", "kichi.id"));
        assertRejected(() -> OrganisationId.local("naryn edc")).containsExactly(violation("value", "kichi.id"));
        assertRejected(() -> OrganisationId.of(null, null)).hasSize(2);
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
