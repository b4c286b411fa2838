package kg.kichi.json.stream;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.json.internal.model.Envelope;

/** What a streaming read saw: the envelope's members and how many objects each collection had. */
public final class DocumentSummary {
    private final String id;
    private final LocalizedText title;
    private final LocalizedText publisher;
    private final Map<String, String> extensions;
    private final Map<String, Long> counts;

    private DocumentSummary(Envelope envelope, Map<String, Long> counts) {
        this.id = envelope.id();
        this.title = envelope.title();
        this.publisher = envelope.publisher();
        this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(envelope.extensions()));
        this.counts = Collections.unmodifiableMap(counts);
    }

    /** @return the dataset id */
    public String getId() {
        return id;
    }

    /** @return the title, when the document has one */
    public Optional<LocalizedText> getTitle() {
        return Optional.ofNullable(title);
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

    /** Counts the objects of a streaming read. */
    public static final class Counter {
        private final Map<Section, Long> counts = new EnumMap<>(Section.class);

        /**
         * Counts one element.
         *
         * @param section its collection
         * @param valid whether it was read without problems
         */
        public void count(Section section, boolean valid) {
            if (valid) {
                counts.merge(section, 1L, Long::sum);
            }
        }

        /**
         * @param envelope the envelope read
         * @return the summary
         */
        public DocumentSummary summary(Envelope envelope) {
            Map<String, Long> byName = new LinkedHashMap<>();
            for (Section s : Section.values()) {
                byName.put(s.member(), counts.getOrDefault(s, 0L));
            }
            return new DocumentSummary(envelope, byName);
        }
    }
}
