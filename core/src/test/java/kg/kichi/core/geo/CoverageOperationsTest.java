package kg.kichi.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import kg.kichi.core.geo.resolve.MentionCoverage;
import kg.kichi.core.geo.resolve.MentionSplitter;
import kg.kichi.core.geo.resolve.Resolution;
import kg.kichi.core.geo.resolve.ResolutionStatus;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import org.junit.jupiter.api.Test;

class CoverageOperationsTest {
    private static final Gazetteer KG = Gazetteers.kyrgyzstan();
    private static final CoverageOperations OPS = CoverageOperations.over(KG);
    private static final UnitRef NARYN = UnitRef.iso("KG-N");
    private static final UnitRef AT_BASHY = UnitRef.soate("41704220000000");
    private static final UnitRef KOCHKOR_AA = UnitRef.soate("41704235816000");
    private static final UnitRef TALAS = UnitRef.iso("KG-T");
    private static final UnitRef BISHKEK_LENIN = UnitRef.soate("41711201000000");
    private static final RegionalCoverage NOT_STATED = RegionalCoverage.notStated();
    private static final RegionalCoverage KG_ALL = RegionalCoverage.nationwide("KG");

    @Test
    void coversByHierarchy() {
        assertThat(OPS.covers(RegionalCoverage.of(NARYN), KOCHKOR_AA)).isTrue();
        assertThat(OPS.covers(RegionalCoverage.of(KOCHKOR_AA), NARYN)).isFalse();
        assertThat(OPS.covers(KG_ALL, KOCHKOR_AA)).isTrue();
        assertThat(OPS.covers(NOT_STATED, KOCHKOR_AA)).isFalse();
    }

    @Test
    void rollsUpWithShares() {
        Map<UnitRef, BigDecimal> shares = new LinkedHashMap<>();
        shares.put(AT_BASHY, new BigDecimal("30"));
        shares.put(KOCHKOR_AA, new BigDecimal("20"));
        shares.put(BISHKEK_LENIN, new BigDecimal("50"));
        RegionalCoverage c = RegionalCoverage.withShares(shares);
        RegionalCoverage first = OPS.rollUp(c, UnitLevel.REGION);
        assertThat(first.getShares()).containsEntry(NARYN, new BigDecimal("50"))
                .containsEntry(UnitRef.iso("KG-GB"), new BigDecimal("50")).hasSize(2);
        assertThat(OPS.firstLevelUnits(c)).containsExactly(UnitRef.iso("KG-GB"), NARYN);
        assertThat(OPS.firstLevelUnits(KG_ALL)).hasSize(9);
        assertThat(OPS.firstLevelUnits(NOT_STATED)).isEmpty();
        assertThat(OPS.rollUp(c, UnitLevel.DISTRICT).getUnitRefs()).containsExactly(AT_BASHY,
                UnitRef.soate("41704235000000"), BISHKEK_LENIN);
        assertThat(OPS.shareWithin(c, NARYN)).contains(new BigDecimal("50"));
        assertThat(OPS.shareWithin(RegionalCoverage.of(NARYN), NARYN)).isEmpty();
        assertThat(OPS.rollUp(KG_ALL, UnitLevel.REGION)).isEqualTo(KG_ALL);
    }

    @Test
    void notStatedAndNationwideStayDistinct() {
        RegionalCoverage naryn = RegionalCoverage.of(NARYN);
        assertThat(OPS.union(NOT_STATED, naryn)).isEqualTo(NOT_STATED);
        assertThat(OPS.union(NOT_STATED, KG_ALL)).isEqualTo(KG_ALL);
        assertThat(OPS.union(NOT_STATED, NOT_STATED)).isEqualTo(NOT_STATED);
        assertThat(OPS.intersection(NOT_STATED, KG_ALL)).contains(NOT_STATED);
        assertThat(OPS.intersection(KG_ALL, naryn)).contains(naryn);
        assertThat(OPS.union(KG_ALL, naryn)).isEqualTo(KG_ALL);
        assertThat(OPS.union(naryn, RegionalCoverage.of(AT_BASHY))).isEqualTo(naryn);
        assertThat(OPS.union(naryn, RegionalCoverage.of(TALAS))).isEqualTo(RegionalCoverage.of(NARYN, TALAS));
        assertThat(OPS.intersection(naryn, RegionalCoverage.of(AT_BASHY, TALAS))).contains(RegionalCoverage.of(AT_BASHY));
        assertThat(OPS.intersection(naryn, RegionalCoverage.of(TALAS))).isEmpty();
        assertThat(OPS.union(RegionalCoverage.of(UnitRef.soate("41704000000000")), naryn)).isEqualTo(naryn);
    }

    @Test
    void rejectsForeignOrUnknownUnits() {
        assertThatThrownBy(() -> OPS.covers(RegionalCoverage.nationwide("KZ"), NARYN))
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("kichi.geo.countryMismatch");
        assertThatThrownBy(() -> OPS.union(RegionalCoverage.of(UnitRef.iso("KZ-AKM")), KG_ALL))
                .isInstanceOf(UnknownUnitException.class);
    }

