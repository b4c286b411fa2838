package kg.kichi.json.model;

import static kg.kichi.json.codec.Members.list;
import static kg.kichi.json.codec.Members.member;

import java.util.List;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.codec.Codec;
import kg.kichi.json.codec.Cursor;
import kg.kichi.json.codec.Fields;
import kg.kichi.json.codec.Members;
import kg.kichi.json.codec.Out;
import kg.kichi.json.codec.Scalars;
import kg.kichi.json.value.LocalizedTextCodec;
import kg.kichi.json.value.OrganisationIdCodec;
import kg.kichi.json.value.UnitRefCodec;
import tools.jackson.core.JsonGenerator;

/** {@link Organisation}: {@code id, name, acronyms, aliases, legalForm, seat, nonProfit}. */
public final class OrganisationCodec implements Codec<Organisation> {
    /** The instance. */
    public static final OrganisationCodec INSTANCE = new OrganisationCodec();

    private static final Members MEMBERS = Members.of(member("id", OrganisationIdCodec.INSTANCE),
            member("name", LocalizedTextCodec.INSTANCE), list("acronyms", Scalars.STRING),
            list("aliases", Scalars.STRING), member("legalForm", Codes.LEGAL_FORM),
            member("seat", UnitRefCodec.INSTANCE), member("nonProfit", Scalars.BOOLEAN));

    private OrganisationCodec() {}

    @Override
    public Organisation read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        OrganisationId id = f.get("id", OrganisationIdCodec.INSTANCE);
        LocalizedText name = f.get("name", LocalizedTextCodec.INSTANCE);
        List<String> acronyms = f.list("acronyms", Scalars.STRING);
        List<String> aliases = f.list("aliases", Scalars.STRING);
        LegalForm legalForm = f.get("legalForm", Codes.LEGAL_FORM);
        UnitRef seat = f.get("seat", UnitRefCodec.INSTANCE);
        Boolean nonProfit = f.get("nonProfit", Scalars.BOOLEAN);
        var extensions = f.extensions();
        try {
            Organisation.Builder b = Organisation.builder().id(id).name(name).acronyms(acronyms).aliases(aliases)
                    .legalForm(legalForm).seat(java.util.Optional.ofNullable(seat)).extensions(extensions);
            if (nonProfit != null) {
                b.nonProfit(nonProfit);
            }
            return f.built(b.build());
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(Organisation value, JsonGenerator out) {
        out.writeStartObject();
        Out.member(out, "id", value.getId(), OrganisationIdCodec.INSTANCE);
        Out.member(out, "name", value.getName(), LocalizedTextCodec.INSTANCE);
        Out.list(out, "acronyms", value.getAcronyms(), Scalars.STRING);
        Out.list(out, "aliases", value.getAliases(), Scalars.STRING);
        Out.member(out, "legalForm", value.getLegalForm(), Codes.LEGAL_FORM);
        Out.optional(out, "seat", value.getSeat(), UnitRefCodec.INSTANCE);
        Out.member(out, "nonProfit", value.isNonProfit(), Scalars.BOOLEAN);
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
