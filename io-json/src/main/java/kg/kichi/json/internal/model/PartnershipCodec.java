package kg.kichi.json.internal.model;

import kg.kichi.core.application.Partnership;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.codec.Scalars;

/**
 * {@link Partnership}: {@code {"members": [Partner, …], "partial": true}}, exactly one lead; {@code partial} is
 * written only when true (absent: the members are the whole partnership).
 */
public final class PartnershipCodec {
    /** The codec: its members in the order written. */
    public static final Codec<Partnership> INSTANCE = ObjectCodec.of(Partnership::builder, Partnership.Builder::build)
            .list("members", PartnerCodec.INSTANCE, Partnership::getMembers, Partnership.Builder::members)
            .member("partial", Scalars.BOOLEAN, Partnership::isPartial,
                    Partnership.Builder::partial, partial -> !partial)
            .extensions(Partnership::getExtensions, Partnership.Builder::extensions);

    private PartnershipCodec() {}
}
