package kg.kichi.core.quality;

import java.util.Objects;
import java.util.Optional;

/**
 * An object a finding names: its kind and id, the property concerned, and where it was read.
 *
 * <p>The property is a path relative to the object with {@code /} between members ({@code period/end},
 * {@code title/ru}, {@code aliases/1}); empty for the object as a whole. When the object was read from a
 * document, {@link #getPointer()} is the JSON Pointer of that property ({@code /grants/12/period/end}) and
 * {@link #getDocument()} the document's name.
 */
public final class Subject {
    private final String kind;
    private final String id;
    private final String property;
    private final String base;
    private final String document;

    private Subject(String kind, String id, String property, String base, String document) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.id = Objects.requireNonNull(id, "id");
        this.property = Objects.requireNonNull(property, "property");
        this.base = base;
        this.document = document;
    }

    /**
     * A subject.
     *
     * @param kind {@code grant}, {@code call}, {@code lot}, {@code application}, {@code project},
     *     {@code programme} or {@code organisation}
     * @param id the object's identifier
     * @param property the path of the property inside the object, {@code /}-separated; empty for the whole object
     * @param objectPointer the JSON Pointer of the object in its document, or {@code null} when not read from one
     * @param document the document's name, or {@code null}
     * @return the subject
     */
    public static Subject of(String kind, String id, String property, String objectPointer, String document) {
        return new Subject(kind, id, property, objectPointer, document);
    }

    /** @return the kind of object, e.g. {@code grant} */
    public String getKind() {
        return kind;
    }

    /** @return the object's identifier */
    public String getId() {
        return id;
    }

    /** @return the property's path inside the object ({@code /}-separated), empty for the whole object */
    public String getProperty() {
        return property;
    }

    /** @return the JSON Pointer of the property in its document, when the object was read from one */
    public Optional<String> getPointer() {
        if (base == null) {
            return Optional.empty();
        }
        return Optional.of(property.isEmpty() ? base : base + "/" + property);
    }

    /** @return the name of the document the object was read from, when known */
    public Optional<String> getDocument() {
        return Optional.ofNullable(document);
    }

    /** @return the property path in the model's dotted form, e.g. {@code grant lip-02.period.end} */
    public String getPath() {
        return kind + " " + id + (property.isEmpty() ? "" : "." + property.replace('/', '.'));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Subject s && kind.equals(s.kind) && id.equals(s.id) && property.equals(s.property)
                && Objects.equals(base, s.base) && Objects.equals(document, s.document);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, id, property, base, document);
    }

    /** @return the document and pointer when known, else the dotted path */
    @Override
    public String toString() {
        return (document == null ? "" : document + " ") + getPointer().orElse(getPath());
    }
}
