package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.Members.list;
import static kg.kichi.json.internal.codec.Members.member;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Fields;
import kg.kichi.json.internal.codec.Members;
import kg.kichi.json.internal.codec.Members.ListMember;
import kg.kichi.json.internal.codec.Members.Member;
import kg.kichi.json.internal.codec.Out;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.LocalizedTextCodec;
import kg.kichi.core.text.LocalizedText;
import tools.jackson.core.JsonGenerator;
import kg.kichi.core.evaluation.Criterion;
import kg.kichi.core.evaluation.Section;

/** {@link Section} of a stage: {@code id, title, criteria, minimum}. */
public final class GridSectionCodec implements Codec<Section> {
    /** The instance. */
    public static final GridSectionCodec INSTANCE = new GridSectionCodec();

    private static final Member<String> ID = member("id", Scalars.STRING);
    private static final Member<LocalizedText> TITLE = member("title", LocalizedTextCodec.INSTANCE);
    private static final ListMember<Criterion> CRITERIA = list("criteria", CriterionCodec.INSTANCE);
    private static final Member<BigDecimal> MINIMUM = member("minimum", Scalars.DECIMAL);
    private static final Members MEMBERS = Members.of(ID, TITLE, CRITERIA, MINIMUM);

    private GridSectionCodec() {}

    @Override
    public Section read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        String id = f.get(ID);
        LocalizedText title = f.get(TITLE);
        List<Criterion> criteria = f.list(CRITERIA);
        BigDecimal minimum = f.get(MINIMUM);
        var extensions = f.extensions();
        try {
            Section.Builder b = Section.builder().id(id).title(title).criteria(criteria)
                    .minimum(Optional.ofNullable(minimum));
            if (!extensions.isEmpty()) {
                b.extensions(extensions);
            }
            return f.built(b.build());
        } catch (InvalidModelException e) {
            return GridSums.invalid(f, e);
        }
    }

    @Override
    public void write(Section value, JsonGenerator out) {
        out.writeStartObject();
        Out.member(out, "id", value.getId(), Scalars.STRING);
        Out.member(out, "title", value.getTitle(), LocalizedTextCodec.INSTANCE);
        Out.list(out, "criteria", value.getCriteria(), CriterionCodec.INSTANCE);
        Out.optional(out, "minimum", value.getMinimum(), Scalars.DECIMAL);
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
