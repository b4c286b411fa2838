package kg.kichi.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import org.junit.jupiter.api.Test;

/** The options of an analysis, their defaults and what each changes; and the severities' order. */
class QualityOptionsTest {
    private static QualityReport run(Scenario s, QualityOptions options) {
        QualityAnalysis analysis = QualityAnalysis.start(options);
        s.feed(analysis);
        return analysis.finish();
    }

    @Test
    void theDefaults() {
        QualityOptions o = QualityOptions.asOf(Scenario.PUBLISHED);
        assertThat(o.getPublished()).isEqualTo(LocalDate.of(2022, 1, 31));
        assertThat(o.getEarliest()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(o.getFutureYears()).isEqualTo(10);
        assertThat(o.getExamples()).isEqualTo(5);
        assertThat(o.getGazetteer()).isSameAs(Gazetteers.kyrgyzstan());
    }

    @Test
    void aLaterEarliestDateFlagsWhatTheDefaultDoesNot() {
        Scenario s = new Scenario();
        s.programmes.set(0, s.programmes.get(0).withPeriod(Scenario.period("1992-01", "2021-12")));
        QualityOptions defaults = QualityOptions.asOf(Scenario.PUBLISHED);
        assertThat(run(s, defaults).result(QualityCheck.DATE_FAR_PAST).getFlagged()).isZero();

        CheckResult r = run(s, defaults.withEarliest(LocalDate.of(1995, 1, 1))).result(QualityCheck.DATE_FAR_PAST);
        assertThat(r.getFlagged()).isEqualTo(1);
        assertThat(r.getFindings().get(0).message(Locale.ENGLISH))
                .isEqualTo("programme prog: period.start is 1992-01, before 1995-01-01");
    }

    @Test
    void fewerFutureYearsFlagWhatTheDefaultDoesNot() {
        Scenario s = new Scenario();
        s.grants.set(0, s.grant().withPeriod(Scenario.period("2020-06", "2024-03")));
        QualityOptions defaults = QualityOptions.asOf(Scenario.PUBLISHED);
        assertThat(run(s, defaults).result(QualityCheck.DATE_FAR_FUTURE).getFlagged()).isZero();

        CheckResult r = run(s, defaults.withFutureYears(2)).result(QualityCheck.DATE_FAR_FUTURE);
        assertThat(r.getFlagged()).isEqualTo(1);
        assertThat(r.getFindings().get(0).message(Locale.ENGLISH))
                .isEqualTo("grant g-1: period.end is 2024-03, after 2024-01-31");
    }

    @Test
    void eachWithChangesOneOptionAndKeepsTheOthers() {
        Gazetteer units = Gazetteers.of(List.of(Gazetteers.kyrgyzstan().getCountry())); // the country alone
        QualityOptions o = QualityOptions.asOf(Scenario.PUBLISHED).withEarliest(LocalDate.of(1995, 1, 1))
                .withFutureYears(3).withExamples(0).withGazetteer(units);
        assertThat(o.getPublished()).isEqualTo(Scenario.PUBLISHED);
        assertThat(o.getEarliest()).isEqualTo(LocalDate.of(1995, 1, 1));
        assertThat(o.getFutureYears()).isEqualTo(3);
        assertThat(o.getExamples()).isZero();
        assertThat(o.getGazetteer()).isSameAs(units);
    }

    @Test
    void badOptionsAreRefusedNamingTheValue() {
        QualityOptions o = QualityOptions.asOf(Scenario.PUBLISHED);
        assertThatThrownBy(() -> o.withFutureYears(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("futureYears must not be negative: -1");
        assertThatThrownBy(() -> o.withExamples(-2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("examples must not be negative: -2");
        assertThatThrownBy(() -> o.withEarliest(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("earliest");
        assertThatThrownBy(() -> o.withGazetteer(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("gazetteer");
    }

    @Test
    void aWarningReachesBothThresholdsInfoOnlyInfo() {
        assertThat(Severity.WARNING.reaches(Severity.WARNING)).isTrue();
        assertThat(Severity.WARNING.reaches(Severity.INFO)).isTrue();
        assertThat(Severity.INFO.reaches(Severity.INFO)).isTrue();
        assertThat(Severity.INFO.reaches(Severity.WARNING)).isFalse();
        assertThat(Severity.fromCode("warning")).contains(Severity.WARNING);
        assertThat(Severity.fromCode("info")).contains(Severity.INFO);
        assertThat(Severity.fromCode("error")).isEmpty();
    }
}
