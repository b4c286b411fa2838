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
import kg.kichi.core.evaluation.Scale;

/**
 * {@link Criterion} of a grid: {@code id, title, scale, weight} (1 unless written), {@code minimum,
 * notApplicableScore}.
 */
public final class CriterionCodec implements Codec<Criterion> {
    /** The instance. */
    public static final CriterionCodec INSTANCE = new CriterionCodec();

    private static final Member<String> ID = member("id", Scalars.STRING);
    private static final Member<LocalizedText> TITLE = member("title", LocalizedTextCodec.INSTANCE);
    private static final Member<Scale> SCALE = member("scale", ScaleCodec.INSTANCE);
    private static final Member<BigDecimal> WEIGHT = member("weight", Scalars.DECIMAL);
    private static final Member<BigDecimal> MINIMUM = member("minimum", Scalars.DECIMAL);
    private static final Member<BigDecimal> NOT_APPLICABLE = member("notApplicableScore", Scalars.DECIMAL);
    private static final Members MEMBERS = Members.of(ID, TITLE, SCALE, WEIGHT, MINIMUM, NOT_APPLICABLE);

    private CriterionCodec() {}

    @Override
    public Criterion read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        String id = f.get(ID);
        LocalizedText title = f.get(TITLE);
        Scale scale = f.get(SCALE);
        BigDecimal weight = f.get(WEIGHT);
        BigDecimal minimum = f.get(MINIMUM);
        BigDecimal notApplicable = f.get(NOT_APPLICABLE);
        var extensions = f.extensions();
        try {
            Criterion.Builder b = Criterion.builder().id(id).title(title).scale(scale)
                    .minimum(Optional.ofNullable(minimum)).notApplicableScore(Optional.ofNullable(notApplicable));
            if (weight != null) {
                b.weight(weight);
            }
            if (!extensions.isEmpty()) {
                b.extensions(extensions);
            }
            return f.built(b.build());
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(Criterion value, JsonGenerator out) {
        out.writeStartObject();
        Out.member(out, "id", value.getId(), Scalars.STRING);
        Out.member(out, "title", value.getTitle(), LocalizedTextCodec.INSTANCE);
        Out.member(out, "scale", value.getScale(), ScaleCodec.INSTANCE);
        if (value.getWeight().compareTo(BigDecimal.ONE) != 0) {
            Out.member(out, "weight", value.getWeight(), Scalars.DECIMAL);
        }
        Out.optional(out, "minimum", value.getMinimum(), Scalars.DECIMAL);
        Out.optional(out, "notApplicableScore", value.getNotApplicableScore(), Scalars.DECIMAL);
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
