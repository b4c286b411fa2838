package kg.kichi.json.internal.model;

import kg.kichi.core.evaluation.Review;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.LocalizedTextCodec;

/** {@link Review}: {@code conflictOfInterest} is false unless written. */
public final class ReviewCodec {
    /** The codec: its members in the order written. */
    public static final Codec<Review> INSTANCE = ObjectCodec.of(Review::builder, Review.Builder::build)
            .member("id", Scalars.STRING, Review::getId, Review.Builder::id)
            .member("application", Scalars.STRING, Review::getApplication, Review.Builder::application)
            .member("reviewer", Scalars.STRING, Review::getReviewer, Review.Builder::reviewer)
            .member("stage", Scalars.STRING, Review::getStage, Review.Builder::stage)
            .list("scores", ScoreCodec.INSTANCE, Review::getScores, Review.Builder::scores)
            .optional("comments", LocalizedTextCodec.INSTANCE, Review::getComments, Review.Builder::comments)
            .optional("recommendation", Codes.RECOMMENDATION, Review::getRecommendation, Review.Builder::recommendation)
            .member("conflictOfInterest", Scalars.BOOLEAN, Review::isConflictOfInterest,
                    Review.Builder::conflictOfInterest, conflict -> !conflict)
            .extensions(Review::getExtensions, Review.Builder::extensions);

    private ReviewCodec() {}
}
