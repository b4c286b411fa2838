package kg.kichi.core.quality;

import java.time.LocalDate;
import java.util.Objects;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.gazetteer.Gazetteers;

/**
 * The thresholds of a quality analysis. Immutable; start from {@link #asOf(LocalDate)} and change with the
 * {@code withX} methods.
 *
 * <p>Defaults: dates before 1990-01-01 are far in the past, more than 10 years after the publication date far
 * in the future; 5 findings kept per check; Kyrgyzstan's gazetteer decides which places lie inside others.
 */
public final class QualityOptions {
    private final LocalDate published;
    private final LocalDate earliest;
    private final int futureYears;
    private final int examples;
    private final Gazetteer gazetteer;

    private QualityOptions(LocalDate published, LocalDate earliest, int futureYears, int examples, Gazetteer gazetteer) {
        this.published = Objects.requireNonNull(published, "published");
        this.earliest = Objects.requireNonNull(earliest, "earliest");
        if (futureYears < 0) {
            throw new IllegalArgumentException("futureYears must not be negative: " + futureYears);
        }
        if (examples < 0) {
            throw new IllegalArgumentException("examples must not be negative: " + examples);
        }
        this.futureYears = futureYears;
        this.examples = examples;
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /**
     * The defaults, for data published on a date.
     *
     * @param published when the data was published, or the day it is checked when that is not known
     * @return the options
     */
    public static QualityOptions asOf(LocalDate published) {
        return new QualityOptions(published, LocalDate.of(1990, 1, 1), 10, 5, Gazetteers.kyrgyzstan());
    }

    /** @return when the data was published: awards after it are flagged, and "far future" counts from it */
    public LocalDate getPublished() {
        return published;
    }

    /** @return the earliest plausible date; dates before it are far in the past */
    public LocalDate getEarliest() {
        return earliest;
    }

    /** @return how many years after publication a date is still plausible */
    public int getFutureYears() {
        return futureYears;
    }

    /** @return how many findings each check keeps for the report */
    public int getExamples() {
        return examples;
    }

    /** @return the gazetteer that says which places lie inside others */
    public Gazetteer getGazetteer() {
        return gazetteer;
    }

    /**
     * @param date the earliest plausible date
     * @return a copy with it
     */
    public QualityOptions withEarliest(LocalDate date) {
        return new QualityOptions(published, date, futureYears, examples, gazetteer);
    }

    /**
     * @param years how many years after publication a date is still plausible, not negative
     * @return a copy with it
     * @throws IllegalArgumentException when negative
     */
    public QualityOptions withFutureYears(int years) {
        return new QualityOptions(published, earliest, years, examples, gazetteer);
    }

    /**
     * @param count how many findings each check keeps, not negative
     * @return a copy with it
     * @throws IllegalArgumentException when negative
     */
    public QualityOptions withExamples(int count) {
        return new QualityOptions(published, earliest, futureYears, count, gazetteer);
    }

    /**
     * @param value the gazetteer for place containment
     * @return a copy with it
     */
    public QualityOptions withGazetteer(Gazetteer value) {
        return new QualityOptions(published, earliest, futureYears, examples, value);
    }
}
