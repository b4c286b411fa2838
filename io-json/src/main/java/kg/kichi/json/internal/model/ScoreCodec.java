package kg.kichi.json.internal.model;

import kg.kichi.core.evaluation.Score;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.LocalizedTextCodec;

/** {@link Score} in a review: {@code notApplicable} is false unless written. */
public final class ScoreCodec {
    /** The codec: its members in the order written. */
    public static final Codec<Score> INSTANCE = ObjectCodec.of(Score::builder, Score.Builder::build)
            .member("criterion", Scalars.STRING, Score::getCriterion, Score.Builder::criterion)
            .optional("points", Scalars.DECIMAL, Score::getPoints, Score.Builder::points)
            .member("notApplicable", Scalars.BOOLEAN, Score::isNotApplicable,
                    Score.Builder::notApplicable, notApplicable -> !notApplicable)
            .optional("comment", LocalizedTextCodec.INSTANCE, Score::getComment, Score.Builder::comment)
            .extensions(Score::getExtensions, Score.Builder::extensions);

    private ScoreCodec() {}
}
