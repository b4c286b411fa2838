package kg.kichi.json.internal.model;

import kg.kichi.core.organisation.Organisation;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.LocalizedTextCodec;
import kg.kichi.json.internal.value.OrganisationIdCodec;
import kg.kichi.json.internal.value.PartialDateCodec;
import kg.kichi.json.internal.value.UnitRefCodec;

/**
 * {@link Organisation}. An absent {@code nonProfit} is "not stated": never filled in from the legal form.
 */
public final class OrganisationCodec {
    /** The codec: its members in the order written. */
    public static final Codec<Organisation> INSTANCE =
            ObjectCodec.of(Organisation::builder, Organisation.Builder::build)
            .member("id", OrganisationIdCodec.INSTANCE, Organisation::getId, Organisation.Builder::id)
            .member("name", LocalizedTextCodec.INSTANCE, Organisation::getName, Organisation.Builder::name)
            .list("acronyms", Scalars.STRING, Organisation::getAcronyms, Organisation.Builder::acronyms)
            .list("aliases", Scalars.STRING, Organisation::getAliases, Organisation.Builder::aliases)
            .member("legalForm", Codes.LEGAL_FORM, Organisation::getLegalForm, Organisation.Builder::legalForm)
            .optional("seat", UnitRefCodec.INSTANCE, Organisation::getSeat, Organisation.Builder::seat)
            .optional("registered", PartialDateCodec.INSTANCE, Organisation::getRegistered,
                    Organisation.Builder::registered)
            .optional("nonProfit", Scalars.BOOLEAN, Organisation::getNonProfit, Organisation.Builder::nonProfit)
            .list("notes", LocalizedTextCodec.INSTANCE, Organisation::getNotes, Organisation.Builder::notes)
            .extensions(Organisation::getExtensions, Organisation.Builder::extensions);

    private OrganisationCodec() {}
}
