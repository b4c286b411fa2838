package kg.kichi.json.giving360;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class BeneficiaryLocationsTest {
    private static final UnitRef NARYN_DISTRICT = UnitRef.soate("41704215000000");
    private static final UnitRef AT_BASHY_DISTRICT = UnitRef.soate("41704220000000");
    private static final UnitRef AK_BULUN_VILLAGE = UnitRef.soate("41702205805010");
    private static final BeneficiaryLocations DIRECT = new BeneficiaryLocations(Giving360Exporter::isoCodeGivenDirectly);

    @Test
    void nationwideIsOneLocationWithTheCountryCode() {
        RegionalCoverage coverage = RegionalCoverage.nationwide("KG");

        JsonNode locations = DIRECT.locations(coverage);

        assertThat(locations).hasSize(1);
        assertThat(locations.at("/0/countryCode").asString()).isEqualTo("KG");
        assertThat(DIRECT.scope(coverage)).contains(LocationScope.NATIONAL);
    }

    @Test
    void isoUnitsMapDirectlyAndSoateUnitsThroughTheResolver() {
        RegionalCoverage coverage = RegionalCoverage.of(UnitRef.iso("KG-Y"), NARYN_DISTRICT);
        BeneficiaryLocations gazetteer = new BeneficiaryLocations(unit -> Giving360Exporter.isoCodeGivenDirectly(unit)
                .or(() -> Optional.ofNullable(Map.of(NARYN_DISTRICT, "KG-N").get(unit))));

        JsonNode direct = DIRECT.locations(coverage);
        JsonNode resolved = gazetteer.locations(coverage);

        assertThat(direct.at("/0/id").asString()).isEqualTo("iso3166-2:KG-Y");
        assertThat(direct.at("/0/geoCode").asString()).isEqualTo("KG-Y");
        assertThat(direct.at("/0/countryCode").asString()).isEqualTo("KG");
        assertThat(direct.at("/1/id").asString()).isEqualTo("soate:41704215000000");
        assertThat(direct.at("/1/geoCode").isMissingNode()).isTrue();
        assertThat(direct.at("/1/countryCode").asString()).isEqualTo("KG");
        assertThat(resolved.at("/1/geoCode").asString()).isEqualTo("KG-N");
        assertThat(resolved.at("/1/countryCode").asString()).isEqualTo("KG");
    }

    @Test
    void aGazetteerGivesTheOblastCodeTheNameAndTheLevel() {
        Gazetteer kyrgyzstan = Gazetteers.kyrgyzstan();
        BeneficiaryLocations withGazetteer = new BeneficiaryLocations(
                unit -> Giving360Exporter.isoCodeIn(kyrgyzstan, unit), kyrgyzstan, List.of("en", "ru"));
        RegionalCoverage coverage = RegionalCoverage.of(AT_BASHY_DISTRICT, AK_BULUN_VILLAGE);

        JsonNode locations = withGazetteer.locations(coverage);

        assertThat(locations.at("/0/geoCode").asString()).isEqualTo("KG-N");
        assertThat(locations.at("/0/name").asString()).isEqualTo("At-Bashy District");
        assertThat(locations.at("/1/geoCode").asString()).isEqualTo("KG-Y");
        assertThat(locations.at("/1/name").asString()).isEqualTo("Ак-Булун");
        assertThat(locations.at("/1/countryCode").asString()).isEqualTo("KG");
        assertThat(withGazetteer.scope(coverage)).contains(LocationScope.LOCAL_AUTHORITY);
        assertThat(withGazetteer.scope(RegionalCoverage.of(AK_BULUN_VILLAGE))).contains(LocationScope.LOCAL_AREA);
        assertThat(withGazetteer.scope(RegionalCoverage.of(UnitRef.soate("41711000000000"))))
                .contains(LocationScope.SUBNATIONAL_REGION);
    }

    @Test
    void isoCodesByGazetteerClimbToTheFirstLevel() {
        Gazetteer kyrgyzstan = Gazetteers.kyrgyzstan();

        assertThat(Giving360Exporter.isoCodeIn(kyrgyzstan, AK_BULUN_VILLAGE)).contains("KG-Y");
        assertThat(Giving360Exporter.isoCodeIn(kyrgyzstan, UnitRef.soate("41711000000000"))).contains("KG-GB");
        assertThat(Giving360Exporter.isoCodeIn(kyrgyzstan, UnitRef.iso("KG-T"))).contains("KG-T");
        assertThat(Giving360Exporter.isoCodeIn(kyrgyzstan, UnitRef.soate("41799999999999"))).isEmpty();
        assertThat(Giving360Exporter.isoCodeIn(kyrgyzstan, UnitRef.iso("KG"))).isEmpty();
    }

    @Test
    void notStatedHasNoLocationAndNoScope() {
        assertThat(DIRECT.locations(RegionalCoverage.notStated())).isEmpty();
        assertThat(DIRECT.scope(RegionalCoverage.notStated())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "iso3166-2:KG-N, GLS040",
        "soate:41704000000000, GLS040",
        "soate:41711000000000, GLS040",
        "soate:41704215000000, GLS050",
        "soate:41704215000000|iso3166-2:KG-T, GLS040",
        "soate:41704210000000, GLS050",
        "soate:41705214812000, GLS060",
        "soate:41705214812000|soate:41704210000000, GLS050",
        "soate:41705214812000|soate:41702205805010, GLS060",
        "kichi:naryn-town, ''",
        "soate:417, ''"})
    void scopeIsTheBroadestUnitLevel(String units, String expected) {
        RegionalCoverage coverage = RegionalCoverage.of(java.util.Arrays.stream(units.split("\\|"))
                .map(UnitRef::parse).toList());

        Optional<String> scope = DIRECT.scope(coverage).map(LocationScope::code);

        assertThat(scope.orElse("")).isEqualTo(expected);
        scope.ifPresent(code -> assertThat(Giving360Schema.codelist("locationScope.csv")).contains(code));
    }
}
