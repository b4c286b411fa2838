package kg.kichi.json.internal.model;

import kg.kichi.core.evaluation.Reviewer;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.OrganisationIdCodec;

/** {@link Reviewer}: its affiliations are organisation identifiers. */
public final class ReviewerCodec {
    /** The codec: its members in the order written. */
    public static final Codec<Reviewer> INSTANCE = ObjectCodec.of(Reviewer::builder, Reviewer.Builder::build)
            .member("id", Scalars.STRING, Reviewer::getId, Reviewer.Builder::id)
            .optional("name", Scalars.STRING, Reviewer::getName, Reviewer.Builder::name)
            .list("affiliations", OrganisationIdCodec.INSTANCE, Reviewer::getAffiliations,
                    Reviewer.Builder::affiliations)
            .extensions(Reviewer::getExtensions, Reviewer.Builder::extensions);

    private ReviewerCodec() {}
}
