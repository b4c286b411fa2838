package kg.kichi.json.internal.stream;

import kg.kichi.json.stream.Section;


/** Receives each element of a document's collections as it is read. */
@FunctionalInterface
public interface ElementSink {
    /**
     * Takes one element.
     *
     * @param section its collection
     * @param index its index in the document
     * @param value the object, or {@code null} when it had a problem (already reported)
     * @param id the element's {@code id} member when it was a JSON string, valid or not, else {@code null}: to
     *     recognise references to an invalid element
     */
    void element(Section section, int index, Object value, String id);
}
