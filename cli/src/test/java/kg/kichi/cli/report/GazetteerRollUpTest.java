package kg.kichi.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import org.junit.jupiter.api.Test;

class GazetteerRollUpTest {
    private final GazetteerRollUp rollUp = new GazetteerRollUp(Gazetteers.kyrgyzstan());

    @Test
    void aFirstLevelUnitIsItsOwnRegion() {
        assertThat(rollUp.firstLevelUnitOf(UnitRef.iso("KG-N"))).contains(new Region("KG-N", "Naryn Region"));
        assertThat(rollUp.firstLevelUnitOf(UnitRef.iso("KG-GB"))).contains(new Region("KG-GB", "Bishkek"));
    }

    @Test
    void aVillageRollsUpToItsRegionByAnyCode() {
        assertThat(rollUp.firstLevelUnitOf(UnitRef.soate("41704220812010")))
                .contains(new Region("KG-N", "Naryn Region"));
        assertThat(rollUp.firstLevelUnitOf(UnitRef.soate("41707000000000")))
                .contains(new Region("KG-T", "Talas Region"));
    }

    @Test
    void unknownUnitsAndTheCountryHaveNoRegion() {
        assertThat(rollUp.firstLevelUnitOf(UnitRef.soate("41799999999999"))).isEmpty();
        assertThat(rollUp.firstLevelUnitOf(UnitRef.iso("KG"))).isEmpty();
    }
}
