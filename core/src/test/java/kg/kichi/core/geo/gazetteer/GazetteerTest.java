package kg.kichi.core.geo.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.UnitLevel;
import kg.kichi.core.geo.UnitName;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.geo.UnknownUnitException;
import kg.kichi.core.geo.resolve.Candidate;
import kg.kichi.core.geo.resolve.MatchKind;
import kg.kichi.core.geo.resolve.Resolution;
import kg.kichi.core.geo.resolve.ResolutionStatus;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Gazetteer KG = Gazetteers.kyrgyzstan();

    @Test
    void levelCountsMatchTheData() {
        assertThat(KG.getUnits()).hasSize(2438);
        assertThat(KG.getUnitsAt(UnitLevel.COUNTRY)).hasSize(1);
        assertThat(KG.getUnitsAt(UnitLevel.REGION)).hasSize(7);
        assertThat(KG.getUnitsAt(UnitLevel.CITY_REPUBLICAN)).hasSize(2);
        assertThat(KG.getUnitsAt(UnitLevel.DISTRICT)).hasSize(44);
        assertThat(KG.getUnitsAt(UnitLevel.CITY)).hasSize(29);
        assertThat(KG.getUnitsAt(UnitLevel.AIYL_AIMAK)).hasSize(453);
        assertThat(KG.getUnitsAt(UnitLevel.VILLAGE)).hasSize(1902);
        assertThat(KG.getUnitsAt(UnitLevel.CITY_SUBDIVISION)).isEmpty();
    }

    @Test
    void nineFirstLevelUnitsWithIsoCodes() {
        List<AdministrativeUnit> first = KG.getChildren(UnitRef.iso("KG"));
        assertThat(first).extracting(u -> u.getRef().getCode()).containsExactlyInAnyOrder("KG-B", "KG-C", "KG-GB",
                "KG-GO", "KG-J", "KG-N", "KG-O", "KG-T", "KG-Y");
        assertThat(first).allMatch(u -> u.getLevel().isFirstLevel() && u.getCode(UnitRef.SOATE).isPresent());
    }

    @Test
    void looksUpByAnyScheme() {
        AdministrativeUnit naryn = KG.get(UnitRef.iso("KG-N"));
        assertThat(KG.get(UnitRef.soate("41704000000000"))).isSameAs(naryn);
        assertThat(naryn.getName("ky")).contains("Нарын облусу");
        assertThat(naryn.getName("ru")).contains("Нарынская область");
        assertThat(naryn.getName("en")).contains("Naryn Region");
        assertThat(KG.getCountry().getRef()).isEqualTo(UnitRef.iso("KG"));
        assertThat(KG.find(UnitRef.soate("41799999999999"))).isEmpty();
        assertThat(KG.find(null)).isEmpty();
    }

    @Test
    void hierarchy() {
        UnitRef kochkorAa = UnitRef.soate("41704235816000");
        assertThat(KG.getParent(kochkorAa)).map(AdministrativeUnit::getRef).contains(UnitRef.soate("41704235000000"));
        assertThat(KG.getAncestors(kochkorAa)).extracting(AdministrativeUnit::getRef).containsExactly(
                UnitRef.soate("41704235000000"), UnitRef.iso("KG-N"), UnitRef.iso("KG"));
        assertThat(KG.isWithin(kochkorAa, UnitRef.iso("KG-N"))).isTrue();
        assertThat(KG.isWithin(kochkorAa, UnitRef.soate("41704000000000"))).isTrue();
        assertThat(KG.isWithin(kochkorAa, kochkorAa)).isTrue();
        assertThat(KG.isWithin(kochkorAa, UnitRef.iso("KG-C"))).isFalse();
        assertThat(KG.getParent(UnitRef.iso("KG"))).isEmpty();
        assertThat(KG.getChildren(UnitRef.iso("KG-GB"))).hasSize(4);
        for (AdministrativeUnit u : KG.getUnits()) {
            u.getParent().ifPresent(p -> assertThat(KG.get(p).getLevel().getRank()).isLessThan(u.getLevel().getRank()));
        }
    }

    @Test
    void unknownUnitsAreTypedErrors() {
        assertThatThrownBy(() -> KG.get(UnitRef.soate("41799999999999"))).isInstanceOf(UnknownUnitException.class)
                .satisfies(e -> assertThat(((UnknownUnitException) e).getViolations().get(0).getCode())
                        .isEqualTo("kichi.geo.unknownUnit"));
        assertThatThrownBy(() -> KG.getChildren(null)).isInstanceOf(UnknownUnitException.class);
        assertThatThrownBy(() -> KG.resolve("Нарын", UnitRef.iso("KZ-AKM"))).isInstanceOf(UnknownUnitException.class);
    }

    @Test
    void knowledgeRowsAreMarkedAndChecked() {
        List<AdministrativeUnit> knowledge = KG.getUnits().stream().filter(AdministrativeUnit::isKnowledgeSourced)
                .toList();
        assertThat(knowledge).hasSize(46).allMatch(u -> u.getKnowledgeCheck().startsWith("checked"));
        AdministrativeUnit kokJangak = KG.get(UnitRef.soate("41703220400010"));
        assertThat(kokJangak.getNames()).extracting(UnitName::getText).doesNotContain("Сузак", "Сузак шаары");
        assertThat(KG.getUnits()).allMatch(u -> !u.getSource().isEmpty());
    }

    @Test
    void renamedCityResolvesAsOfDate() {
        UnitRef city = UnitRef.soate("41703410000010");
        Resolution old = KG.resolve("г. Джалал-Абад", null, LocalDate.of(2021, 3, 1));
        assertThat(old.getUnit()).map(AdministrativeUnit::getRef).contains(city);
        Resolution manas2021 = KG.resolve("Манас", null, LocalDate.of(2021, 3, 1));
        assertThat(manas2021.getCandidates()).extracting(Candidate::getRef).doesNotContain(city).isNotEmpty();
        Resolution manas2026 = KG.resolve("г. Манас", null, LocalDate.of(2026, 1, 1));
        assertThat(manas2026.getUnit()).map(AdministrativeUnit::getRef).contains(city);
        Resolution jalalAbad2026 = KG.resolve("г. Джалал-Абад", null, LocalDate.of(2026, 1, 1));
        assertThat(jalalAbad2026.getCandidates()).extracting(Candidate::getRef).doesNotContain(city);
        AdministrativeUnit unit = KG.get(city);
        assertThat(unit.getNamesOn(LocalDate.of(2021, 1, 1))).doesNotContainValue("Манас");
        assertThat(unit.getNamesOn(LocalDate.of(2026, 1, 1))).containsEntry("ru", "Манас");
        assertThat(unit.getName("ru")).contains("Манас");
    }

    @Test
    void contextPicksTheNamesakeInside() {
        Resolution ysykKol = KG.resolve("г. Каракол", UnitRef.iso("KG-Y"));
        Resolution jalalAbad = KG.resolve("г. Каракол", UnitRef.iso("KG-J"));
        assertThat(ysykKol.getUnit()).map(AdministrativeUnit::getRef).contains(UnitRef.soate("41702410000010"));
        assertThat(jalalAbad.getUnit()).map(AdministrativeUnit::getRef).contains(UnitRef.soate("41703440000010"));
        assertThat(KG.resolve("Ленинское", UnitRef.iso("KG-J")).getUnit()).map(AdministrativeUnit::getRef)
                .contains(UnitRef.soate("41703220846010"));
        assertThat(KG.resolve("Ленинское МСУ", UnitRef.iso("KG-O")).getUnit()).map(AdministrativeUnit::getRef)
                .contains(UnitRef.soate("41706207830000"));
    }

    @Test
    void ambiguousAndUnknownAreExplained() {
        Resolution osh = KG.resolve("Ош");
        assertThat(osh.getStatus()).isEqualTo(ResolutionStatus.AMBIGUOUS);
        assertThat(osh.getCandidates()).extracting(Candidate::getRef).contains(UnitRef.iso("KG-GO"), UnitRef.iso("KG-O"));
        assertThat(osh.getReason()).isPresent();
        assertThat(osh.getUnit()).isEmpty();
        Resolution none = KG.resolve("Атлантида");
        assertThat(none.getStatus()).isEqualTo(ResolutionStatus.UNKNOWN);
        assertThat(none.getCandidates()).isEmpty();
        assertThat(none.getReason()).get().asString().contains("Атлантида");
        assertThat(KG.resolve("").getStatus()).isEqualTo(ResolutionStatus.UNKNOWN);
        assertThat(KG.resolve(null).getReason()).isPresent();
        assertThat(KG.resolve("г.").getStatus()).isEqualTo(ResolutionStatus.UNKNOWN);
        assertThat(KG.resolve("МТУ-1", UnitRef.iso("KG-J")).getStatus()).isEqualTo(ResolutionStatus.AMBIGUOUS);
    }

    @Test
    void inexactMatchesSayHow() {
        Resolution typo = KG.resolve("г. Малы-Суу", UnitRef.iso("KG-J"));
        assertThat(typo.getBest()).map(Candidate::getMatchKind).contains(MatchKind.APPROXIMATE);
        assertThat(typo.getReason()).get().asString().contains("approximate");
        Resolution mtu = KG.resolve("МТУ-1", UnitRef.iso("KG-C"));
        assertThat(mtu.getBest()).map(Candidate::getMatchKind).contains(MatchKind.CITY_OF_SUBDIVISION);
        assertThat(mtu.getReason()).get().asString().contains("sub-division");
        assertThat(mtu.getBest().orElseThrow().getConfidence()).isLessThan(1.0);
    }

    @Test
    void transliterationsAndSpellingsResolve() {
        for (String s : List.of("Issyk-Kul", "Ysyk-Köl", "Issyk Kul", "Иссык-Куль", "Ысык-Көл облусу")) {
            assertThat(KG.resolve(s + " region").getUnit()).as(s).map(AdministrativeUnit::getRef)
                    .contains(UnitRef.iso("KG-Y"));
        }
        for (String s : List.of("Jalal-Abad", "Djalal-Abad", "Jalalabad", "Жалал-Абад", "Джалал-Абадской")) {
            assertThat(KG.resolve(s + " oblast").getUnit()).as(s).map(AdministrativeUnit::getRef)
                    .contains(UnitRef.iso("KG-J"));
        }
        for (String s : List.of("Chui", "Chuy", "Chüy", "Чуйской", "Чүй")) {
            assertThat(KG.resolve(s + " область").getUnit()).as(s).map(AdministrativeUnit::getRef)
                    .contains(UnitRef.iso("KG-C"));
        }
        for (String s : List.of("Uzgen", "Özgön", "Озгон", "Өзгөн", "Узген")) {
            assertThat(KG.resolve(s + " city").getUnit()).as(s).map(AdministrativeUnit::getRef)
                    .contains(UnitRef.soate("41706255600010"));
        }
        assertThat(KG.resolve("Нарынского района").getUnit()).map(AdministrativeUnit::getRef)
                .contains(UnitRef.soate("41704245000000"));
        assertThat(KG.resolve("Сумбулинский", UnitRef.iso("KG-B")).getUnit()).map(AdministrativeUnit::getRef)
                .contains(UnitRef.soate("41705236836000"));
    }
}
