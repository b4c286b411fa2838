/**
 * Dates as sources give them: {@link kg.kichi.core.time.PartialDate} (known to the year, the month or the day, and
 * kept at that {@link kg.kichi.core.time.DatePrecision precision}), {@link kg.kichi.core.time.DatePeriod} (two partial
 * dates, either end open, the start never after the end) and {@link kg.kichi.core.time.MonthRange} (durations in whole
 * months).
 *
 * <p>A month is never turned into its first day: "April 2021" stays {@code 2021-04}.
 */
package kg.kichi.core.time;
