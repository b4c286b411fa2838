package kg.kichi.json.internal.model;

import java.math.BigDecimal;
import kg.kichi.core.evaluation.Criterion;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.LocalizedTextCodec;

/** {@link Criterion} of a grid: {@code weight} is 1 unless written. */
public final class CriterionCodec {
    /** The codec: its members in the order written. */
    public static final Codec<Criterion> INSTANCE = ObjectCodec.of(Criterion::builder, Criterion.Builder::build)
            .member("id", Scalars.STRING, Criterion::getId, Criterion.Builder::id)
            .member("title", LocalizedTextCodec.INSTANCE, Criterion::getTitle, Criterion.Builder::title)
            .member("scale", ScaleCodec.INSTANCE, Criterion::getScale, Criterion.Builder::scale)
            .member("weight", Scalars.DECIMAL, Criterion::getWeight,
                    Criterion.Builder::weight, weight -> weight.compareTo(BigDecimal.ONE) == 0)
            .optional("minimum", Scalars.DECIMAL, Criterion::getMinimum, Criterion.Builder::minimum)
            .optional("notApplicableScore", Scalars.DECIMAL, Criterion::getNotApplicableScore,
                    Criterion.Builder::notApplicableScore)
            .extensions(Criterion::getExtensions, Criterion.Builder::extensions);

    private CriterionCodec() {}
}
