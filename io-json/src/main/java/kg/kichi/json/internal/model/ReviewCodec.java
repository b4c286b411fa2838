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
import kg.kichi.core.evaluation.Recommendation;
import kg.kichi.core.evaluation.Review;
import kg.kichi.core.evaluation.Score;

/**
 * {@link Review}: {@code id, application, reviewer, stage, scores, comments, recommendation,
 * conflictOfInterest} (false unless written).
 */
public final class ReviewCodec implements Codec<Review> {
    /** The instance. */
    public static final ReviewCodec INSTANCE = new ReviewCodec();

    private static final Member<String> ID = member("id", Scalars.STRING);
    private static final Member<String> APPLICATION = member("application", Scalars.STRING);
    private static final Member<String> REVIEWER = member("reviewer", Scalars.STRING);
    private static final Member<String> STAGE = member("stage", Scalars.STRING);
    private static final ListMember<Score> SCORES = list("scores", ScoreCodec.INSTANCE);
    private static final Member<LocalizedText> COMMENTS = member("comments", LocalizedTextCodec.INSTANCE);
    private static final Member<Recommendation> RECOMMENDATION = member("recommendation", Codes.RECOMMENDATION);
    private static final Member<Boolean> CONFLICT = member("conflictOfInterest", Scalars.BOOLEAN);
    private static final Members MEMBERS = Members.of(ID, APPLICATION, REVIEWER, STAGE, SCORES, COMMENTS,
            RECOMMENDATION, CONFLICT);

    private ReviewCodec() {}

    @Override
    public Review read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        String id = f.get(ID);
        String application = f.get(APPLICATION);
        String reviewer = f.get(REVIEWER);
        String stage = f.get(STAGE);
        List<Score> scores = f.list(SCORES);
        LocalizedText comments = f.get(COMMENTS);
        Recommendation recommendation = f.get(RECOMMENDATION);
        Boolean conflict = f.get(CONFLICT);
        var extensions = f.extensions();
        try {
            Review.Builder b = Review.builder().id(id).application(application).reviewer(reviewer).stage(stage)
                    .scores(scores).comments(Optional.ofNullable(comments))
                    .recommendation(Optional.ofNullable(recommendation))
                    .conflictOfInterest(Boolean.TRUE.equals(conflict));
            if (!extensions.isEmpty()) {
                b.extensions(extensions);
            }
            return f.built(b.build());
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(Review value, JsonGenerator out) {
        out.writeStartObject();
        Out.member(out, "id", value.getId(), Scalars.STRING);
        Out.member(out, "application", value.getApplication(), Scalars.STRING);
        Out.member(out, "reviewer", value.getReviewer(), Scalars.STRING);
        Out.member(out, "stage", value.getStage(), Scalars.STRING);
        Out.list(out, "scores", value.getScores(), ScoreCodec.INSTANCE);
        Out.optional(out, "comments", value.getComments(), LocalizedTextCodec.INSTANCE);
        Out.optional(out, "recommendation", value.getRecommendation(), Codes.RECOMMENDATION);
        if (value.isConflictOfInterest()) {
            Out.member(out, "conflictOfInterest", true, Scalars.BOOLEAN);
        }
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
