package kg.kichi.core.evaluation;

import static kg.kichi.core.evaluation.EvaluationTesting.application;
import static kg.kichi.core.evaluation.EvaluationTesting.kgs;
import static kg.kichi.core.evaluation.EvaluationTesting.review;
import static kg.kichi.core.evaluation.EvaluationTesting.reviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kg.kichi.core.application.Application;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * Selections worked out by hand. Each application's one review gives its total directly (a one-criterion grid,
 * one review needed), so the ranking is the order of the points given.
 */
class SelectionTest {
    /** Applications a, b, c, d… ranked in that order: points 90, 80, 70…; requests and units as given. */
    static Selection selection(String envelope, String... requestsAndUnits) {
        List<Application> apps = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        for (int i = 0; i < requestsAndUnits.length; i++) {
            String id = String.valueOf((char) ('a' + i));
            String[] parts = requestsAndUnits[i].split("@");
            apps.add(application(id, parts[0].isEmpty() ? null : parts[0], parts.length > 1 ? parts[1] : null));
            reviews.add(review("rv-" + id, id, "r1", String.valueOf(90 - 10 * i)));
        }
        return Selection.builder().grid(EvaluationTesting.pointsGrid(1)).envelope(kgs(envelope)).applications(apps)
                .reviews(reviews).reviewers(List.of(reviewer("r1"))).gazetteer(Gazetteers.kyrgyzstan());
    }

    static List<String> outcomes(SelectionResult result) {
        return result.getDecisions().stream().map(d -> d.getApplication() + ":" + d.getOutcome().getCode()
                + d.getReservePosition().map(p -> "" + p).orElse("")).toList();
    }

    @Test
    void skipWalksOnAndTheReserveListFollowsTheRanking() {
        // 100: a 60 → 40 left; b 50 skipped; c 30 → 10 left; d 20 skipped
        SelectionResult r = selection("100", "60", "50", "30", "20").run();
        assertThat(outcomes(r)).containsExactly("a:selected", "b:reserve1", "c:selected", "d:reserve2");
        assertThat(r.getAllocated()).isEqualTo(kgs("90"));
        assertThat(r.getRemaining().getAmount()).isEqualByComparingTo("10");
        assertThat(r.getFundingLine()).contains(3);
        assertThat(r.decision("b").orElseThrow().getReasons()).containsExactly(Finding.of("kichi.selection.noMoney",
                "rank", "2", "requested", "KGS 50", "left", "KGS 40"));
        assertThat(r.decision("b").orElseThrow().getMessage(Locale.ENGLISH))
                .isEqualTo("reserve 1: rank 2: skipped, it requests KGS 50 and only KGS 40 is left");
        assertThat(r.decision("b").orElseThrow().getMessage(Locale.forLanguageTag("ru")))
                .isEqualTo("резерв 1: место 2: пропущена, запрошено KGS 50, а осталось только KGS 40");
        assertThat(r.decision("b").orElseThrow().getMessage(Locale.forLanguageTag("ky")))
                .isEqualTo("резерв 1: 2-орун: өткөрүлүп жиберилди, KGS 50 суралган, ал эми KGS 40 гана калды");
        assertThat(r.decision("a").orElseThrow().getMessage(Locale.ENGLISH))
                .isEqualTo("selected: rank 1 with 90.000000 points: KGS 60 granted of KGS 100 left");
    }

    @Test
    void stopEndsTheWalkAtTheFirstMisfit() {
        SelectionResult r = selection("100", "60", "50", "30", "20")
                .policy(SelectionPolicy.builder().rule(SelectionRule.STOP).build()).run();
        assertThat(outcomes(r)).containsExactly("a:selected", "b:reserve1", "c:reserve2", "d:reserve3");
        assertThat(r.decision("c").orElseThrow().getReasons())
                .containsExactly(Finding.of("kichi.selection.afterStop", "rank", "3", "stop", "2"));
    }

    @Test
    void plannedNumberAndReserveLength() {
        SelectionResult r = selection("1000", "60", "50", "30", "20").plannedGrants(2)
                .policy(SelectionPolicy.builder().reserveLength(1).build()).run();
        assertThat(outcomes(r)).containsExactly("a:selected", "b:selected", "c:reserve1", "d:rejected");
        assertThat(r.decision("d").orElseThrow().getReasons()).containsExactly(
                Finding.of("kichi.selection.cap", "rank", "4", "planned", "2"),
                Finding.of("kichi.selection.reserveFull", "length", "1"));
    }

    @Test
    void partialFundingDownToTheFloor() {
        // 100: a 60 → 40 left; b asks 50, floor 80 % = 40 ≤ 40 → 40; c asks 30 with nothing left
        SelectionResult r = selection("100", "60", "50", "30")
                .policy(SelectionPolicy.builder().partialFundingFloor(new BigDecimal("80")).build()).run();
        assertThat(outcomes(r)).containsExactly("a:selected", "b:selected", "c:reserve1");
        assertThat(r.decision("b").orElseThrow().getAmount()).contains(kgs("40"));
        assertThat(r.decision("b").orElseThrow().getReasons().get(0).getCode()).isEqualTo("kichi.selection.partial");
        // floor 81 %: 40.5 > 40 → skipped
        SelectionResult strict = selection("100", "60", "50", "30")
                .policy(SelectionPolicy.builder().partialFundingFloor(new BigDecimal("81")).build()).run();
        assertThat(outcomes(strict)).containsExactly("a:selected", "b:reserve1", "c:selected");
    }

