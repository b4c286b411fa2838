package kg.kichi.core.geo.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.UnitLevel;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import org.junit.jupiter.api.Test;

/**
 * Every district of an oblast, written as an address with its oblast from the gazetteer's own official names
 * (Russian "Нарынская область, Кочкорский район", Kyrgyz "Нарын облусу, Кочкор району", English "Naryn
 * Region, Kochkor District"), in both orders, resolves to that district. The expected unit is the unit whose
 * names were written, not anything the resolver computes.
 */
class GazetteerAddressesTest {
    private static final Gazetteer KG = Gazetteers.kyrgyzstan();

    @Test
    void everyDistrictWrittenWithItsOblastInEitherOrderResolvesToIt() {
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (AdministrativeUnit district : KG.getUnitsAt(UnitLevel.DISTRICT)) {
            AdministrativeUnit oblast = KG.getParent(district.getRef()).orElseThrow();
            for (String language : List.of("ru", "ky", "en")) {
                String o = oblast.getName(language).orElse(null);
                String d = district.getName(language).orElse(null);
                if (o == null || d == null) {
                    continue;
                }
                for (String address : List.of(o + ", " + d, d + ", " + o)) {
                    tried++;
                    Resolution r = KG.resolve(address);
                    if (!r.getUnit().equals(java.util.Optional.of(district)) || r.hasUnplacedParts()
                            || !r.getChain().equals(List.of(oblast, district))) {
                        failures.add(r.toString());
                    }
                }
            }
        }
        assertThat(tried).as("addresses tried").isGreaterThan(200);
        assertThat(failures).isEmpty();
    }

    /**
     * Every aiyl aimak, written with its district and oblast in Russian (the only language the data names all
     * aiyl aimaks in), largest first and smallest first, resolves to that aiyl aimak with the full chain.
     */
    @Test
    void everyAiylAimakWrittenWithItsDistrictAndOblastResolvesToIt() {
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (AdministrativeUnit aimak : KG.getUnitsAt(UnitLevel.AIYL_AIMAK)) {
            AdministrativeUnit district = KG.getParent(aimak.getRef()).orElseThrow();
            AdministrativeUnit oblast = KG.getParent(district.getRef()).orElseThrow();
            String a = aimak.getName("ru").orElseThrow();
            String d = district.getName("ru").orElseThrow();
            String o = oblast.getName("ru").orElseThrow();
            for (String address : List.of(o + ", " + d + ", " + a, a + ", " + d + ", " + o)) {
                tried++;
                Resolution r = KG.resolve(address);
                if (!r.getUnit().equals(java.util.Optional.of(aimak)) || r.hasUnplacedParts()
                        || !r.getChain().equals(List.of(oblast, district, aimak))) {
                    failures.add(r.toString());
                }
            }
        }
        assertThat(tried).as("addresses tried").isGreaterThan(800);
        assertThat(failures).isEmpty();
    }
}
