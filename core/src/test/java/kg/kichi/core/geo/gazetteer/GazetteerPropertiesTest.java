package kg.kichi.core.geo.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.CoverageOperations;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitName;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.geo.resolve.Resolution;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Properties of the bundled gazetteer and of coverage operations, over seeded random units and coverages. */
class GazetteerPropertiesTest {
    private static final Gazetteer KG = Gazetteers.kyrgyzstan();
    private static final CoverageOperations OPS = CoverageOperations.over(KG);
    private static final List<AdministrativeUnit> UNITS = KG.getUnits();

    @Test
    void everyNameOfEveryUnitFindsThatUnit() {
        List<String> misses = new ArrayList<>();
        int checked = 0;
        for (AdministrativeUnit unit : UNITS) {
            for (UnitName name : unit.getNames()) {
                checked++;
                Resolution r = KG.resolve(name.getText());
                if (r.getCandidates().stream().noneMatch(c -> c.getUnit().equals(unit))) {
                    misses.add(unit + " / " + name);
                }
                Resolution inParent = KG.resolve(name.getText(), unit.getParent().orElse(null));
                if (inParent.getCandidates().stream().noneMatch(c -> c.getUnit().equals(unit))) {
                    misses.add(unit + " / " + name + " within parent");
                }
            }
        }
        assertThat(checked).isGreaterThan(4000);
        assertThat(misses).isEmpty();
    }

    @RepeatedTest(200)
    void rollUpOfChildrenCoversTheUnit(RepetitionInfo info) {
        Random random = new Random(7L * info.getCurrentRepetition());
        AdministrativeUnit unit;
        List<AdministrativeUnit> children;
        do {
            unit = UNITS.get(random.nextInt(UNITS.size()));
            children = KG.getChildren(unit.getRef());
        } while (children.isEmpty());
        RegionalCoverage ofChildren = RegionalCoverage.of(children.stream().map(AdministrativeUnit::getRef).toList());
        RegionalCoverage rolled = OPS.rollUp(ofChildren, unit.getLevel());
        assertThat(rolled).isEqualTo(RegionalCoverage.of(unit.getRef()));
        assertThat(OPS.covers(rolled, unit.getRef())).isTrue();
        for (AdministrativeUnit child : children) {
            assertThat(OPS.covers(rolled, child.getRef())).isTrue();
        }
    }

    private static RegionalCoverage randomCoverage(Random random) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return RegionalCoverage.notStated();
        }
        if (kind == 1) {
            return RegionalCoverage.nationwide("KG");
        }
        List<UnitRef> refs = new ArrayList<>();
        int n = 1 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            AdministrativeUnit u = UNITS.get(1 + random.nextInt(UNITS.size() - 1));
            List<AdministrativeUnit> up = KG.getAncestors(u.getRef());
            UnitRef ref = random.nextBoolean() || up.size() < 2 ? u.getRef()
                    : up.get(random.nextInt(up.size() - 1)).getRef();
            if (!refs.contains(ref)) {
                refs.add(ref);
            }
        }
        return RegionalCoverage.of(refs);
    }

    @RepeatedTest(300)
    void unionAndIntersectionLaws(RepetitionInfo info) {
        Random random = new Random(1_000_003L * info.getCurrentRepetition());
        RegionalCoverage a = randomCoverage(random);
        RegionalCoverage b = randomCoverage(random);
        RegionalCoverage c = randomCoverage(random);
        assertThat(OPS.union(a, b)).isEqualTo(OPS.union(b, a));
        assertThat(OPS.union(a, a)).isEqualTo(OPS.normalise(a));
        assertThat(OPS.union(OPS.union(a, b), c)).isEqualTo(OPS.union(a, OPS.union(b, c)));
        assertThat(OPS.intersection(a, b)).isEqualTo(OPS.intersection(b, a));
        assertThat(OPS.intersection(a, a)).contains(OPS.normalise(a));
        assertThat(OPS.union(a, b).isNotStated()).isEqualTo(
                !a.isNationwide() && !b.isNationwide() && (a.isNotStated() || b.isNotStated()));
        for (int i = 0; i < 5; i++) {
            UnitRef x = UNITS.get(random.nextInt(UNITS.size())).getRef();
            if (!a.isNotStated() && !b.isNotStated()) {
                assertThat(OPS.covers(OPS.union(a, b), x)).isEqualTo(OPS.covers(a, x) || OPS.covers(b, x));
                Optional<RegionalCoverage> both = OPS.intersection(a, b);
                assertThat(both.map(i2 -> OPS.covers(i2, x)).orElse(false))
                        .isEqualTo(OPS.covers(a, x) && OPS.covers(b, x));
            }
        }
    }
}
