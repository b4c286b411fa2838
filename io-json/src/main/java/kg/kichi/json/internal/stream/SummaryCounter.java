package kg.kichi.json.internal.stream;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.json.internal.model.Envelope;
import kg.kichi.json.stream.DocumentSummary;
import kg.kichi.json.stream.Section;

/** Counts the objects of a streaming read, for its {@link DocumentSummary}. */
public final class SummaryCounter {
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
        // the public summary has a getter per member (released API), so it names the members it gives
        return DocumentSummary.of(envelope.value("id", String.class), envelope.value("title", LocalizedText.class),
                envelope.value("reportingPeriod", DatePeriod.class), envelope.value("publisher", LocalizedText.class),
                envelope.extensions(), byName);
    }
}
