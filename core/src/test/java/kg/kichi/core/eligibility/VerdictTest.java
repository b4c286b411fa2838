package kg.kichi.core.eligibility;

import static kg.kichi.core.eligibility.ScreeningFixture.application;
import static kg.kichi.core.eligibility.ScreeningFixture.call;
import static kg.kichi.core.eligibility.ScreeningFixture.screening;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.money.ExchangeRates;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.InvalidModelException;
import org.junit.jupiter.api.Test;

class VerdictTest {
    static final Rule KGS = Rule.currency("kgs", "KGS");
    static final Rule USD = Rule.currency("usd", "USD");
    static final Rule UNSIGNED = Rule.applicantNotExcluded("excl", "declaration-on-honour");

    static Verdict screen(Application app, Rule... rules) {
        var call = call();
        for (Rule r : rules) {
            call.addEligibilityRule(r);
        }
        return screening(call.build(), List.of(app), ExchangeRates.none()).screen(app);
    }

    @Test
    void outcomes() {
        Application app = application().build();
        assertThat(screen(app, KGS).getOutcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(screen(app, KGS, USD).getOutcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(screen(app, KGS, UNSIGNED).getOutcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(screen(app, UNSIGNED, USD).getOutcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(screen(app).getOutcome()).isEqualTo(Outcome.ELIGIBLE); // nothing to check
    }

    @Test
    void warningsNeverChangeTheOutcome() {
        Verdict v = screen(application().build(), KGS, USD.withSeverity(Severity.WARNING),
                UNSIGNED.withSeverity(Severity.WARNING));
        assertThat(v.getOutcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(v.getWarnings()).extracting(r -> r.getRule().getId()).containsExactly("usd", "excl");
        assertThat(v.getFailures()).isEmpty();
    }

    @Test
    void anIneligibleVerdictMovesASubmittedApplicationWithTheReason() {
        Application app = application().build();
        Verdict v = screen(app, KGS, USD);
        Application moved = v.applyTo(app, PartialDate.of(2024, 3, 20));
        StatusChange last = moved.getStatusHistory().get(1);
        assertThat(moved.getStatus()).isEqualTo(ApplicationStatus.INELIGIBLE);
        assertThat(last.getOn()).contains(PartialDate.of(2024, 3, 20));
        assertThat(last.getReason().get().get("en")).contains(
                "ineligible (usd): usd: the requested amount is in USD: not met (KGS)");
        assertThat(last.getReason().get().get("ru"))
                .contains("не допущена (usd): usd: запрашиваемая сумма указана в USD: не выполнено (KGS)");
        assertThat(last.getReason().get().get("ky"))
                .contains("талапка ылайык эмес (usd): usd: суралган сумма USD валютасында: аткарылган жок (KGS)");
    }

    @Test
    void anEligibleVerdictMovesItToEligible() {
        Application app = application().build();
        Application moved = screen(app, KGS).applyTo(app, null);
        assertThat(moved.getStatus()).isEqualTo(ApplicationStatus.ELIGIBLE);
        assertThat(moved.getStatusHistory().get(1).getReason().get().get("en"))
                .contains("eligible: 1 criteria checked, none failed");
    }

    @Test
    void anIncompleteVerdictDecidesNothing() {
        Application app = application().build();
        InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
                () -> screen(app, UNSIGNED).applyTo(app, null));
        assertThat(e.getViolations()).singleElement().satisfies(v -> {
            assertThat(v.getCode()).isEqualTo("kichi.eligibility.incomplete");
            assertThat(v.getMessage(Locale.ENGLISH))
                    .isEqualTo("application a cannot be decided yet: facts are missing for excl");
        });
    }

    @Test
    void onlyASubmittedApplicationMoves() {
        Application eligibleAlready = application().addStatusHistory(StatusChange.of(ApplicationStatus.ELIGIBLE, null))
                .build();
        InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
                () -> screen(eligibleAlready, KGS).applyTo(eligibleAlready, null));
        assertThat(e.getViolations()).extracting(v -> v.getCode()).contains("kichi.application.transition");
        Application other = application().id("other").build();
        InvalidModelException wrong = catchThrowableOfType(InvalidModelException.class,
                () -> screen(application().build(), KGS).applyTo(other, null));
        assertThat(wrong.getViolations()).extracting(v -> v.getCode())
                .containsExactly("kichi.eligibility.otherApplication");
    }
}
