package kg.kichi.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.evaluation.ApplicationScore;
import kg.kichi.core.evaluation.Decision;
import kg.kichi.core.evaluation.ExcludedReview;
import kg.kichi.core.evaluation.Exclusion;
import kg.kichi.core.evaluation.Outcome;
import kg.kichi.core.evaluation.RankedApplication;
import kg.kichi.core.evaluation.Selection;
import kg.kichi.core.evaluation.SelectionResult;
import kg.kichi.core.evaluation.TieBreak;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import kg.kichi.core.money.Money;
import kg.kichi.core.time.PartialDate;
import kg.kichi.json.KichiJson;
import kg.kichi.json.Mode;
import org.junit.jupiter.api.Test;

/**
 * The worked competition's civil-society lot after screening (901-worked-competition-evaluation.json): the PRAG
 * concept-note grid (relevance 30 = two criteria ×2 and two ×1, minimum 12; design 20 = two ×2; total 50, minimum
 * 30), three reviewers per application, a declared and an undeclared conflict of interest, a divergent pair, and
 * quotas (Issyk-Kul at least 1, Naryn at most 3) in an envelope of KGS 5,000,000. Every figure below is worked out
 * by hand from the reviews in the file.
 */
class WorkedCompetitionSelectionTest {
    static final String RESOURCE = "/kg/kichi/examples/901-worked-competition-evaluation.json";

    static Catalogue catalogue() throws Exception {
        try (InputStream in = WorkedCompetitionSelectionTest.class.getResourceAsStream(RESOURCE)) {
            return KichiJson.read(in, Mode.STRICT);
        }
    }

    static SelectionResult select() throws Exception {
        return Selection.of(catalogue(), "wc-2024", "cso", Gazetteers.kyrgyzstan()).run();
    }

