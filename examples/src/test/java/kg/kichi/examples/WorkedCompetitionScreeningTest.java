package kg.kichi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kg.kichi.core.eligibility.Outcome;
import kg.kichi.core.eligibility.RuleResult;
import kg.kichi.core.eligibility.RuleStatus;
import kg.kichi.core.eligibility.Screening;
import kg.kichi.core.eligibility.Verdict;
import kg.kichi.core.money.ExchangeRates;
import org.junit.jupiter.api.Test;

/**
 * The worked competition screened with 1 EUR = 95.00 KGS. Every expected verdict below was worked out by hand from
 * the fixture's facts and the call's rules (see the application titles), not computed by the code under test.
 */
class WorkedCompetitionScreeningTest {
    static final ExchangeRates RATES = ExchangeRates.none().with("EUR", "KGS", new BigDecimal("95.00"));

    /** application → outcome, failed error rules, unknown error rules, flagged warnings. */
    record Expected(Outcome outcome, List<String> failed, List<String> unknown, List<String> warnings) {}

    static Expected eligible() {
        return new Expected(Outcome.ELIGIBLE, List.of(), List.of(), List.of());
    }

    static Expected ineligible(String... failed) {
        return new Expected(Outcome.INELIGIBLE, List.of(failed), List.of(), List.of());
    }

    static Expected incomplete(String... unknown) {
        return new Expected(Outcome.INCOMPLETE, List.of(), List.of(unknown), List.of());
    }

