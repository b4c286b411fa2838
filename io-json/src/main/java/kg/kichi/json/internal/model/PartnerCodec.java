package kg.kichi.json.internal.model;

import kg.kichi.core.application.Partner;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.value.LocalizedTextCodec;
import kg.kichi.json.internal.value.OrganisationIdCodec;

/** {@link Partner}, a member of a partnership. */
public final class PartnerCodec {
    /** The codec: its members in the order written. */
    public static final Codec<Partner> INSTANCE = ObjectCodec.of(Partner::builder, Partner.Builder::build)
            .member("organisation", OrganisationIdCodec.INSTANCE, Partner::getOrganisation,
                    Partner.Builder::organisation)
            .member("role", Codes.PARTNER_ROLE, Partner::getRole, Partner.Builder::role)
            .optional("note", LocalizedTextCodec.INSTANCE, Partner::getNote, Partner.Builder::note)
            .extensions(Partner::getExtensions, Partner.Builder::extensions);

    private PartnerCodec() {}
}
