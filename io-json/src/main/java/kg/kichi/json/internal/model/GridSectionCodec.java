package kg.kichi.json.internal.model;

import kg.kichi.core.evaluation.Section;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.LocalizedTextCodec;

/** {@link Section} of a grid. */
public final class GridSectionCodec {
    /** The codec: its members in the order written. */
    public static final Codec<Section> INSTANCE = ObjectCodec.of(Section::builder, Section.Builder::build)
            .member("id", Scalars.STRING, Section::getId, Section.Builder::id)
            .member("title", LocalizedTextCodec.INSTANCE, Section::getTitle, Section.Builder::title)
            .list("criteria", CriterionCodec.INSTANCE, Section::getCriteria, Section.Builder::criteria)
            .optional("minimum", Scalars.DECIMAL, Section::getMinimum, Section.Builder::minimum)
            .extensions(Section::getExtensions, Section.Builder::extensions)
            .reportingViolations(GridSums::toReport);

    private GridSectionCodec() {}
}
