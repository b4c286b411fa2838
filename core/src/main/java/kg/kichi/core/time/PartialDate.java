package kg.kichi.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;

/**
 * A date known to the year, the month or the day, kept at the precision it was given: a month is never
 * turned into its first day.
 *
 * <p>Written in ISO 8601 at its precision: {@code 2019}, {@code 2021-02}, {@code 2018-03-03}. A partial date
 * stands for a span of days, from {@link #getFirstDay()} to {@link #getLastDay()}; two partial dates are ordered by
 * {@link #compareTo(PartialDate)} on that span.
 */
public final class PartialDate implements Comparable<PartialDate> {

    private final LocalDate firstDay;
    private final DatePrecision precision;

    private PartialDate(LocalDate firstDay, DatePrecision precision) {
        this.firstDay = firstDay;
        this.precision = precision;
    }

    /**
     * A date known to the year.
     *
     * @param year the year, 1000 to 9999
     * @return the partial date
     */
    public static PartialDate ofYear(int year) {
        return create(year, 1, 1, DatePrecision.YEAR, Integer.toString(year));
    }

    /**
     * A date known to the month.
     *
     * @param year the year, 1000 to 9999
     * @param month the month, 1 to 12
     * @return the partial date
     */
    public static PartialDate of(int year, int month) {
        return create(year, month, 1, DatePrecision.MONTH, year + "-" + month);
    }

    /**
     * A date known to the day.
     *
     * @param year the year, 1000 to 9999
     * @param month the month, 1 to 12
     * @param day the day of the month
     * @return the partial date
     */
    public static PartialDate of(int year, int month, int day) {
        return create(year, month, day, DatePrecision.DAY, year + "-" + month + "-" + day);
    }

    /**
     * A date known to the day.
     *
     * @param date the date
     * @return the partial date
     */
    public static PartialDate from(LocalDate date) {
        return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * A date known to the month.
     *
     * @param month the month
     * @return the partial date
     */
    public static PartialDate from(YearMonth month) {
        return of(month.getYear(), month.getMonthValue());
    }

    /**
     * A date known to the year.
     *
     * @param year the year
     * @return the partial date
     */
    public static PartialDate from(Year year) {
        return ofYear(year.getValue());
    }

    /**
     * Parses ISO 8601 at any of the three precisions: {@code 2019}, {@code 2021-02}, {@code 2018-03-03}.
     *
     * @param text the text
     * @return the partial date
     * @throws InvalidModelException with code {@code kichi.date.format} if the text is none of those forms or
     *     names no real date
     */
    public static PartialDate parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        // the forms of (\d{4})(?:-(\d{2})(?:-(\d{2}))?)?, without a regular expression engine
        int length = s.length();
        if (length != 4 && length != 7 && length != 10 || !digits(s, 0, 4)
                || length > 4 && (s.charAt(4) != '-' || !digits(s, 5, 7))
                || length > 7 && (s.charAt(7) != '-' || !digits(s, 8, 10))) {
            throw invalid(s);
        }
        int year = number(s, 0, 4);
        if (length == 4) {
            return create(year, 1, 1, DatePrecision.YEAR, s);
        }
        int month = number(s, 5, 7);
        if (length == 7) {
            return create(year, month, 1, DatePrecision.MONTH, s);
        }
        return create(year, month, number(s, 8, 10), DatePrecision.DAY, s);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + s.charAt(i) - '0';
        }
        return n;
    }

    private static PartialDate create(int year, int month, int day, DatePrecision precision, String given) {
        if (year < 1000 || year > 9999) {
            throw invalid(given);
        }
        try {
            return new PartialDate(LocalDate.of(year, month, day), precision);
        } catch (DateTimeException e) {
            throw invalid(given);
        }
    }

    private static InvalidModelException invalid(String given) {
        return new InvalidModelException("PartialDate", Violation.of("", "kichi.date.format", Map.of("value", given)));
    }

    /** @return how much of the date is known */
    public DatePrecision getPrecision() {
        return precision;
    }

    /** @return the year */
    public int getYear() {
        return firstDay.getYear();
    }

    /** @return the year, as a {@link Year} */
    public Year toYear() {
        return Year.of(firstDay.getYear());
    }

    /** @return the month, when known (month or day precision); empty at year precision */
    public Optional<Month> getMonth() {
        return precision == DatePrecision.YEAR ? Optional.empty() : Optional.of(firstDay.getMonth());
    }

    /** @return the day of the month, when known (day precision); empty otherwise */
    public OptionalInt getDayOfMonth() {
        return precision == DatePrecision.DAY ? OptionalInt.of(firstDay.getDayOfMonth()) : OptionalInt.empty();
    }

    /** @return the year and month, when the month is known; never a guessed month */
    public Optional<YearMonth> toYearMonth() {
        return precision == DatePrecision.YEAR ? Optional.empty() : Optional.of(YearMonth.from(firstDay));
    }

    /** @return the date, when the day is known; never a guessed day */
    public Optional<LocalDate> toLocalDate() {
        return precision == DatePrecision.DAY ? Optional.of(firstDay) : Optional.empty();
    }

    /** @return the first day of the span this date stands for (the day itself at day precision) */
    public LocalDate getFirstDay() {
        return firstDay;
    }

    /** @return the last day of the span this date stands for (the day itself at day precision) */
    public LocalDate getLastDay() {
        switch (precision) {
            case YEAR:
                return firstDay.withDayOfYear(firstDay.lengthOfYear());
            case MONTH:
                return firstDay.withDayOfMonth(firstDay.lengthOfMonth());
            default:
                return firstDay;
        }
    }

    /**
     * Whether this date's span ends before the other's begins: {@code 2021-02} is before {@code 2021-03-01},
     * but not before {@code 2021-02-15}.
     *
     * @param other the other date
     * @return whether this is wholly before the other
     */
    public boolean isBefore(PartialDate other) {
        return getLastDay().isBefore(other.firstDay);
    }

    /**
     * Whether this date's span begins after the other's ends.
     *
     * @param other the other date
     * @return whether this is wholly after the other
     */
    public boolean isAfter(PartialDate other) {
        return firstDay.isAfter(other.getLastDay());
    }

    /** Orders by first day, then the shorter span first ({@code 2021-02-01} before {@code 2021-02}). */
    @Override
    public int compareTo(PartialDate other) {
        int byStart = firstDay.compareTo(other.firstDay);
        return byStart != 0 ? byStart : other.precision.compareTo(precision);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate d && firstDay.equals(d.firstDay) && precision == d.precision;
    }

    @Override
    public int hashCode() {
        return firstDay.hashCode() * 3 + precision.ordinal();
    }

    /** @return ISO 8601 at this date's precision: {@code 2019}, {@code 2021-02} or {@code 2018-03-03} */
    @Override
    public String toString() {
        switch (precision) {
            case YEAR:
                return String.format("%04d", firstDay.getYear());
            case MONTH:
                return String.format("%04d-%02d", firstDay.getYear(), firstDay.getMonthValue());
            default:
                return firstDay.toString();
        }
    }
}
