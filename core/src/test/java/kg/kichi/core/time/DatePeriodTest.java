package kg.kichi.core.time;

import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static kg.kichi.core.ModelAssertions.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatePeriodTest {
    private static PartialDate d(String text) {
        return PartialDate.parse(text);
    }

    @Test
    void allowsStartAndEndThatOverlap() {
        DatePeriod period = DatePeriod.of(d("2021-04"), d("2021-04-10"));
        assertThat(period.getStart()).contains(d("2021-04"));
        assertThat(period.getEnd()).contains(d("2021-04-10"));
        assertThat(DatePeriod.of(d("2021"), d("2021")).toString()).isEqualTo("2021/2021");
    }

    @Test
    void rejectsAnEndBeforeTheStart() {
        assertThat(violationsOf(() -> DatePeriod.of(d("2022-09"), d("2021-04")))).singleElement().satisfies(v -> {
            assertThat(v.getPath()).isEqualTo("end");
            assertThat(v.getCode()).isEqualTo("kichi.period.order");
            assertThat(v.getArguments()).isEqualTo(Map.of("start", "2022-09", "end", "2021-04"));
        });
        assertRejected(() -> DatePeriod.parse("2021-04-11/2021-04-10"))
                .containsExactly(violation("end", "kichi.period.order"));
    }

    @Test
    void mayBeOpenAtEitherEnd() {
        DatePeriod from = DatePeriod.startingFrom(d("2019-11"));
        assertThat(from.getEnd()).isEmpty();
        assertThat(from.toString()).isEqualTo("2019-11/..");
        assertThat(from.getLengthInMonths()).isEmpty();
        DatePeriod until = DatePeriod.endingOn(d("2020"));
        assertThat(until.getStart()).isEmpty();
        assertThat(until.toString()).isEqualTo("../2020");
        assertThat(until.getLengthInMonths()).isEmpty();
        assertThat(DatePeriod.parse("../2020")).isEqualTo(until);
        assertThat(DatePeriod.parse("2019-11/..")).isEqualTo(from);
    }

    @ParameterizedTest
    @CsvSource({"2021-04/2022-09, 18", "2021/2021, 12", "2021-04-10/2021-04-20, 1", "2019-12-31/2020-01-01, 2",
        "2018/2019-02, 14"})
    void measuresItsLengthInMonthsCountingBothEnds(String text, int months) {
        assertThat(DatePeriod.parse(text).getLengthInMonths()).contains(months);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2021", "../..", "2021/2022/2023", "2021-04 / 2022", "/2021", "2021/"})
    void rejectsMalformedText(String text) {
        assertThat(violationsOf(() -> DatePeriod.parse(text))).singleElement()
                .satisfies(v -> assertThat(v.getCode()).isIn("kichi.period.format", "kichi.date.format"));
    }

    @Test
    void reportsAnInvalidDateInsideAPeriod() {
        assertRejected(() -> DatePeriod.parse("2021-02-30/2022")).containsExactly(violation("", "kichi.date.format"));
    }

    @Test
    void overlapsDatesWhoseSpanTouchesIt() {
        DatePeriod period = DatePeriod.parse("2021-04/2022-09");
        assertThat(period.overlaps(d("2021"))).isTrue();
        assertThat(period.overlaps(d("2022-09-30"))).isTrue();
        assertThat(period.overlaps(d("2022-10"))).isFalse();
        assertThat(period.overlaps(d("2021-03-31"))).isFalse();
        assertThat(DatePeriod.startingFrom(d("2021")).overlaps(d("3000"))).isTrue();
    }

    @Test
    void equalityIsByEnds() {
        assertThat(DatePeriod.parse("2021-04/2022-09")).isEqualTo(DatePeriod.of(d("2021-04"), d("2022-09")))
                .hasSameHashCodeAs(DatePeriod.of(d("2021-04"), d("2022-09")))
                .isNotEqualTo(DatePeriod.parse("2021-04/2022-09-30"))
                .isNotEqualTo(DatePeriod.startingFrom(d("2021-04")));
    }
}
