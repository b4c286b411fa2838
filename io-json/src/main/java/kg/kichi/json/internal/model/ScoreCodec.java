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
import kg.kichi.core.evaluation.Score;

/** {@link Score} in a review: {@code criterion, points, notApplicable} (false unless written), {@code comment}. */
public final class ScoreCodec implements Codec<Score> {
    /** The instance. */
    public static final ScoreCodec INSTANCE = new ScoreCodec();

    private static final Member<String> CRITERION = member("criterion", Scalars.STRING);
    private static final Member<BigDecimal> POINTS = member("points", Scalars.DECIMAL);
    private static final Member<Boolean> NOT_APPLICABLE = member("notApplicable", Scalars.BOOLEAN);
    private static final Member<LocalizedText> COMMENT = member("comment", LocalizedTextCodec.INSTANCE);
    private static final Members MEMBERS = Members.of(CRITERION, POINTS, NOT_APPLICABLE, COMMENT);

    private ScoreCodec() {}

    @Override
    public Score read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        String criterion = f.get(CRITERION);
        BigDecimal points = f.get(POINTS);
        Boolean notApplicable = f.get(NOT_APPLICABLE);
        LocalizedText comment = f.get(COMMENT);
        var extensions = f.extensions();
        try {
            Score.Builder b = Score.builder().criterion(criterion).points(Optional.ofNullable(points))
                    .notApplicable(Boolean.TRUE.equals(notApplicable)).comment(Optional.ofNullable(comment));
            if (!extensions.isEmpty()) {
                b.extensions(extensions);
            }
            return f.built(b.build());
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(Score value, JsonGenerator out) {
        out.writeStartObject();
        Out.member(out, "criterion", value.getCriterion(), Scalars.STRING);
        Out.optional(out, "points", value.getPoints(), Scalars.DECIMAL);
        if (value.isNotApplicable()) {
            Out.member(out, "notApplicable", true, Scalars.BOOLEAN);
        }
        Out.optional(out, "comment", value.getComment(), LocalizedTextCodec.INSTANCE);
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
