package kg.kichi.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tally every check writes to: counts without limit, findings up to the limit, built only while kept. */
class FindingsTest {
    private static Finding titleFinding(String grant) {
        return Finding.of(QualityCheck.TITLE_TOO_LONG, List.of(Subject.of("grant", grant, "title/en", null, null)),
                Map.of("grant", grant, "language", "en", "length", "150", "limit", "140"));
    }

    @Test
    void keepsTheFirstFindingsAndCountsTheRestWithoutBuildingThem() {
        Findings findings = new Findings(2);
        List<String> built = new ArrayList<>();
        for (String grant : List.of("g-1", "g-2", "g-3")) {
            findings.looked(QualityCheck.TITLE_TOO_LONG);
            findings.flag(QualityCheck.TITLE_TOO_LONG, () -> {
                built.add(grant);
                return titleFinding(grant);
            });
        }
        findings.looked(QualityCheck.TITLE_TOO_LONG);

        CheckResult result = findings.results().get(QualityCheck.TITLE_TOO_LONG.ordinal());
        assertThat(result.getLookedAt()).isEqualTo(4);
        assertThat(result.getFlagged()).isEqualTo(3);
        assertThat(result.getFindings()).containsExactly(titleFinding("g-1"), titleFinding("g-2"));
        assertThat(built).containsExactly("g-1", "g-2");
    }

    @Test
    void oneFindingMayCountSeveralObjects() {
        Findings findings = new Findings(5);
        for (int i = 0; i < 3; i++) {
            findings.looked(QualityCheck.TITLE_TOO_LONG);
        }
        findings.flagCounted(QualityCheck.TITLE_TOO_LONG, 3, () -> titleFinding("g-1"));
        assertThat(findings.results().get(QualityCheck.TITLE_TOO_LONG.ordinal()).getFlagged()).isEqualTo(3);
    }

    @Test
    void givesOneResultPerCheckInTheirOrderEvenWhenNothingWasLookedAt() {
        List<CheckResult> results = new Findings(5).results();
        assertThat(results).extracting(CheckResult::getCheck).containsExactly(QualityCheck.values());
        assertThat(results).allSatisfy(r -> {
            assertThat(r.getLookedAt()).isZero();
            assertThat(r.getFlagged()).isZero();
            assertThat(r.getFindings()).isEmpty();
        });
    }

    @Test
    void argumentsKeepTheOrderGiven() {
        assertThat(Findings.args("grant", "g-1", "amount", "0 KGS", "call", "c-1").keySet())
                .containsExactly("grant", "amount", "call");
    }
}
