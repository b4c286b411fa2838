package kg.kichi.core.geo.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.UnitLevel;
import kg.kichi.core.geo.UnitName;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import org.junit.jupiter.api.Test;

/**
 * The ranking rules of {@link Resolver} that decide between units sharing a name, each on a hand-made
 * gazetteer of an invented country so that no rule can lean on a particular Kyrgyz name.
 */
class ResolverRankingTest {
    private static final UnitRef LAND = UnitRef.iso("XL");
    private static final UnitRef NORTH = UnitRef.iso("XL-N");
    private static final UnitRef KENT_DISTRICT = ref("kent-d");
    private static final UnitRef OAK_AIMAK = ref("oak-aa");
    private static final UnitRef KENT_VILLAGE = ref("kent-v");
    private static final UnitRef XLAND_VILLAGE = ref("xland-v");
    private static final UnitRef MOOR_DISTRICT = ref("moor-d");
    private static final UnitRef MOOR_VILLAGE = ref("moor-v");
    private static final UnitRef BIRCH_AIMAK = ref("birch-aa");
    private static final UnitRef BIRCH_VILLAGE = ref("birch-v");
    private static final UnitRef ELM_AIMAK = ref("elm-aa");
    private static final UnitRef ELM_VILLAGE = ref("elm-v");
    private static final UnitRef ASH_VILLAGE = ref("ash-v");

    private static final Gazetteer XL = Gazetteers.of(units());

    private static UnitRef ref(String code) {
        return UnitRef.of(UnitRef.KICHI, code);
    }

    private static AdministrativeUnit unit(UnitRef ref, UnitLevel level, UnitRef parent, UnitName... names) {
        AdministrativeUnit.Builder b = AdministrativeUnit.builder(ref, level);
        if (parent != null) {
            b.parent(parent);
        }
        for (UnitName n : names) {
            b.name(n);
        }
        return b.build();
    }

    private static UnitName en(String text) {
        return UnitName.name(text, "en");
    }

    /** A name derived by rule, as the Kyrgyz data derives "Кара-Буура" from "Кара-Бууринский айылный аймак". */
    private static UnitName derived(String text) {
        return UnitName.of(text, null, UnitName.Kind.DERIVED, null);
    }

    private static List<AdministrativeUnit> units() {
        List<AdministrativeUnit> all = new ArrayList<>();
        all.add(unit(LAND, UnitLevel.COUNTRY, null, en("Xland")));
        all.add(unit(NORTH, UnitLevel.REGION, LAND, en("North")));
        // Kent district holds Oak aiyl aimak, which holds Kent village (not its seat).
        all.add(unit(KENT_DISTRICT, UnitLevel.DISTRICT, NORTH, en("Kent")));
        all.add(unit(OAK_AIMAK, UnitLevel.AIYL_AIMAK, KENT_DISTRICT, en("Oak")));
        all.add(unit(KENT_VILLAGE, UnitLevel.VILLAGE, OAK_AIMAK, en("Kent")));
        // A village named like the country, inside it.
        all.add(unit(XLAND_VILLAGE, UnitLevel.VILLAGE, OAK_AIMAK, en("Xland")));
        // Moor district, and a village Moor lying in another district: neither contains the other.
        all.add(unit(MOOR_DISTRICT, UnitLevel.DISTRICT, NORTH, en("Moor")));
        all.add(unit(MOOR_VILLAGE, UnitLevel.VILLAGE, OAK_AIMAK, en("Moor")));
        // Birch aiyl aimak (a derived name) in Moor district; a village Birch elsewhere, in Oak.
        all.add(unit(BIRCH_AIMAK, UnitLevel.AIYL_AIMAK, MOOR_DISTRICT, derived("Birch")));
        all.add(unit(BIRCH_VILLAGE, UnitLevel.VILLAGE, OAK_AIMAK, en("Birch")));
        all.add(unit(ELM_AIMAK, UnitLevel.AIYL_AIMAK, MOOR_DISTRICT, en("Elm")));
        all.add(unit(ELM_VILLAGE, UnitLevel.VILLAGE, ELM_AIMAK, en("Elm")));
        all.add(unit(ASH_VILLAGE, UnitLevel.VILLAGE, ELM_AIMAK, en("Ash")));
        return all;
    }

    private static UnitRef resolved(String mention, UnitRef within) {
        Resolution r = XL.resolve(mention, within);
        assertThat(r.getStatus()).as("%s", r).isEqualTo(ResolutionStatus.RESOLVED);
        return r.getUnit().orElseThrow().getRef();
    }

    private static List<UnitRef> tied(String mention, UnitRef within) {
        Resolution r = XL.resolve(mention, within);
        assertThat(r.getStatus()).as("%s", r).isEqualTo(ResolutionStatus.AMBIGUOUS);
        int top = r.getCandidates().get(0).getScore();
        return r.getCandidates().stream().filter(c -> top - c.getScore() < Resolution.MARGIN)
                .map(Candidate::getRef).toList();
    }

    @Test
    void aBareNameMeansTheUnitContainingTheOthersOfThatName() {
        assertThat(resolved("Kent", null)).isEqualTo(KENT_DISTRICT);
        assertThat(resolved("Kent", NORTH)).isEqualTo(KENT_DISTRICT);
        assertThat(resolved("Xland", null)).isEqualTo(LAND);
    }

    @Test
    void containmentDecidesNothingWhenNoCandidateContainsTheOthers() {
        assertThat(tied("Moor", NORTH)).containsExactlyInAnyOrder(MOOR_DISTRICT, MOOR_VILLAGE);
    }

    @Test
    void aTypeWordStillOverridesContainment() {
        assertThat(resolved("Kent village", NORTH)).isEqualTo(KENT_VILLAGE);
        assertThat(resolved("с. Kent", NORTH)).isEqualTo(KENT_VILLAGE);
        assertThat(resolved("Kent district", NORTH)).isEqualTo(KENT_DISTRICT);
    }

    @Test
    void anEnglishVillageWordAdmitsAnAiylAimakAheadOfAVillage() {
        assertThat(resolved("Birch v.", NORTH)).isEqualTo(BIRCH_AIMAK);
        assertThat(resolved("Birch village", NORTH)).isEqualTo(BIRCH_AIMAK);
        assertThat(resolved("Elm v.", NORTH)).isEqualTo(ELM_AIMAK);
        assertThat(resolved("Ash v.", NORTH)).isEqualTo(ASH_VILLAGE);
    }

    @Test
    void theContainerMustBeAmongTheTiedCandidates() {
        // Under Kent district, the district itself is the heading (scored down): the village is meant.
        assertThat(resolved("Kent", KENT_DISTRICT)).isEqualTo(KENT_VILLAGE);
    }

    @Test
    void aRussianOrKyrgyzVillageWordKeepsItsWeight() {
        assertThat(tied("с. Birch", NORTH)).containsExactlyInAnyOrder(BIRCH_AIMAK, BIRCH_VILLAGE);
        assertThat(tied("село Birch", NORTH)).containsExactlyInAnyOrder(BIRCH_AIMAK, BIRCH_VILLAGE);
    }
}
