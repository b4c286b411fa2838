package kg.kichi.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import kg.kichi.core.validation.InvalidModelException;
import org.junit.jupiter.api.Test;

/**
 * Every operation checks its coverages against the gazetteer (a foreign country, a unit it does not have), and the
 * short cuts of a few operations; expected values written out by hand.
 */
class CoverageOperationsChecksTest {
    private static final Gazetteer KG = Gazetteers.kyrgyzstan();
    private static final CoverageOperations OPS = CoverageOperations.over(KG);
    private static final UnitRef NARYN = UnitRef.iso("KG-N");
    private static final RegionalCoverage FOREIGN = RegionalCoverage.nationwide("KZ");
    private static final RegionalCoverage FOREIGN_LEVEL = RegionalCoverage.allOf("KZ", UnitLevel.DISTRICT);
    private static final RegionalCoverage UNKNOWN_UNIT = RegionalCoverage.of(UnitRef.iso("KZ-AKM"));
    private static final RegionalCoverage NARYN_ONLY = RegionalCoverage.of(NARYN);

    private static void rejectsBoth(Consumer<RegionalCoverage> operation) {
        assertThatThrownBy(() -> operation.accept(FOREIGN)).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("kichi.geo.countryMismatch");
        assertThatThrownBy(() -> operation.accept(FOREIGN_LEVEL)).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("kichi.geo.countryMismatch");
        assertThatThrownBy(() -> operation.accept(UNKNOWN_UNIT)).isInstanceOf(UnknownUnitException.class);
    }

    @Test
    void everyOperationRejectsAForeignCountryAndAnUnknownUnit() {
        rejectsBoth(c -> OPS.covers(c, NARYN));
        rejectsBoth(c -> OPS.rollUp(c, UnitLevel.REGION));
        rejectsBoth(OPS::firstLevelUnits);
        rejectsBoth(c -> OPS.shareWithin(c, NARYN));
        rejectsBoth(c -> OPS.union(c, NARYN_ONLY));
        rejectsBoth(c -> OPS.union(NARYN_ONLY, c));
        rejectsBoth(c -> OPS.intersection(c, NARYN_ONLY));
        rejectsBoth(c -> OPS.intersection(NARYN_ONLY, c));
        rejectsBoth(OPS::normalise);
        rejectsBoth(OPS::expand);
        assertThatThrownBy(() -> OPS.shareWithin(NARYN_ONLY, UnitRef.iso("KZ-AKM")))
                .isInstanceOf(UnknownUnitException.class);
    }

    @Test
    void nationwideMeansEveryFirstLevelUnitOblastsAndCitiesAlike() {
        assertThat(OPS.firstLevelUnits(RegionalCoverage.nationwide("KG"))).containsExactly(UnitRef.iso("KG-B"),
                UnitRef.iso("KG-C"), UnitRef.iso("KG-GB"), UnitRef.iso("KG-GO"), UnitRef.iso("KG-J"),
                UnitRef.iso("KG-N"), UnitRef.iso("KG-O"), UnitRef.iso("KG-T"), UnitRef.iso("KG-Y"));
        assertThat(OPS.firstLevelUnits(NARYN_ONLY)).containsExactly(NARYN);
    }

    @Test
    void aCoverageWithoutSharesHasNoShareAndEqualLevelsIntersectInThemselves() {
        assertThat(OPS.shareWithin(NARYN_ONLY, NARYN)).isEmpty();
        RegionalCoverage districts = RegionalCoverage.allOf("KG", UnitLevel.DISTRICT);
        assertThat(OPS.intersection(districts, RegionalCoverage.allOf("KG", UnitLevel.DISTRICT))).contains(districts);
        List<UnitRef> regions = OPS.expand(RegionalCoverage.allOf("KG", UnitLevel.REGION)).getUnitRefs();
        assertThat(regions).containsExactly(UnitRef.iso("KG-B"), UnitRef.iso("KG-C"), UnitRef.iso("KG-J"),
                UnitRef.iso("KG-N"), UnitRef.iso("KG-O"), UnitRef.iso("KG-T"), UnitRef.iso("KG-Y"));
    }
}