    @Test
    void regionalMinimumsComeFirstFromEachRegionsOwnRanking() {
        // without quotas: a, b (planned 2). Naryn needs one: its best, d, is selected first, then a; b and c cap.
        Selection base = selection("1000", "60@KG-C", "30@KG-C", "30@KG-O", "30@KG-N", "10@KG-N").plannedGrants(2);
        assertThat(outcomes(base.run()))
                .containsExactly("a:selected", "b:selected", "c:reserve1", "d:reserve2", "e:reserve3");
        SelectionResult r = selection("1000", "60@KG-C", "30@KG-C", "30@KG-O", "30@KG-N", "10@KG-N").plannedGrants(2)
                .policy(SelectionPolicy.builder().addQuota(RegionalQuota.builder().unit(UnitRef.iso("KG-N")).min(1)
                        .build()).build()).run();
        assertThat(outcomes(r)).containsExactly("a:selected", "b:reserve1", "c:reserve2", "d:selected", "e:reserve3");
        assertThat(r.decision("d").orElseThrow().getReasons().get(0).getCode())
                .isEqualTo("kichi.selection.quotaMinimum");
        assertThat(r.getRegions()).singleElement().satisfies(c -> {
            assertThat(c.getUnit()).isEqualTo(UnitRef.iso("KG-N"));
            assertThat(c.getSelected()).isEqualTo(1);
            assertThat(c.getPassing()).isEqualTo(2);
            assertThat(c.isMinimumMet()).isTrue();
        });
    }

    @Test
    void regionalMaximumSkipsAndMultiRegionOrNationwideWorkCountsNowhere() {
        SelectionResult r = selection("1000", "60@KG-C", "30@KG-C", "30@KG", "30")
                .policy(SelectionPolicy.builder().addQuota(RegionalQuota.builder().unit(UnitRef.iso("KG-C")).max(1)
                        .build()).build()).run();
        assertThat(outcomes(r)).containsExactly("a:selected", "b:reserve1", "c:selected", "d:selected");
        assertThat(r.decision("b").orElseThrow().getReasons()).containsExactly(Finding.of("kichi.selection.regionMax",
                "rank", "2", "region", UnitRef.iso("KG-C"), "max", "1"));
        assertThat(r.decision("c").orElseThrow().getRegionNote())
                .contains(Finding.of("kichi.selection.region.nationwide"));
        assertThat(r.decision("d").orElseThrow().getRegionNote())
                .contains(Finding.of("kichi.selection.region.notStated"));
        assertThat(r.decision("a").orElseThrow().getRegion()).contains(UnitRef.iso("KG-C"));
    }

    @Test
    void aMinimumMoneyCannotMeetIsReportedUnmet() {
        // Talas asks 500, but only 100: its minimum stays unmet and the walk funds the rest
        SelectionResult r = selection("100", "60@KG-C", "500@KG-T", "30@KG-O")
                .policy(SelectionPolicy.builder().addQuota(RegionalQuota.builder().unit(UnitRef.iso("KG-T")).min(1)
                        .build()).build()).run();
        assertThat(outcomes(r)).containsExactly("a:selected", "b:reserve1", "c:selected");
        assertThat(r.getRegions().get(0).isMinimumMet()).isFalse();
    }

    @Test
    void shortlistUntilTheRequestsReachTwiceTheEnvelope() {
        // limit 200: a 80 (sum 80), b 70 (150), c 60 (210, reaches it), d out
        SelectionResult r = selection("100", "80", "70", "60", "50")
                .policy(SelectionPolicy.builder().mode(SelectionMode.SHORTLIST).build()).run();
        assertThat(outcomes(r)).containsExactly("a:shortlisted", "b:shortlisted", "c:shortlisted", "d:rejected");
        assertThat(r.getShortlistLimit()).contains(kgs("200"));
        assertThat(r.getFundingLine()).contains(3);
    }

    @Test
    void belowThresholdAndIncompleteComeAfterTheRanking() {
        EvaluationGrid grid = EvaluationGrid.builder().from(EvaluationTesting.pointsGrid(1))
                .stages(List.of(Stage.builder().from(EvaluationTesting.pointsGrid(1).getStages().get(0))
                        .minimum(new BigDecimal("50")).build())).build();
        SelectionResult r = Selection.builder().grid(grid).envelope(kgs("1000"))
                .applications(List.of(application("low", "10", null), application("none", "10", null),
                        application("ok", "10", null)))
                .reviews(List.of(review("r-low", "low", "r1", "40"), review("r-ok", "ok", "r1", "60")))
                .reviewers(List.of(reviewer("r1"))).run();
        assertThat(outcomes(r)).containsExactly("ok:selected", "low:rejected", "none:pending");
        assertThat(r.decision("low").orElseThrow().getMessage(Locale.ENGLISH))
                .isEqualTo("rejected: below threshold; the total 40.000000 is below the minimum 50");
        assertThat(r.decision("none").orElseThrow().getMessage(Locale.ENGLISH))
                .isEqualTo("pending: incomplete, needs more reviews; 0 counted reviews, 1 needed");
    }

    @Test
    void missingInputsAreTypedErrors() {
        assertThatThrownBy(() -> Selection.builder().run())
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getPath).containsExactlyInAnyOrder("grid", "envelope"));
        assertThatThrownBy(() -> selection("100", "10").envelope(EvaluationTesting.kgs("1").plus(kgs("1")))
                .envelope(kg.kichi.core.money.Money.of("100", "USD")).gazetteer(null)
                .policy(SelectionPolicy.builder().addQuota(RegionalQuota.builder().unit(UnitRef.iso("KG-N")).build())
                        .build()).run())
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getCode).containsExactlyInAnyOrder("kichi.selection.gazetteerNeeded",
                                "kichi.money.currencyMismatch"));
    }
}
