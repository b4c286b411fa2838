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
import kg.kichi.core.evaluation.Aggregation;
import kg.kichi.core.evaluation.EvaluationGrid;
import kg.kichi.core.evaluation.Stage;

/**
 * {@link EvaluationGrid} of a call: {@code stages, minimumReviews} (2 unless written), {@code aggregation}
 * ({@code mean} unless written), {@code divergenceThreshold}. A value equal to its default is not written.
 */
public final class EvaluationGridCodec implements Codec<EvaluationGrid> {
    /** The instance. */
    public static final EvaluationGridCodec INSTANCE = new EvaluationGridCodec();

    private static final ListMember<Stage> STAGES = list("stages", StageCodec.INSTANCE);
    private static final Member<Integer> MINIMUM_REVIEWS = member("minimumReviews", Scalars.INTEGER);
    private static final Member<Aggregation> AGGREGATION = member("aggregation", Codes.AGGREGATION);
    private static final Member<BigDecimal> DIVERGENCE = member("divergenceThreshold", Scalars.DECIMAL);
    private static final Members MEMBERS = Members.of(STAGES, MINIMUM_REVIEWS, AGGREGATION, DIVERGENCE);

    private EvaluationGridCodec() {}

    @Override
    public EvaluationGrid read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        List<Stage> stages = f.list(STAGES);
        Integer minimumReviews = f.get(MINIMUM_REVIEWS);
        Aggregation aggregation = f.get(AGGREGATION);
        BigDecimal divergence = f.get(DIVERGENCE);
        var extensions = f.extensions();
        try {
            EvaluationGrid.Builder b = EvaluationGrid.builder().stages(stages)
                    .divergenceThreshold(Optional.ofNullable(divergence));
            if (minimumReviews != null) {
                b.minimumReviews(minimumReviews);
            }
            if (aggregation != null) {
                b.aggregation(aggregation);
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
    public void write(EvaluationGrid value, JsonGenerator out) {
        out.writeStartObject();
        Out.list(out, "stages", value.getStages(), StageCodec.INSTANCE);
        if (value.getMinimumReviews() != 2) {
            Out.member(out, "minimumReviews", value.getMinimumReviews(), Scalars.INTEGER);
        }
        if (value.getAggregation() != Aggregation.MEAN) {
            Out.member(out, "aggregation", value.getAggregation(), Codes.AGGREGATION);
        }
        Out.optional(out, "divergenceThreshold", value.getDivergenceThreshold(), Scalars.DECIMAL);
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
