package kg.kichi.json.internal.model;

import java.util.List;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Extensions;
import kg.kichi.json.internal.stream.DocumentParser;
import kg.kichi.json.stream.Section;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * {@link Catalogue} as a whole document: the envelope's head ({@code formatVersion}, then the members declared in
 * {@link Envelope#MEMBERS}), the collections in the order of {@link Section}, then extensions. Reading checks
 * referential integrity and unique ids through the catalogue's builder ({@link CatalogueAssembler}).
 */
public final class CatalogueCodec implements Codec<Catalogue> {
    /** The instance. */
    public static final CatalogueCodec INSTANCE = new CatalogueCodec(Envelope.MEMBERS);

    private final EnvelopeMembers members;

    private CatalogueCodec(EnvelopeMembers members) {
        this.members = members;
    }

    /**
     * The codec of documents whose envelope has other members than {@link Envelope#MEMBERS}: for tests that a
     * member declared in a table is read and written without other code.
     *
     * @param members the catalogue's members in the envelope
     * @return the codec
     */
    static CatalogueCodec declaring(EnvelopeMembers members) {
        return new CatalogueCodec(members);
    }

    @Override
    public Catalogue read(Cursor in) {
        if (in.token() != JsonToken.START_OBJECT) {
            in.wrongType("object");
            return null;
        }
        long before = in.problems().count();
        Envelope envelope = new Envelope(in, members);
        CatalogueAssembler assembler = new CatalogueAssembler(in);
        DocumentParser.readBody(in, envelope, assembler::add);
        Catalogue catalogue = assembler.finish(envelope);
        return in.problems().count() > before ? null : catalogue;
    }

    @Override
    public void write(Catalogue value, JsonGenerator out) {
        out.writeStartObject();
        members.writeHead(out, value);
        writeSections(value, out);
        Extensions.write(out, value.getExtensions());
        out.writeEndObject();
    }

    /** Each collection, in the order of {@link Section}, unless empty. */
    private static void writeSections(Catalogue value, JsonGenerator out) {
        for (Section section : Section.values()) {
            writeSection(out, section.member(), section.of(value), SectionCodecs.of(section));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void writeSection(JsonGenerator out, String name, List<?> objects, Codec<T> codec) {
        if (!objects.isEmpty()) {
            out.writeName(name);
            out.writeStartArray();
            for (Object object : objects) {
                codec.write((T) object, out); // the section's objects are of the type of its codec
            }
            out.writeEndArray();
        }
    }
}
