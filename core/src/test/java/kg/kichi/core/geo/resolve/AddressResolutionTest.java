package kg.kichi.core.geo.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import org.junit.jupiter.api.Test;

/**
 * Addresses of several parts: the chain in the result, contradictions reported as such, parts that cannot be
 * placed named, level words that decide, and lists of places kept apart from addresses.
 */
class AddressResolutionTest {
    private static final Gazetteer KG = Gazetteers.kyrgyzstan();
    private static final AdministrativeUnit NARYN = KG.get(UnitRef.iso("KG-N"));
    private static final AdministrativeUnit OSH_OBLAST = KG.get(UnitRef.iso("KG-O"));
    private static final AdministrativeUnit OSH_CITY = KG.get(UnitRef.iso("KG-GO"));
    private static final AdministrativeUnit KOCHKOR = KG.get(UnitRef.soate("41704235000000"));
    private static final AdministrativeUnit KOCHKOR_AIMAK = KG.get(UnitRef.soate("41704235816000"));
    private static final AdministrativeUnit NOOKAT = KG.get(UnitRef.soate("41706242000000"));
    private static final AdministrativeUnit KARA_TASH_NOOKAT = KG.get(UnitRef.soate("41706242812000"));

    @Test
    void anAddressGivesItsChainFromTheLargestUnitDownInEitherOrder() {
        Resolution forward = KG.resolve("Ош облусу, Ноокат району, Кара-Таш а/а");
        Resolution reverse = KG.resolve("Кара-Таш а/а, Ноокат району, Ош облусу");
        for (Resolution r : List.of(forward, reverse)) {
            assertThat(r.getUnit()).contains(KARA_TASH_NOOKAT);
            assertThat(r.getChain()).containsExactly(OSH_OBLAST, NOOKAT, KARA_TASH_NOOKAT);
            assertThat(r.getParts()).hasSize(3).allMatch(AddressPart::isPlaced);
            assertThat(r.hasUnplacedParts()).isFalse();
        }
        assertThat(forward.getParts()).extracting(AddressPart::getText)
                .containsExactly("Ош облусу", "Ноокат району", "Кара-Таш а/а");
        assertThat(reverse.getParts()).extracting(p -> p.getUnit().orElseThrow())
                .containsExactly(KARA_TASH_NOOKAT, NOOKAT, OSH_OBLAST);
    }

    @Test
    void aPlainMentionIsAnAddressOfOnePart() {
        Resolution r = KG.resolve("Кочкорский р-н");
        assertThat(r.getParts()).singleElement().satisfies(p -> {
            assertThat(p.getText()).isEqualTo("Кочкорский р-н");
            assertThat(p.getUnit()).contains(KOCHKOR);
        });
        assertThat(r.getChain()).containsExactly(KOCHKOR);
    }

    @Test
    void partsNamingUnitsThatDoNotNestAreAContradictionNotOnePart() {
        Resolution r = KG.resolve("Нарынская область, Ноокатский район");
        assertThat(r.getStatus()).isEqualTo(ResolutionStatus.CONTRADICTORY);
        assertThat(r.getUnit()).isEmpty();
        assertThat(r.getCandidates()).isEmpty();
        assertThat(r.getChain()).isEmpty();
        // Neither part can be blamed alone: each keeps its own reading and neither is placed.
        assertThat(r.getParts()).extracting(p -> p.getUnit().orElseThrow()).containsExactly(NARYN, NOOKAT);
        assertThat(r.getParts()).noneMatch(AddressPart::isPlaced);
        assertThat(r.getReason().orElseThrow()).contains("Нарынская область", "Ноокатский район", "Ошская область");
    }

    @Test
    void theOddPartOutIsTheOneReportedWhenTheOthersAgree() {
        Resolution r = KG.resolve("Нарынская обл., Кочкорский р-н, Ноокатский р-н");
        assertThat(r.getStatus()).isEqualTo(ResolutionStatus.CONTRADICTORY);
        assertThat(r.getParts()).extracting(AddressPart::isPlaced).containsExactly(true, true, false);
        assertThat(r.getParts().get(2).getUnit()).contains(NOOKAT);
        assertThat(r.getParts().get(2).getProblem().orElseThrow()).contains("does not lie within");
    }

    @Test
    void aCityOfRepublicanSignificanceIsNotInTheOblastOfItsName() {
        Resolution r = KG.resolve("Ошская обл., г. Ош");
        assertThat(r.getStatus()).isEqualTo(ResolutionStatus.CONTRADICTORY);
        assertThat(r.getParts()).extracting(p -> p.getUnit().orElseThrow()).containsExactly(OSH_OBLAST, OSH_CITY);
    }

    @Test
    void aPartNamingNoUnitIsReportedAndTheOthersStillResolve() {
        Resolution r = KG.resolve("Нарынская обл., Кочкорский р-н, с. Вфрщх");
        assertThat(r.getStatus()).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(r.getUnit()).contains(KOCHKOR);
        assertThat(r.getChain()).containsExactly(NARYN, KOCHKOR);
        assertThat(r.hasUnplacedParts()).isTrue();
        AddressPart missing = r.getParts().get(2);
        assertThat(missing.getText()).isEqualTo("с. Вфрщх");
        assertThat(missing.isPlaced()).isFalse();
        assertThat(missing.getUnit()).isEmpty();
        assertThat(missing.getProblem().orElseThrow()).contains("no unit is named 'с. Вфрщх'");
        assertThat(r.getReason().orElseThrow()).contains("'с. Вфрщх' could not be placed");
    }

