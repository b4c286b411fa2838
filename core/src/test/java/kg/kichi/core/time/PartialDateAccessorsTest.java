package kg.kichi.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The parts of a partial date are there only at the precision it was given. */
class PartialDateAccessorsTest {
    @Test
    void aYearHasNoMonthOrDay() {
        PartialDate year = PartialDate.parse("2019");
        assertThat(year.toYear()).isEqualTo(Year.of(2019));
        assertThat(year.getMonth()).isEmpty();
        assertThat(year.getDayOfMonth()).isEqualTo(OptionalInt.empty());
        assertThat(year.toYearMonth()).isEmpty();
        assertThat(year.toLocalDate()).isEmpty();
    }

    @Test
    void aMonthHasNoDay() {
        PartialDate month = PartialDate.parse("2021-02");
        assertThat(month.getMonth()).contains(Month.FEBRUARY);
        assertThat(month.getDayOfMonth()).isEqualTo(OptionalInt.empty());
        assertThat(month.toYearMonth()).contains(YearMonth.of(2021, 2));
        assertThat(month.toLocalDate()).isEmpty();
    }

    @Test
    void aDayHasEverything() {
        PartialDate day = PartialDate.parse("2018-03-03");
        assertThat(day.toYear()).isEqualTo(Year.of(2018));
        assertThat(day.getMonth()).contains(Month.MARCH);
        assertThat(day.getDayOfMonth()).isEqualTo(OptionalInt.of(3));
        assertThat(day.toYearMonth()).contains(YearMonth.of(2018, 3));
        assertThat(day.toLocalDate()).contains(LocalDate.of(2018, 3, 3));
    }
}
