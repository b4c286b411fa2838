package kg.kichi.core.time;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;

/**
 * A span between two partial dates, such as "April 2021 – September 2022"; either end may be open.
 *
 * <p>The start never lies after the end: {@code 2021-04 .. 2021-04-10} is allowed, {@code 2022-09 .. 2021-04}
 * is not. Written as ISO 8601 intervals with {@code ..} for an open end: {@code 2021-04/2022-09},
 * {@code 2019-11/..}.
 */
public final class DatePeriod {
    private final PartialDate start;
    private final PartialDate end;

    private DatePeriod(PartialDate start, PartialDate end) {
        this.start = start;
        this.end = end;
    }

    /**
     * A period with both ends known.
     *
     * @param start the first date
     * @param end the last date
     * @return the period
     * @throws InvalidModelException with code {@code kichi.period.order} if the start is after the end
     */
    public static DatePeriod of(PartialDate start, PartialDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.isAfter(end)) {
            throw new InvalidModelException("DatePeriod", Violation.of("end", "kichi.period.order",
                    Map.of("start", start.toString(), "end", end.toString())));
        }
        return new DatePeriod(start, end);
    }

    /**
     * A period with no known end.
     *
     * @param start the first date
     * @return the open-ended period
     */
    public static DatePeriod startingFrom(PartialDate start) {
        return new DatePeriod(Objects.requireNonNull(start, "start"), null);
    }

    /**
     * A period with no known start.
     *
     * @param end the last date
     * @return the period
     */
    public static DatePeriod endingOn(PartialDate end) {
        return new DatePeriod(null, Objects.requireNonNull(end, "end"));
    }

    /**
     * Parses {@code start/end}, where either side may be {@code ..} (open) but not both.
     *
     * @param text such as {@code 2021-04/2022-09}
     * @return the period
     * @throws InvalidModelException if the text is malformed or the period is out of order
     */
    public static DatePeriod parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        int slash = s.indexOf('/');
        if (slash < 0 || s.indexOf('/', slash + 1) >= 0) {
            throw new InvalidModelException("DatePeriod", Violation.of("", "kichi.period.format", Map.of("value", s)));
        }
        String a = s.substring(0, slash);
        String b = s.substring(slash + 1);
        if (a.equals("..") && b.equals("..")) {
            throw new InvalidModelException("DatePeriod", Violation.of("", "kichi.period.format", Map.of("value", s)));
        }
        if (a.equals("..")) {
            return endingOn(PartialDate.parse(b));
        }
        if (b.equals("..")) {
            return startingFrom(PartialDate.parse(a));
        }
        return of(PartialDate.parse(a), PartialDate.parse(b));
    }

    /** @return the first date, empty when open */
    public Optional<PartialDate> getStart() {
        return Optional.ofNullable(start);
    }

    /** @return the last date, empty when open */
    public Optional<PartialDate> getEnd() {
        return Optional.ofNullable(end);
    }

    /**
     * Whether a partial date could fall within this period.
     *
     * @param date the date
     * @return whether the date's span overlaps the period
     */
    public boolean overlaps(PartialDate date) {
        return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
    }

    /**
     * The length in whole months from the start's first month to the end's last, both counted, when both ends
     * are known: {@code 2021-04/2022-09} is 18 months.
     *
     * @return the number of months, empty when an end is open
     */
    public Optional<Integer> getLengthInMonths() {
        if (start == null || end == null) {
            return Optional.empty();
        }
        int from = start.getYear() * 12 + start.getFirstDay().getMonthValue();
        int to = end.getYear() * 12 + end.getLastDay().getMonthValue();
        return Optional.of(to - from + 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatePeriod p && Objects.equals(start, p.start) && Objects.equals(end, p.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }

    /** @return {@code start/end} with {@code ..} for an open end */
    @Override
    public String toString() {
        return (start == null ? ".." : start.toString()) + "/" + (end == null ? ".." : end.toString());
    }
}
