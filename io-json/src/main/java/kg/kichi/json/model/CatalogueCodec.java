package kg.kichi.json.model;

import java.util.Map;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.json.codec.Codec;
import kg.kichi.json.codec.Cursor;
import kg.kichi.json.codec.Out;
import kg.kichi.json.codec.Pointers;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * {@link Catalogue} as a whole document: the envelope ({@code formatVersion}, {@code id}, {@code title},
 * {@code publisher}), the six collections in order, then extensions. Reading checks referential integrity and
 * unique ids through the catalogue's builder ({@link CatalogueAssembler}).
 */
public final class CatalogueCodec implements Codec<Catalogue> {
    /** The instance. */
    public static final CatalogueCodec INSTANCE = new CatalogueCodec();

    private CatalogueCodec() {}

    @Override
    public Catalogue read(Cursor in) {
        if (!in.node().isObject()) {
            in.wrongType("object");
            return null;
        }
        long before = in.problems().count();
        Envelope envelope = new Envelope(in);
        CatalogueAssembler assembler = new CatalogueAssembler(in);
        for (Map.Entry<String, JsonNode> member : in.node().properties()) {
            Section section = Section.byMember(member.getKey());
            if (section == null) {
                envelope.accept(member.getKey(), member.getValue());
                continue;
            }
            Cursor at = in.at(member.getValue(), Pointers.member(in.pointer(), member.getKey()));
            if (member.getValue().isNull()) {
                at.problem("kichi.json.null", Map.of());
            } else if (!member.getValue().isArray()) {
                at.wrongType("array");
            } else {
                for (int i = 0; i < member.getValue().size(); i++) {
                    JsonNode node = member.getValue().get(i);
                    Cursor element = at.at(node, Pointers.element(at.pointer(), i));
                    long start = in.problems().count();
                    Object value = null;
                    if (node.isNull()) {
                        element.problem("kichi.json.null", Map.of());
                    } else {
                        value = section.codec().read(element);
                    }
                    assembler.add(section, i, in.problems().count() > start ? null : value, node);
                }
            }
        }
        envelope.finish();
        Catalogue catalogue = assembler.finish(envelope);
        return in.problems().count() > before ? null : catalogue;
    }

    @Override
    public void write(Catalogue value, JsonGenerator out) {
        out.writeStartObject();
        Envelope.writeHead(out, value.getId(), value.getTitle().orElse(null), value.getPublisher().orElse(null));
        writeSections(value, out);
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void writeSections(Catalogue value, JsonGenerator out) {
        for (Section section : Section.values()) {
            Out.list(out, section.member(), (java.util.List) section.of(value), (Codec) section.codec());
        }
    }
}
