package kg.kichi.json.internal.model;

import kg.kichi.core.evaluation.Stage;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.LocalizedTextCodec;

/** {@link Stage} of a grid. */
public final class StageCodec {
    /** The codec: its members in the order written. */
    public static final Codec<Stage> INSTANCE = ObjectCodec.of(Stage::builder, Stage.Builder::build)
            .member("id", Scalars.STRING, Stage::getId, Stage.Builder::id)
            .member("title", LocalizedTextCodec.INSTANCE, Stage::getTitle, Stage.Builder::title)
            .list("sections", GridSectionCodec.INSTANCE, Stage::getSections, Stage.Builder::sections)
            .optional("minimum", Scalars.DECIMAL, Stage::getMinimum, Stage.Builder::minimum)
            .extensions(Stage::getExtensions, Stage.Builder::extensions)
            .reportingViolations(GridSums::toReport);

    private StageCodec() {}
}
