package kg.kichi.json.stream;

import kg.kichi.json.model.Section;
import tools.jackson.databind.JsonNode;

/** Receives each element of a document's collections as it is read. */
@FunctionalInterface
public interface ElementSink {
    /**
     * Takes one element.
     *
     * @param section its collection
     * @param index its index in the document
     * @param value the object, or {@code null} when it had a problem (already reported)
     * @param node the element as read
     */
    void element(Section section, int index, Object value, JsonNode node);
}