    static final Map<String, Expected> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("wc-cso-01", eligible());
        EXPECTED.put("wc-cso-02", eligible()); // Karakol city lies in Issyk-Kul region
        EXPECTED.put("wc-cso-03", ineligible("call:coverage")); // Kara-Köl city lies in Jalal-Abad region
        EXPECTED.put("wc-cso-04", ineligible("call:coverage")); // nationwide is not inside three regions
        EXPECTED.put("wc-cso-05", incomplete("call:coverage"));
        EXPECTED.put("wc-cso-06", ineligible("call:legal-forms", "lead-non-profit"));
        EXPECTED.put("wc-cso-07", new Expected(Outcome.INELIGIBLE, List.of("call:currency"),
                List.of("lot:cso:grant-size", "cso-third-party-cap"), List.of())); // no USD rate given
        EXPECTED.put("wc-cso-08", new Expected(Outcome.INELIGIBLE,
                List.of("call:duration", "call:implementation-period"), List.of(), List.of("duration-warning")));
        EXPECTED.put("wc-cso-09", ineligible("call:deadline"));
        EXPECTED.put("wc-cso-10", eligible());
        EXPECTED.put("wc-cso-11", ineligible("call:deadline")); // 20:30 UTC on the 15th is 02:30 on the 16th in Bishkek
        EXPECTED.put("wc-cso-12", eligible());
        EXPECTED.put("wc-cso-13", incomplete("call:deadline"));
        EXPECTED.put("wc-cso-14", ineligible("lead-registered-12m"));
        EXPECTED.put("wc-cso-15", incomplete("lead-registered-12m")); // March 2023: either answer possible
        EXPECTED.put("wc-cso-16", incomplete("lead-registered-12m"));
        EXPECTED.put("wc-cso-17", eligible());
        EXPECTED.put("wc-cso-18", ineligible("call:partner-kinds", "cso-partners", "cso-media-partner"));
        EXPECTED.put("wc-cso-19", ineligible("cso-media-partner"));
        EXPECTED.put("wc-cso-20", ineligible("cso-partners"));
        EXPECTED.put("wc-cso-21", ineligible("partner-forms"));
        EXPECTED.put("wc-cso-22", incomplete("partner-forms"));
        EXPECTED.put("wc-cso-23", ineligible("lot:cso:grant-size", "cso-third-party-cap"));
        EXPECTED.put("wc-cso-24", ineligible("lot:cso:grant-size"));
        EXPECTED.put("wc-cso-25", ineligible("cso-third-party-cap")); // KGS 1,450,000 ≈ EUR 15,263.16
        EXPECTED.put("wc-cso-26", eligible()); // KGS 1,400,000 ≈ EUR 14,736.84
        EXPECTED.put("wc-cso-27", ineligible("indirect-7"));
        EXPECTED.put("wc-cso-28", incomplete("indirect-7"));
        EXPECTED.put("wc-cso-29", ineligible("documents"));
        EXPECTED.put("wc-cso-30", incomplete("lead-not-excluded", "documents"));
        EXPECTED.put("wc-cso-31", ineligible("lead-not-excluded"));
        EXPECTED.put("wc-cso-32", new Expected(Outcome.INELIGIBLE, List.of("documents"), List.of("lead-not-excluded"),
                List.of()));
        EXPECTED.put("wc-cso-33", ineligible("one-per-lead"));
        EXPECTED.put("wc-cso-34", ineligible("one-per-lead"));
        EXPECTED.put("wc-cso-35", ineligible("one-per-lead")); // withdrawn itself, beside the lead's live one
        EXPECTED.put("wc-cso-36", eligible()); // the withdrawn one does not count against it
        EXPECTED.put("wc-cso-37", ineligible("lead-seat-kg"));
        EXPECTED.put("wc-cso-38", incomplete("lead-seat-kg"));
        EXPECTED.put("wc-cso-39", incomplete("call:legal-forms", "no-state-lead"));
        EXPECTED.put("wc-cso-40", ineligible("lead-non-profit"));
        EXPECTED.put("wc-cso-41", ineligible("call:legal-forms", "lead-non-profit", "no-state-lead"));
        EXPECTED.put("wc-cso-42", ineligible("call:implementation-period"));
        EXPECTED.put("wc-cso-43", incomplete("call:implementation-period"));
        EXPECTED.put("wc-cso-44", eligible());
        EXPECTED.put("wc-cso-45", new Expected(Outcome.ELIGIBLE, List.of(), List.of(), List.of("duration-warning")));
        EXPECTED.put("wc-lsg-01", eligible());
        EXPECTED.put("wc-lsg-02", ineligible("lot:lsg:legal-forms"));
        EXPECTED.put("wc-lsg-03", ineligible("lsg-budget"));
        EXPECTED.put("wc-lsg-04", incomplete("lsg-budget"));
        EXPECTED.put("wc-lsg-05", ineligible("lsg-community-partner"));
        EXPECTED.put("wc-lsg-06", eligible());
        EXPECTED.put("wc-lsg-07", ineligible("lot:lsg:grant-size"));
        EXPECTED.put("wc-lsg-08", ineligible("call:coverage")); // Kara-Köl city council: Jalal-Abad region
        EXPECTED.put("wc-lsg-09", eligible()); // Karakol city council: Issyk-Kul region
        EXPECTED.put("wc-lsg-10", ineligible("lsg-budget"));
    }

    static Map<String, Verdict> screen(ExchangeRates rates) {
        return Screening.of(WorkedCompetition.catalogue()).withExchangeRates(rates).screenAll().stream()
                .collect(Collectors.toMap(Verdict::getApplication, v -> v, (a, b) -> a, LinkedHashMap::new));
    }

    static List<String> ids(List<RuleResult> results) {
        return results.stream().map(r -> r.getRule().getId()).toList();
    }

    @Test
    void everyApplicationGetsTheVerdictWorkedOutByHand() {
        Map<String, Verdict> verdicts = screen(RATES);
        assertThat(verdicts.keySet()).containsExactlyElementsOf(EXPECTED.keySet());
        EXPECTED.forEach((id, expected) -> {
            Verdict v = verdicts.get(id);
            assertThat(v.getOutcome()).as(id + " outcome; " + v.getResults()).isEqualTo(expected.outcome());
            assertThat(ids(v.getFailures())).as(id + " failures").containsExactlyElementsOf(expected.failed());
            assertThat(ids(v.getUnknowns())).as(id + " unknowns").containsExactlyElementsOf(expected.unknown());
            assertThat(ids(v.getWarnings())).as(id + " warnings").containsExactlyElementsOf(expected.warnings());
        });
    }

    @Test
    void theFixtureExercisesEveryOutcome() {
        assertThat(EXPECTED.values()).extracting(Expected::outcome).contains(Outcome.values());
    }

    @Test
    void withoutTheEuroRateTheCapIsUnknownAndNoCsoApplicationIsEligible() {
        Map<String, Verdict> verdicts = screen(ExchangeRates.none());
        assertThat(verdicts.get("wc-cso-01").getOutcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(ids(verdicts.get("wc-cso-01").getUnknowns())).containsExactly("cso-third-party-cap");
        assertThat(verdicts.get("wc-cso-01").result("cso-third-party-cap").get().getMissing())
                .containsExactly("exchangeRate:KGS/EUR");
        assertThat(verdicts.get("wc-cso-25").getOutcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(verdicts.get("wc-cso-03").getOutcome()).isEqualTo(Outcome.INELIGIBLE); // a failure stays one
        assertThat(verdicts.get("wc-lsg-01").getOutcome()).isEqualTo(Outcome.ELIGIBLE); // the cap is the cso lot's
    }

    @Test
    void thePlaceTrapIsExplainedWithTheRolledUpRegion() {
        Map<String, Verdict> verdicts = screen(RATES);
        RuleResult karaKol = verdicts.get("wc-cso-03").result("call:coverage").get();
        assertThat(karaKol.getActual()).contains("Kara-Köl (Jalal-Abad Region)");
        assertThat(karaKol.getPath()).isEqualTo("coverage");
        RuleResult karakol = verdicts.get("wc-cso-02").result("call:coverage").get();
        assertThat(karakol.getStatus()).isEqualTo(RuleStatus.PASS);
        assertThat(karakol.getActual()).contains("Karakol (Issyk-Kul Region)");
        assertThat(karaKol.getMessage(Locale.ENGLISH)).isEqualTo("call:coverage: the work takes place within "
                + "[iso3166-2:KG-Y, iso3166-2:KG-N, iso3166-2:KG-T]: not met (Kara-Köl (Jalal-Abad Region))");
    }

    @Test
    void lotRulesDoNotConcernTheOtherLot() {
        Verdict lsg = screen(RATES).get("wc-lsg-01");
        assertThat(lsg.result("lot:cso:grant-size").get().getStatus()).isEqualTo(RuleStatus.NOT_APPLICABLE);
        assertThat(lsg.result("lot:lsg:grant-size").get().getStatus()).isEqualTo(RuleStatus.PASS);
        assertThat(lsg.result("call:legal-forms").get().getStatus()).isEqualTo(RuleStatus.NOT_APPLICABLE);
    }
}
