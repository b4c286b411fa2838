package kg.kichi.json.internal.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.stream.Section;
import tools.jackson.core.JsonGenerator;

/**
 * The members of a document's envelope that are members of the {@link Catalogue} ({@code id}, {@code title}…),
 * declared one line each: the member's name, its codec, the getter that writes it and the setter of
 * {@link Catalogue.Builder} that reads it. The declaration drives reading ({@link Envelope}: which names are
 * members, which are required), building the catalogue ({@link CatalogueAssembler}) and writing the document's
 * head ({@link CatalogueCodec}, {@link kg.kichi.json.stream.DocumentWriter}), so that adding a member to the
 * envelope is one line in {@link Envelope#MEMBERS}:
 *
 * <pre>{@code
 * .optional("publisher", LocalizedTextCodec.INSTANCE, Catalogue::getPublisher, Catalogue.Builder::publisher)
 * }</pre>
 *
 * <p>The format's own members ({@code $schema}, {@code formatVersion}) are not the catalogue's and are not declared
 * here; {@link Envelope} reads them and {@link #writeHead} writes {@code formatVersion} first. Nor are the
 * collections ({@link Section}), which are streamed.
 *
 * <p>Writing: {@code formatVersion}, then the members in the order declared; a required member is always written
 * ({@code null} when it has no value), an optional one only when it has a value.
 *
 * <p>Immutable: each declaring method returns a new table. Keep the last one in a {@code static final} field.
 */
public final class EnvelopeMembers {
    private final List<Declared<?>> members;
    private final Map<String, Integer> byName = new HashMap<>();

    private EnvelopeMembers(List<Declared<?>> members) {
        this.members = List.copyOf(members);
        for (int i = 0; i < this.members.size(); i++) {
            byName.put(this.members.get(i).name, i);
        }
    }

    /** @return a table without members */
    public static EnvelopeMembers of() {
        return new EnvelopeMembers(List.of());
    }

    /**
     * A member that must be present: its absence is reported ({@code kichi.required}), and it is always written.
     *
     * @param name the member name
     * @param codec its codec
     * @param get the catalogue's getter, which writes it
     * @param set the builder's setter, called only with a value read without problems
     * @param <V> the type of its value
     * @return a table with this member last
     * @throws IllegalArgumentException when the name is declared already, or is a format member or a collection
     */
    public <V> EnvelopeMembers required(String name, Codec<V> codec, Function<Catalogue, ? extends V> get,
            BiConsumer<Catalogue.Builder, V> set) {
        return with(new Declared<>(name, codec, true, Objects.requireNonNull(get, "get"), set));
    }

    /**
     * A member that may be absent, which the catalogue holds as an {@link Optional}: written when present.
     *
     * @param name the member name
     * @param codec its codec
     * @param get the catalogue's getter, which writes it
     * @param set the builder's setter, called only with a value read without problems
     * @param <V> the type of its value
     * @return a table with this member last
     * @throws IllegalArgumentException when the name is declared already, or is a format member or a collection
     */
    public <V> EnvelopeMembers optional(String name, Codec<V> codec, Function<Catalogue, Optional<V>> get,
            BiConsumer<Catalogue.Builder, V> set) {
        Objects.requireNonNull(get, "get");
        return with(new Declared<>(name, codec, false, c -> get.apply(c).orElse(null), set));
    }

    private EnvelopeMembers with(Declared<?> member) {
        if (member.name.equals("$schema") || member.name.equals("formatVersion")) {
            throw new IllegalArgumentException("a member of the format, not of the catalogue: " + member.name);
        }
        if (Section.byMember(member.name) != null) {
            throw new IllegalArgumentException("a collection, which is streamed: " + member.name);
        }
        if (byName.containsKey(member.name)) {
            throw new IllegalArgumentException("member declared twice: " + member.name);
        }
        List<Declared<?>> more = new ArrayList<>(members);
        more.add(member);
        return new EnvelopeMembers(more);
    }

    /** @return how many members are declared */
    int size() {
        return members.size();
    }

    /**
     * @param name a member name
     * @return its index in the order declared, or -1 when it is not declared
     */
    int indexOf(String name) {
        Integer index = byName.get(name);
        return index == null ? -1 : index;
    }

    Declared<?> at(int index) {
        return members.get(index);
    }

    /**
     * Writes the envelope's head, {@code formatVersion} and the catalogue's members, from a catalogue.
     *
     * @param out the generator, inside the envelope object
     * @param catalogue the catalogue
     */
    public void writeHead(JsonGenerator out, Catalogue catalogue) {
        Objects.requireNonNull(catalogue, "catalogue");
        writeFormatVersion(out);
        for (Declared<?> member : members) {
            member.write(out, member.getter.apply(catalogue));
        }
    }

    /**
     * Writes the envelope's head, {@code formatVersion} and the catalogue's members, from values given by name
     * (a member not given has no value), for a document written without a {@link Catalogue}.
     *
     * @param out the generator, inside the envelope object
     * @param values each member's value by name, a value of its codec's type, or null for none
     * @throws IllegalArgumentException when a name is not a declared member
     */
    public void writeHead(JsonGenerator out, Map<String, ?> values) {
        for (String name : values.keySet()) {
            if (!byName.containsKey(name)) {
                throw new IllegalArgumentException("not a member of the envelope: " + name);
            }
        }
        writeFormatVersion(out);
        for (Declared<?> member : members) {
            member.write(out, values.get(member.name));
        }
    }

    private static void writeFormatVersion(JsonGenerator out) {
        out.writeName("formatVersion");
        out.writeString(Envelope.FORMAT_VERSION);
    }

    /** One declared member. */
    static final class Declared<V> {
        final String name;
        final Codec<V> codec;
        final boolean required;
        /** Its value in a catalogue, or null for none. */
        final Function<Catalogue, ? extends V> getter;
        final BiConsumer<Catalogue.Builder, V> setter;

        private Declared(String name, Codec<V> codec, boolean required, Function<Catalogue, ? extends V> get,
                BiConsumer<Catalogue.Builder, V> set) {
            this.name = Objects.requireNonNull(name, "name");
            this.codec = Objects.requireNonNull(codec, "codec");
            this.required = required;
            this.getter = get;
            this.setter = Objects.requireNonNull(set, "set");
        }

        /** Sets a value read (without problems) on the builder. */
        @SuppressWarnings("unchecked")
        void set(Catalogue.Builder builder, Object value) {
            setter.accept(builder, (V) value); // read by this member's codec, so of its type
        }

        @SuppressWarnings("unchecked")
        private void write(JsonGenerator out, Object value) {
            if (value == null) {
                if (required) {
                    out.writeName(name);
                    out.writeNull();
                }
                return;
            }
            out.writeName(name);
            codec.write((V) value, out); // from the catalogue's getter, or given as this member's value
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