    @Test
    void anAddressOfUnknownPartsIsUnknown() {
        Resolution r = KG.resolve("Пупкинская обл., Xyzzy р-н");
        assertThat(r.getStatus()).isEqualTo(ResolutionStatus.UNKNOWN);
        assertThat(r.getParts()).hasSize(2).noneMatch(AddressPart::isPlaced);
    }

    @Test
    void aLevelWordBreaksTheTieItsConfidenceShows() {
        Resolution r = KG.resolve("Кочкорский район");
        assertThat(r.getUnit()).contains(KOCHKOR);
        assertThat(r.getCandidates().get(0).getConfidence()).isEqualTo(1.0);
        // The aiyl aimak "Кочкорский айылный аймак" matches by name (100) but the text says район (−15).
        Candidate aimak = r.getCandidates().stream().filter(c -> c.getUnit().equals(KOCHKOR_AIMAK)).findFirst()
                .orElseThrow();
        assertThat(aimak.getScore()).isEqualTo(85);
        assertThat(aimak.getConfidence()).isEqualTo(0.85);
        assertThat(KG.resolve("Кочкорский айылный аймак").getUnit()).contains(KOCHKOR_AIMAK);
    }

    @Test
    void aNameThatIsItselfAUnitsNameIsNotCutIntoParts() {
        // "Özgön / Uzgen (town)" is one English name of the town in the data; "Новопокровка (часть)" names two
        // villages, which the text does not tell apart.
        assertThat(KG.resolve("Özgön / Uzgen (town)").getUnit().map(AdministrativeUnit::getRef))
                .contains(UnitRef.soate("41706255600010"));
        assertThat(KG.resolve("Naryn (city)").getParts()).hasSize(1);
        Resolution part = KG.resolve("Новопокровка (часть)");
        assertThat(part.getStatus()).isEqualTo(ResolutionStatus.AMBIGUOUS);
        assertThat(part.getCandidates()).allMatch(c -> c.getMatchedName().equals("Новопокровка (часть)"));
    }

    @Test
    void theSplitterKeepsListsApartFromAddresses() {
        assertThat(MentionSplitter.split("Нарын, Ош, Талас")).containsExactly("Нарын", "Ош", "Талас");
        assertThat(MentionSplitter.split("Нарын облусу, Ош облусу")).containsExactly("Нарын облусу", "Ош облусу");
        assertThat(MentionSplitter.split("Бишкек, Чүй облусу")).containsExactly("Бишкек", "Чүй облусу");
        assertThat(MentionSplitter.split("Кочкорский р-н, Нарынский р-н"))
                .containsExactly("Кочкорский р-н", "Нарынский р-н");
        assertThat(MentionSplitter.split("Нарынская область и Кочкорский район"))
                .containsExactly("Нарынская область", "Кочкорский район");
        assertThat(MentionSplitter.split("Нарынская область, Кочкорский район"))
                .containsExactly("Нарынская область, Кочкорский район");
        assertThat(MentionSplitter.split("Ош облусу, Ноокат району, Кара-Таш а/а"))
                .containsExactly("Ош облусу, Ноокат району, Кара-Таш а/а");
        assertThat(MentionSplitter.split("Tyup district, Issyk-Kul oblast"))
                .containsExactly("Tyup district, Issyk-Kul oblast");
    }

    @Test
    void aCoverageTakesAnAddressAsItsMostSpecificUnitAndAListAsItsUnits() {
        MentionCoverage address = MentionCoverage.of(List.of("Нарынская обл., Кочкорский р-н"), null, null, KG);
        assertThat(address.getCoverage()).isEqualTo(RegionalCoverage.of(List.of(KOCHKOR.getRef())));
        assertThat(address.getProblems()).isEmpty();

        MentionCoverage list = MentionCoverage.of(List.of("Нарын облусу, Ош облусу"), null, null, KG);
        assertThat(list.getCoverage()).isEqualTo(RegionalCoverage.of(List.of(NARYN.getRef(), OSH_OBLAST.getRef())));

        MentionCoverage contradiction = MentionCoverage.of(List.of("Нарынская область, Ноокатский район"), null,
                null, KG);
        assertThat(contradiction.getCoverage()).isEqualTo(RegionalCoverage.notStated());
        assertThat(contradiction.getProblems()).singleElement()
                .extracting(Resolution::getStatus).isEqualTo(ResolutionStatus.CONTRADICTORY);

        MentionCoverage partly = MentionCoverage.of(List.of("Нарынская обл., Кочкорский р-н, с. Вфрщх"), null,
                null, KG);
        assertThat(partly.getCoverage()).isEqualTo(RegionalCoverage.of(List.of(KOCHKOR.getRef())));
        assertThat(partly.getProblems()).hasSize(1);
    }

    @Test
    void aMentionOfManyPartsIsNoAddressAndEndsQuickly() {
        String many = String.join(", ", java.util.Collections.nCopies(40, "Кочкор"));
        long start = System.nanoTime();
        Resolution r = KG.resolve(many);
        assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(2_000_000_000L);
        assertThat(r.getStatus()).isEqualTo(ResolutionStatus.UNKNOWN);
        assertThat(r.getReason().orElseThrow()).contains("40 parts", "at most 8");
        Resolution eight = KG.resolve(String.join(", ", java.util.Collections.nCopies(8, "Кочкор")));
        assertThat(eight.getUnit()).contains(KOCHKOR);
    }
}
