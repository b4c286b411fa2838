package kg.kichi.json.internal.model;

import kg.kichi.core.evaluation.Aggregation;
import kg.kichi.core.evaluation.EvaluationGrid;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.codec.Scalars;

/**
 * {@link EvaluationGrid} of a call: {@code minimumReviews} (2 unless written) and {@code aggregation} ({@code mean}
 * unless written) are not written when equal to their default.
 */
public final class EvaluationGridCodec {
    /** The codec: its members in the order written. */
    public static final Codec<EvaluationGrid> INSTANCE =
            ObjectCodec.of(EvaluationGrid::builder, EvaluationGrid.Builder::build)
            .list("stages", StageCodec.INSTANCE, EvaluationGrid::getStages, EvaluationGrid.Builder::stages)
            .member("minimumReviews", Scalars.INTEGER, EvaluationGrid::getMinimumReviews,
                    EvaluationGrid.Builder::minimumReviews, n -> n == 2)
            .member("aggregation", Codes.AGGREGATION, EvaluationGrid::getAggregation,
                    EvaluationGrid.Builder::aggregation, a -> a == Aggregation.MEAN)
            .optional("divergenceThreshold", Scalars.DECIMAL, EvaluationGrid::getDivergenceThreshold,
                    EvaluationGrid.Builder::divergenceThreshold)
            .extensions(EvaluationGrid::getExtensions, EvaluationGrid.Builder::extensions);

    private EvaluationGridCodec() {}
}