    @Test
    void buildsCoverageFromMentions() {
        MentionCoverage seed001 = OPS.fromMentions(List.of("Бишкек, Чүй, Жалал-Абад жана Ысык-Көл облустары"), null,
                LocalDate.of(2018, 3, 3));
        assertThat(seed001.isComplete()).isTrue();
        assertThat(seed001.getCoverage().getUnitRefs()).containsExactlyInAnyOrder(UnitRef.iso("KG-GB"),
                UnitRef.iso("KG-C"), UnitRef.iso("KG-J"), UnitRef.iso("KG-Y"));
        MentionCoverage all = MentionCoverage.of(List.of("Бардык облустар"), null, null, KG);
        assertThat(all.getCoverage()).as("all oblasts is not the whole country")
                .isEqualTo(RegionalCoverage.allOf("KG", UnitLevel.REGION)).isNotEqualTo(KG_ALL);
        assertThat(MentionCoverage.of(List.of("по всей стране"), null, null, KG).getCoverage()).isEqualTo(KG_ALL);
        MentionCoverage mixed = MentionCoverage.of(List.of("Талас", "Кара-Буура АА", "Атлантида", " "), TALAS, null, KG);
        assertThat(mixed.getCoverage().getUnitRefs()).containsExactly(UnitRef.soate("41707215818000"));
        assertThat(mixed.getProblems()).extracting(Resolution::getStatus).containsExactly(ResolutionStatus.AMBIGUOUS,
                ResolutionStatus.UNKNOWN, ResolutionStatus.UNKNOWN);
        assertThat(mixed.getResolutions()).hasSize(4);
        assertThat(MentionCoverage.of(List.of("Атлантида"), null, null, KG).getCoverage()).isEqualTo(NOT_STATED);
    }

    @Test
    void allOblastsAreTheSevenOblastsWithoutBishkekAndOsh() {
        RegionalCoverage oblasts = RegionalCoverage.allOf("KG", UnitLevel.REGION);
        List<UnitRef> seven = List.of(UnitRef.iso("KG-B"), UnitRef.iso("KG-C"), UnitRef.iso("KG-J"),
                UnitRef.iso("KG-N"), UnitRef.iso("KG-O"), UnitRef.iso("KG-T"), UnitRef.iso("KG-Y"));
        assertThat(OPS.firstLevelUnits(oblasts)).containsExactlyInAnyOrderElementsOf(seven);
        assertThat(OPS.firstLevelUnits(KG_ALL)).hasSize(9).contains(UnitRef.iso("KG-GB"), UnitRef.iso("KG-GO"));
        assertThat(OPS.covers(oblasts, AT_BASHY)).isTrue();
        assertThat(OPS.covers(oblasts, BISHKEK_LENIN)).as("a district of Bishkek city").isFalse();
        assertThat(OPS.covers(KG_ALL, BISHKEK_LENIN)).isTrue();
        assertThat(OPS.union(oblasts, RegionalCoverage.of(UnitRef.iso("KG-GB"))).getUnitRefs()).hasSize(8)
                .contains(UnitRef.iso("KG-GB")).doesNotContain(UnitRef.iso("KG-GO"));
        assertThat(OPS.intersection(oblasts, RegionalCoverage.of(NARYN, BISHKEK_LENIN)).orElseThrow().getUnitRefs())
                .containsExactly(NARYN);
        assertThat(OPS.union(oblasts, oblasts)).isEqualTo(oblasts);
        assertThat(OPS.normalise(oblasts)).isEqualTo(oblasts);
        assertThat(OPS.rollUp(oblasts, UnitLevel.REGION).getUnitRefs()).containsExactlyInAnyOrderElementsOf(seven);
        assertThat(oblasts.toString()).isEqualTo("every region of KG");
        assertThatThrownBy(() -> OPS.covers(RegionalCoverage.allOf("KZ", UnitLevel.REGION), NARYN))
                .isInstanceOf(InvalidModelException.class);
        assertThatThrownBy(() -> RegionalCoverage.allOf("kg", UnitLevel.COUNTRY))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getCode).containsExactly("kichi.coverage.country", "kichi.coverage.level"));
    }

    @Test
    void splitsEnumerations() {
        assertThat(MentionSplitter.split("Нарынского и Ат-Башинского районов"))
                .containsExactly("Нарынского районов", "Ат-Башинского районов");
        assertThat(MentionSplitter.split("Бишкек, Ош шаарлары")).containsExactly("Бишкек шаарлары", "Ош шаарлары");
        assertThat(MentionSplitter.split("Талас, Кара-Буура АА")).containsExactly("Талас", "Кара-Буура АА");
        assertThat(MentionSplitter.split("8 городов (Нарын, Ош)")).containsExactly("Нарын городов", "Ош городов");
        assertThat(MentionSplitter.split("Naryn and Talas regions")).containsExactly("Naryn regions", "Talas regions");
        assertThat(MentionSplitter.split(null)).isEmpty();
    }
}
