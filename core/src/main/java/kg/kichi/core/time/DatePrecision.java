package kg.kichi.core.time;

/** How much of a date a source gave: the year, the month or the day. */
public enum DatePrecision {
    /** Only the year: "2019". */
    YEAR,
    /** The year and month: "February 2021". */
    MONTH,
    /** A full date: "3 March 2018". */
    DAY
}
