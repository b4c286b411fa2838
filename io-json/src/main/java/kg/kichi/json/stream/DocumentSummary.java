package kg.kichi.json.stream;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;

/** What a streaming read saw: the envelope's members and how many objects each collection had. */
public final class DocumentSummary {
    private final String id;
    private final LocalizedText title;
    private final DatePeriod reportingPeriod;
    private final LocalizedText publisher;
    private final Map<String, String> extensions;
    private final Map<String, Long> counts;

    private DocumentSummary(String id, LocalizedText title, DatePeriod reportingPeriod, LocalizedText publisher,
            Map<String, String> extensions, Map<String, Long> counts) {
        this.id = id;
        this.title = title;
        this.reportingPeriod = reportingPeriod;
        this.publisher = publisher;
        this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
        this.counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /**
     * A summary, as a streaming read makes it.
     *
     * @param id the dataset id
     * @param title the title, or {@code null} when the document has none
     * @param publisher the publisher, or {@code null} when the document has none
     * @param extensions the unknown envelope members kept (copied)
     * @param counts the objects read per collection, by member name (copied, in its iteration order)
     * @return the summary
     * @throws NullPointerException when {@code id}, {@code extensions} or {@code counts} is null
     */
    public static DocumentSummary of(String id, LocalizedText title, LocalizedText publisher,
            Map<String, String> extensions, Map<String, Long> counts) {
        return of(id, title, null, publisher, extensions, counts);
    }

    /**
     * A summary, as a streaming read makes it, with the period the document reports on.
     *
     * @param id the dataset id
     * @param title the title, or {@code null} when the document has none
     * @param reportingPeriod the period the document reports on, or {@code null} when it states none
     * @param publisher the publisher, or {@code null} when the document has none
     * @param extensions the unknown envelope members kept (copied)
     * @param counts the objects read per collection, by member name (copied, in its iteration order)
     * @return the summary
     * @throws NullPointerException when {@code id}, {@code extensions} or {@code counts} is null
     */
    public static DocumentSummary of(String id, LocalizedText title, DatePeriod reportingPeriod,
            LocalizedText publisher, Map<String, String> extensions, Map<String, Long> counts) {
        return new DocumentSummary(Objects.requireNonNull(id, "id"), title, reportingPeriod, publisher,
                Objects.requireNonNull(extensions, "extensions"), Objects.requireNonNull(counts, "counts"));
    }

    /** @return the dataset id */
    public String getId() {
        return id;
    }

    /** @return the title, when the document has one */
    public Optional<LocalizedText> getTitle() {
        return Optional.ofNullable(title);
    }

    /** @return the period the document reports on, when it states one */
    public Optional<DatePeriod> getReportingPeriod() {
        return Optional.ofNullable(reportingPeriod);
    }

    /** @return the publisher, when the document has one */
    public Optional<LocalizedText> getPublisher() {
        return Optional.ofNullable(publisher);
    }

    /** @return unknown envelope members kept in lenient mode */
    public Map<String, String> getExtensions() {
        return extensions;
    }

    /** @return objects read per collection, by member name ({@code grants} → 1000000), every collection listed */
    public Map<String, Long> getCounts() {
        return counts;
    }
}
