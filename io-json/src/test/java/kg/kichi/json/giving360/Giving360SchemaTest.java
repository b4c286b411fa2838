package kg.kichi.json.giving360;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The local copy of the 360Giving schema is loaded and does reject what it should, so passing means something. */
class Giving360SchemaTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void acceptsAMinimalGrantAndRejectsOneWithoutAwardDate() {
        String grant = "{\"id\": \"360G-x-1\", \"title\": \"t\", \"description\": \"d\", \"currency\": \"KGS\","
                + " \"amountAwarded\": 10, %s \"recipientOrganization\": [{\"id\": \"KG-INN-1\", \"name\": \"r\"}],"
                + " \"fundingOrganization\": [{\"id\": \"KG-INN-2\", \"name\": \"f\"}]}";
        String valid = "{\"grants\": [" + String.format(grant, "\"awardDate\": \"2021-04-01\",") + "]}";
        String invalid = "{\"grants\": [" + String.format(grant, "") + "]}";

        assertThat(Giving360Schema.validate(JSON.readTree(valid))).isEmpty();
        assertThat(Giving360Schema.validate(JSON.readTree(invalid))).isNotEmpty();
    }

    @Test
    void checksPlannedDatesAndCurrencies() {
        String grant = "{\"id\": \"360G-x-1\", \"title\": \"t\", \"description\": \"d\", \"currency\": \"%s\","
                + " \"amountAwarded\": 10, \"awardDate\": \"2021-04-01\", \"plannedDates\": [{\"startDate\": \"%s\"}],"
                + " \"recipientOrganization\": [{\"id\": \"KG-INN-1\", \"name\": \"r\"}],"
                + " \"fundingOrganization\": [{\"id\": \"KG-INN-2\", \"name\": \"f\"}]}";

        assertThat(Giving360Schema.validate(JSON.readTree("{\"grants\": [" + String.format(grant, "KGS", "2021") + "]}")))
                .isEmpty();
        assertThat(Giving360Schema.validate(JSON.readTree("{\"grants\": [" + String.format(grant, "KGS", "2021-4") + "]}")))
                .isNotEmpty();
        assertThat(Giving360Schema.validate(JSON.readTree("{\"grants\": [" + String.format(grant, "XYZ", "2021") + "]}")))
                .isNotEmpty();
    }

    @Test
    void readsTheCodelists() {
        assertThat(Giving360Schema.codelist("regrantType.csv")).contains("FRG010").hasSize(7);
        assertThat(Giving360Schema.codelist("locationScope.csv")).contains("GLS030", "GLS040", "GLS099").hasSize(7);
    }
}
