package kg.kichi.core.quality;

import static kg.kichi.core.quality.Findings.args;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;

/**
 * {@link QualityCheck#DATE_FAR_PAST} and {@link QualityCheck#DATE_FAR_FUTURE}: each date of an object on its own,
 * against the plausible range from {@link QualityOptions#getEarliest()} to
 * {@link QualityOptions#getFutureYears()} after {@link QualityOptions#getPublished()}.
 *
 * <p>An object with any date counts once as looked at by both checks, and is flagged at most once by each: at
 * its first date out of range. A date of month or year precision is flagged only when all of it is out of range.
 * Keeps nothing between objects.
 */
final class DateChecks {
    /** What an object's earlier dates were flagged for, as bits of an {@code int}. */
    private static final int PAST = 1;
    private static final int FUTURE = 2;

    private final Findings findings;
    private final LocalDate earliest;
    private final LocalDate farFuture;

    DateChecks(Findings findings, QualityOptions options) {
        this.findings = findings;
        this.earliest = options.getEarliest();
        this.farFuture = options.getPublished().plusYears(options.getFutureYears());
    }

    /**
     * Checks an object's dates.
     *
     * @param self the object
     * @param dates its dates by property path, in the order to report them; empty when it states none
     */
    void dates(Subject self, Map<String, PartialDate> dates) {
        if (dates.isEmpty()) {
            return;
        }
        findings.looked(QualityCheck.DATE_FAR_PAST);
        findings.looked(QualityCheck.DATE_FAR_FUTURE);
        int done = 0;
        String document = self.getDocument().orElse(null);
        for (Map.Entry<String, PartialDate> e : dates.entrySet()) {
            done = date(document, self.getKind(), self.getId(), self.getPointer().orElse(null), e.getKey(),
                    e.getValue(), done);
        }
    }

    /**
     * Checks a grant's dates: like {@link #dates} with {@code awardDate}, {@code period/start} and
     * {@code period/end}, but one by one rather than through a map, because this runs for every grant of a file.
     *
     * @param award the award date, or null when not stated
     * @param period the period, or null when not stated
     */
    void grant(String document, String id, String pointer, PartialDate award, DatePeriod period) {
        if (award == null && period == null) {
            return;
        }
        findings.looked(QualityCheck.DATE_FAR_PAST);
        findings.looked(QualityCheck.DATE_FAR_FUTURE);
        int done = date(document, "grant", id, pointer, "awardDate", award, 0);
        if (period != null) {
            done = date(document, "grant", id, pointer, "period/start", period.getStart().orElse(null), done);
            date(document, "grant", id, pointer, "period/end", period.getEnd().orElse(null), done);
        }
    }

    /**
     * A period's start and end, as {@link #dates} takes them.
     *
     * @param property the period's property path, e.g. {@code period}
     * @return {@code property/start} and {@code property/end}, those stated
     */
    static Map<String, PartialDate> periodDates(Optional<DatePeriod> period, String property) {
        if (period.isEmpty()) {
            return Map.of();
        }
        Map<String, PartialDate> out = new LinkedHashMap<>(2);
        period.get().getStart().ifPresent(d -> out.put(property + "/start", d));
        period.get().getEnd().ifPresent(d -> out.put(property + "/end", d));
        return out;
    }

    /**
     * Checks one date of an object against the plausible range.
     *
     * @param date the date, or null when not stated
     * @param done what the object's earlier dates were already flagged for ({@link #PAST}, {@link #FUTURE}):
     *     an object is flagged once per check
     * @return {@code done} with what this date was flagged for
     */
    private int date(String document, String kind, String id, String pointer, String property, PartialDate date,
            int done) {
        if (date == null) {
            return done;
        }
        int now = done;
        if ((done & PAST) == 0 && date.getLastDay().isBefore(earliest)) {
            now |= PAST;
            findings.flag(QualityCheck.DATE_FAR_PAST, () -> Finding.of(QualityCheck.DATE_FAR_PAST,
                    List.of(Subject.of(kind, id, property, pointer, document)), args("object", kind + " " + id,
                            "property", property.replace('/', '.'), "date", date.toString(),
                            "earliest", earliest.toString())));
        }
        if ((done & FUTURE) == 0 && date.getFirstDay().isAfter(farFuture)) {
            now |= FUTURE;
            findings.flag(QualityCheck.DATE_FAR_FUTURE, () -> Finding.of(QualityCheck.DATE_FAR_FUTURE,
                    List.of(Subject.of(kind, id, property, pointer, document)), args("object", kind + " " + id,
                            "property", property.replace('/', '.'), "date", date.toString(),
                            "latest", farFuture.toString())));
        }
        return now;
    }
}