    static ApplicationScore score(SelectionResult r, String id) {
        return r.getScores().stream().filter(s -> s.getApplication().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theRankingWorkedOutByHand() throws Exception {
        SelectionResult r = select();
        // cso-26 46 (relevance 5×2+5×2+5+5 = 30, design 4×2+4×2 = 16); cso-01 42 (26 + 16); cso-44 40 (26 + 14) and
        // cso-17 40 (24 + 16): the higher relevance first; cso-10 36.666670 (each criterion 11/3 = 3.666667);
        // cso-02 30 (18 + 12), exactly the minimum
        assertThat(r.getRanking()).extracting(x -> x.getApplication().getId(), RankedApplication::getKey,
                RankedApplication::getDecidedBy).containsExactly(
                        tuple("wc-cso-26", new BigDecimal("46.000000"), Optional.empty()),
                        tuple("wc-cso-01", new BigDecimal("42.000000"), Optional.empty()),
                        tuple("wc-cso-44", new BigDecimal("40.000000"), Optional.empty()),
                        tuple("wc-cso-17", new BigDecimal("40.000000"), Optional.of(TieBreak.SECTION_TOTALS)),
                        tuple("wc-cso-10", new BigDecimal("36.666670"), Optional.empty()),
                        tuple("wc-cso-02", new BigDecimal("30.000000"), Optional.empty()));
        ApplicationScore ten = score(r, "wc-cso-10");
        assertThat(ten.getSectionTotals().get("relevance")).isEqualByComparingTo("22.000002");
        assertThat(ten.getSectionTotals().get("design")).isEqualByComparingTo("14.666668");
        assertThat(ten.getReviewerTotals().values()).extracting(BigDecimal::intValue).containsExactly(50, 20, 40);
        assertThat(ten.isDivergent()).isTrue(); // spread 30 > 10
        assertThat(score(r, "wc-cso-01").isDivergent()).isFalse(); // 46, 43, 37: spread 9
    }

    @Test
    void conflictsAreKeptReportedAndNotCounted() throws Exception {
        SelectionResult r = select();
        assertThat(score(r, "wc-cso-17").getExcludedReviews()).extracting(ExcludedReview::getReview,
                ExcludedReview::getReason).containsExactly(tuple("cso-17-d", Exclusion.UNDECLARED_CONFLICT));
        assertThat(score(r, "wc-cso-26").getExcludedReviews()).extracting(ExcludedReview::getReview,
                ExcludedReview::getReason).containsExactly(tuple("cso-26-e", Exclusion.DECLARED_CONFLICT));
        // cso-36: e declared a conflict, c left des-feasibility unscored: one counted review of two needed
        assertThat(score(r, "wc-cso-36").getExcludedReviews()).extracting(ExcludedReview::getReason)
                .containsExactly(Exclusion.INCOMPLETE_REVIEW, Exclusion.DECLARED_CONFLICT);
        assertThat(score(r, "wc-cso-17").getTotal()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("40"));
    }

    @Test
    void theSelectionWorkedOutByHand() throws Exception {
        SelectionResult r = select();
        // Issyk-Kul's minimum first: cso-02 (its only application), 4,000,000 left. Then the ranking: cso-26 1.4M
        // (2.6M left), cso-01 (1.6M), cso-44 (0.6M): Naryn has its 3; cso-17 and cso-10 skipped for Naryn's maximum,
        // reserve 1 and 2. cso-12 is below the relevance minimum (11 < 12); cso-36 is incomplete.
        assertThat(r.getDecisions()).extracting(Decision::getApplication, Decision::getOutcome,
                Decision::getReservePosition).containsExactly(
                        tuple("wc-cso-26", Outcome.SELECTED, Optional.empty()),
                        tuple("wc-cso-01", Outcome.SELECTED, Optional.empty()),
                        tuple("wc-cso-44", Outcome.SELECTED, Optional.empty()),
                        tuple("wc-cso-17", Outcome.RESERVE, Optional.of(1)),
                        tuple("wc-cso-10", Outcome.RESERVE, Optional.of(2)),
                        tuple("wc-cso-02", Outcome.SELECTED, Optional.empty()),
                        tuple("wc-cso-12", Outcome.REJECTED, Optional.empty()),
                        tuple("wc-cso-36", Outcome.PENDING, Optional.empty()));
        assertThat(r.getAllocated().isEqualTo(Money.of("4400000", "KGS"))).isTrue();
        assertThat(r.getRemaining().isEqualTo(Money.of("600000", "KGS"))).isTrue();
        assertThat(r.getFundingLine()).contains(6);
        assertThat(r.decision("wc-cso-02").orElseThrow().getReasons().get(0).getCode())
                .isEqualTo("kichi.selection.quotaMinimum");
        assertThat(r.decision("wc-cso-17").orElseThrow().getMessage(Locale.ENGLISH))
                .isEqualTo("reserve 1: rank 4: skipped, iso3166-2:KG-N already has its maximum of 3 grants");
        assertThat(r.decision("wc-cso-12").orElseThrow().getMessage(Locale.ENGLISH))
                .isEqualTo("rejected: below threshold; section relevance totals 11.000000, below its minimum 12");
        assertThat(r.getRegions()).extracting(c -> c.getUnit(), c -> c.getSelected(), c -> c.isMinimumMet())
                .containsExactly(tuple(UnitRef.iso("KG-Y"), 1, true), tuple(UnitRef.iso("KG-N"), 3, true));
        // the 37 other applications of the lot were not screened eligible (36 submitted, 1 withdrawn)
        assertThat(r.getNotEvaluated()).hasSize(37);
    }

    @Test
    void applyingGivesFourGrantsAndMovesEveryDecidedApplication() throws Exception {
        Catalogue before = catalogue();
        Catalogue after = select().applyTo(before, PartialDate.of(2024, 4, 15));
        assertThat(after.getGrants()).extracting(g -> g.getId(), g -> g.getAmountAwarded().orElseThrow().getAmount())
                .containsExactlyInAnyOrder(tuple("wc-cso-26", new BigDecimal("1400000.0")),
                        tuple("wc-cso-01", new BigDecimal("1000000.0")), tuple("wc-cso-44", new BigDecimal("1000000.0")),
                        tuple("wc-cso-02", new BigDecimal("1000000.0")));
        assertThat(List.of("wc-cso-17", "wc-cso-10", "wc-cso-12", "wc-cso-36", "wc-cso-01"))
                .extracting(id -> after.application(id).orElseThrow().getStatus())
                .containsExactly(ApplicationStatus.RESERVE, ApplicationStatus.RESERVE, ApplicationStatus.REJECTED,
                        ApplicationStatus.UNDER_EVALUATION, ApplicationStatus.AWARDED);
        assertThat(KichiJson.read(KichiJson.writeString(after), Mode.STRICT)).isEqualTo(after);
    }
}
