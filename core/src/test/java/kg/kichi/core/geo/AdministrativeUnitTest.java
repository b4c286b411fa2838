package kg.kichi.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import kg.kichi.core.geo.resolve.ResolutionStatus;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Messages;
import kg.kichi.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Units, names, levels, a hand-made gazetteer for another country, and the geo messages. */
class AdministrativeUnitTest {
    // a real ISO 3166-1 code: a nationwide coverage needs an assigned one (XL, ZZ are none)
    private static final UnitRef LAND = UnitRef.iso("TV");
    private static final UnitRef NORTH = UnitRef.iso("TV-N");

    private static List<String> codes(Runnable r) {
        try {
            r.run();
        } catch (InvalidModelException e) {
            return e.getViolations().stream().map(Violation::getCode).toList();
        }
        throw new AssertionError("no violation");
    }

    private static AdministrativeUnit country() {
        return AdministrativeUnit.builder(LAND, UnitLevel.COUNTRY).name(UnitName.name("Xland", "en")).build();
    }

    private static AdministrativeUnit north() {
        return AdministrativeUnit.builder(NORTH, UnitLevel.REGION).code(UnitRef.of(UnitRef.KICHI, "xl-north"))
                .parent(LAND).name(UnitName.name("North Province", "en")).name(UnitName.alias("Nordia"))
                .name(UnitName.of("Old North", "en", UnitName.Kind.ALIAS, DatePeriod.parse("../1990-12-31")))
                .validity(DatePeriod.parse("1950/..")).source("test", "").description("province", "").build();
    }

    @Test
    void buildsUnits() {
        AdministrativeUnit n = north();
        assertThat(n.getRef()).isEqualTo(NORTH);
        assertThat(n.getCode(UnitRef.KICHI)).contains(UnitRef.of("kichi", "xl-north"));
        assertThat(n.getName("en")).contains("North Province");
        assertThat(n.getName("ky")).isEmpty();
        assertThat(n.getDisplayName()).isEqualTo("North Province");
        assertThat(n.existsOn(LocalDate.of(1940, 1, 1))).isFalse();
        assertThat(n.existsOn(LocalDate.of(2000, 1, 1))).isTrue();
        assertThat(n.isKnowledgeSourced()).isFalse();
        assertThat(n).isEqualTo(north()).hasSameHashCodeAs(north());
    }

    @Test
    void rejectsBadUnitsWithTypedViolations() {
        assertThat(codes(() -> AdministrativeUnit.builder(null, null).build()))
                .contains("kichi.required", "kichi.geo.unitNames");
        assertThat(codes(() -> AdministrativeUnit.builder(NORTH, UnitLevel.REGION).name(UnitName.alias("x")).build()))
                .containsExactly("kichi.geo.parentMissing");
        assertThat(codes(() -> AdministrativeUnit.builder(NORTH, UnitLevel.REGION).code(NORTH).parent(LAND)
                .name(UnitName.alias("x")).build())).containsExactly("kichi.geo.codeRepeated");
        assertThat(codes(() -> UnitName.of(" ", "english", UnitName.Kind.NAME, null)))
                .containsExactlyInAnyOrder("kichi.blank", "kichi.text.language");
        assertThat(codes(() -> UnitLevel.parse("province"))).containsExactly("kichi.geo.level");
        assertThat(UnitLevel.parse("aiyl_aimak")).isEqualTo(UnitLevel.AIYL_AIMAK);
    }

    @Test
    void anotherCountryPlugsIn() {
        Gazetteer xl = Gazetteers.of(List.of(country(), north()));
        assertThat(xl.getCountry().getRef()).isEqualTo(LAND);
        assertThat(xl.get(UnitRef.of("kichi", "xl-north"))).isEqualTo(north());
        assertThat(xl.resolve("Nordia").getUnit()).map(AdministrativeUnit::getRef).contains(NORTH);
        assertThat(xl.resolve("Old North", null, LocalDate.of(2020, 1, 1)).getStatus())
                .isEqualTo(ResolutionStatus.UNKNOWN);
        assertThat(xl.resolve("Old North", null, LocalDate.of(1980, 1, 1)).isResolved()).isTrue();
        assertThat(CoverageOperations.over(xl).covers(RegionalCoverage.nationwide("TV"), NORTH)).isTrue();
    }

    @Test
    void readsAnotherCountryFromCsv() {
        String csv = "level,code_iso,code_kichi,parent,name_en,aliases,dated_names,validity,source\n"
                + "country,TV,,,Xland,,,,test\n"
                + "region,TV-N,,iso3166-1:TV,North,\"Nord|Borealis\",Borealis@../1990,,test\n"
                + "village,,xl-v1,iso3166-2:TV-N,Merged Village,,,../2024-06-30,test\n";
        Gazetteer xl = Gazetteers.readCsv(new java.io.ByteArrayInputStream(csv.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(xl.getUnits()).hasSize(3);
        assertThat(xl.resolve("Nord region").getUnit()).map(AdministrativeUnit::getRef).contains(NORTH);
        assertThat(xl.resolve("Borealis", null, LocalDate.of(2000, 1, 1)).getStatus()).isEqualTo(ResolutionStatus.UNKNOWN);
        assertThat(xl.resolve("Borealis", null, LocalDate.of(1980, 1, 1)).getUnit()).map(AdministrativeUnit::getRef)
                .contains(NORTH);
        UnitRef village = UnitRef.of("kichi", "xl-v1");
        assertThat(xl.resolve("Merged Village", null, LocalDate.of(2023, 1, 1)).getUnit())
                .map(AdministrativeUnit::getRef).contains(village);
        assertThat(xl.resolve("Merged Village", null, LocalDate.of(2025, 1, 1)).getStatus())
                .isEqualTo(ResolutionStatus.UNKNOWN);
        assertThat(xl.isWithin(village, LAND)).isTrue();
    }

    @Test
    void rejectsBadGazetteers() {
        assertThat(codes(() -> Gazetteers.of(List.of(north())))).contains("kichi.geo.countryMissing",
                "kichi.geo.unknownUnit");
        assertThat(codes(() -> Gazetteers.of(List.of(country(), country())))).contains("kichi.geo.countryRepeated",
                "kichi.geo.codeRepeated");
        UnitRef a = UnitRef.iso("XL-A");
        UnitRef b = UnitRef.iso("XL-B");
        AdministrativeUnit ua = AdministrativeUnit.builder(a, UnitLevel.DISTRICT).parent(b).name(UnitName.alias("A")).build();
        AdministrativeUnit ub = AdministrativeUnit.builder(b, UnitLevel.DISTRICT).parent(a).name(UnitName.alias("B")).build();
        assertThat(codes(() -> Gazetteers.of(List.of(country(), ua, ub)))).contains("kichi.geo.cycle");
    }

    @Test
    void everyGeoMessageIsTranslated() {
        for (String code : List.of("kichi.geo.level", "kichi.geo.unitNames", "kichi.geo.codeRepeated",
                "kichi.geo.parentMissing", "kichi.geo.countryRepeated", "kichi.geo.countryMissing",
                "kichi.geo.unknownUnit", "kichi.geo.cycle", "kichi.geo.countryMismatch")) {
            assertThat(Messages.has(code, "en")).as(code).isTrue();
            assertThat(Messages.has(code, "ru")).as(code).isTrue();
            assertThat(Messages.has(code, "ky")).as(code).isTrue();
            assertThat(Messages.format(code, java.util.Map.of("value", "X"), Locale.forLanguageTag("ru")))
                    .doesNotContain("{value}");
        }
    }
}
