package kg.kichi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;

/** Date assertions shared by the fixture tests. */
final class PartialDatesCheck {
    private PartialDatesCheck() {
    }

    /**
     * Asserts that a date lies within a closed period.
     *
     * @param date the date
     * @param period a period with start and end
     */
    static void announcedWithin(PartialDate date, DatePeriod period) {
        assertThat(date.getFirstDay()).isAfterOrEqualTo(period.getStart().orElseThrow().getFirstDay());
        assertThat(date.getLastDay()).isBeforeOrEqualTo(period.getEnd().orElseThrow().getLastDay());
    }
}
