package kg.kichi.core.time;

import static kg.kichi.core.ModelAssertions.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {
    /**
     * Texts of the ISO forms parse unless they name no real date (year below 1000, month 13, 30 February); every
     * other text is rejected: checked against the regular expression the parser once used.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3})
    void parseAcceptsExactlyTheIsoForms(long seed) {
        kg.kichi.core.PatternAgreement.assertAgrees(seed, "(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?", "0120-", 10,
                text -> {
                    try {
                        PartialDate.parse(text);
                        return true;
                    } catch (kg.kichi.core.validation.InvalidModelException e) {
                        return namesNoRealDate(text);
                    }
                });
    }

    /** For a text of one of the three forms: whether it is no real date. */
    private static boolean namesNoRealDate(String text) {
        if (text.length() != 4 && text.length() != 7 && text.length() != 10) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            boolean hyphen = i == 4 || i == 7;
            if (hyphen ? text.charAt(i) != '-' : !Character.isDigit(text.charAt(i)) || text.charAt(i) > '9') {
                return false;
            }
        }
        try {
            int year = Integer.parseInt(text.substring(0, 4));
            int month = text.length() > 4 ? Integer.parseInt(text.substring(5, 7)) : 1;
            int day = text.length() > 7 ? Integer.parseInt(text.substring(8, 10)) : 1;
            java.time.LocalDate.of(year, month, day);
            return year < 1000;
        } catch (NumberFormatException | StringIndexOutOfBoundsException | java.time.DateTimeException e) {
            return e instanceof java.time.DateTimeException;
        }
    }


    @Test
    void keepsEachOfTheThreePrecisions() {
        assertThat(PartialDate.ofYear(2019)).satisfies(d -> {
            assertThat(d.getPrecision()).isEqualTo(DatePrecision.YEAR);
            assertThat(d.toString()).isEqualTo("2019");
        });
        assertThat(PartialDate.of(2021, 2)).satisfies(d -> {
            assertThat(d.getPrecision()).isEqualTo(DatePrecision.MONTH);
            assertThat(d.toString()).isEqualTo("2021-02");
        });
        assertThat(PartialDate.of(2018, 3, 3)).satisfies(d -> {
            assertThat(d.getPrecision()).isEqualTo(DatePrecision.DAY);
            assertThat(d.toString()).isEqualTo("2018-03-03");
            assertThat(d.getYear()).isEqualTo(2018);
        });
        assertThat(PartialDate.from(LocalDate.of(2018, 3, 3))).isEqualTo(PartialDate.of(2018, 3, 3));
        assertThat(PartialDate.from(YearMonth.of(2021, 2))).isEqualTo(PartialDate.of(2021, 2));
        assertThat(PartialDate.from(Year.of(2019))).isEqualTo(PartialDate.ofYear(2019));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019", "2021-02", "2018-03-03", "2020-02-29", "1000", "9999-12-31"})
    void parsesWhatItWrites(String text) {
        assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-02-30", "2021-02-29", "2021-13", "2021-00", "2021-04-31", "2021-01-00", "0999",
        "21-01", "2021-1", "2021-01-1", "2021/01", "2021-01-01T00:00", " 2021", "", "２０２１", "20210"})
    void rejectsTextThatIsNoRealDate(String text) {
        assertThat(violationsOf(() -> PartialDate.parse(text))).singleElement().satisfies(v -> {
            assertThat(v.getCode()).isEqualTo("kichi.date.format");
            assertThat(v.getPath()).isEmpty();
            assertThat(v.getArguments()).containsEntry("value", text);
        });
    }

    @Test
    void factoriesRejectInvalidDatesToo() {
        assertThat(violationsOf(() -> PartialDate.of(2021, 2, 30))).extracting(v -> v.getCode())
                .containsExactly("kichi.date.format");
        assertThat(violationsOf(() -> PartialDate.of(2021, 13))).hasSize(1);
        assertThat(violationsOf(() -> PartialDate.ofYear(10000))).hasSize(1);
        assertThat(violationsOf(() -> PartialDate.ofYear(999))).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"2020, 2020-01-01, 2020-12-31", "2020-02, 2020-02-01, 2020-02-29", "2021-02, 2021-02-01, 2021-02-28",
        "2018-03-03, 2018-03-03, 2018-03-03"})
    void standsForASpanOfDays(String date, String first, String last) {
        PartialDate d = PartialDate.parse(date);
        assertThat(d.getFirstDay()).isEqualTo(LocalDate.parse(first));
        assertThat(d.getLastDay()).isEqualTo(LocalDate.parse(last));
    }

    @Test
    void isBeforeAndIsAfterCompareWholeSpans() {
        PartialDate february = PartialDate.of(2021, 2);
        assertThat(february.isBefore(PartialDate.of(2021, 3, 1))).isTrue();
        assertThat(february.isBefore(PartialDate.of(2021, 2, 15))).isFalse();
        assertThat(february.isAfter(PartialDate.of(2021, 2, 15))).isFalse();
        assertThat(PartialDate.of(2021, 2, 15).isBefore(february)).isFalse();
        assertThat(PartialDate.of(2021, 3, 1).isAfter(february)).isTrue();
        assertThat(PartialDate.ofYear(2021).isAfter(PartialDate.of(2020, 12, 31))).isTrue();
        assertThat(february.isBefore(february)).isFalse();
        assertThat(february.isAfter(february)).isFalse();
    }

    @Test
    void ordersByFirstDayThenShorterSpanFirst() {
        List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.ofYear(2021), PartialDate.of(2021, 2),
                PartialDate.of(2021, 1), PartialDate.of(2021, 1, 1), PartialDate.ofYear(2020), PartialDate.of(2021, 1, 2)));
        Collections.shuffle(dates, new java.util.Random(7));
        Collections.sort(dates);
        assertThat(dates).extracting(PartialDate::toString)
                .containsExactly("2020", "2021-01-01", "2021-01", "2021", "2021-01-02", "2021-02");
    }

    @Test
    void equalityNeedsTheSamePrecision() {
        assertThat(PartialDate.of(2021, 1)).isEqualTo(PartialDate.parse("2021-01"))
                .hasSameHashCodeAs(PartialDate.parse("2021-01"))
                .isNotEqualTo(PartialDate.of(2021, 1, 1)).isNotEqualTo(PartialDate.ofYear(2021));
        assertThat(PartialDate.of(2021, 1).compareTo(PartialDate.of(2021, 1, 1))).isNotZero();
    }
}
