package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.Members.list;
import static kg.kichi.json.internal.codec.Members.member;

import java.util.List;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.PartialDate;
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
import kg.kichi.json.internal.value.OrganisationIdCodec;
import kg.kichi.json.internal.value.PartialDateCodec;
import kg.kichi.json.internal.value.UnitRefCodec;
import tools.jackson.core.JsonGenerator;

/**
 * {@link Organisation}: {@code id, name, acronyms, aliases, legalForm, seat, registered, nonProfit, notes}.
 * {@code nonProfit} is written only when a source states it; absent reads as not stated.
 */
public final class OrganisationCodec implements Codec<Organisation> {
    /** The instance. */
    public static final OrganisationCodec INSTANCE = new OrganisationCodec();

    private static final Member<OrganisationId> ID = member("id", OrganisationIdCodec.INSTANCE);
    private static final Member<LocalizedText> NAME = member("name", LocalizedTextCodec.INSTANCE);
    private static final ListMember<String> ACRONYMS = list("acronyms", Scalars.STRING);
    private static final ListMember<String> ALIASES = list("aliases", Scalars.STRING);
    private static final Member<LegalForm> LEGAL_FORM = member("legalForm", Codes.LEGAL_FORM);
    private static final Member<UnitRef> SEAT = member("seat", UnitRefCodec.INSTANCE);
    private static final Member<PartialDate> REGISTERED = member("registered", PartialDateCodec.INSTANCE);
    private static final Member<Boolean> NON_PROFIT = member("nonProfit", Scalars.BOOLEAN);
    private static final ListMember<LocalizedText> NOTES = list("notes", LocalizedTextCodec.INSTANCE);
    private static final Members MEMBERS = Members.of(ID, NAME, ACRONYMS, ALIASES, LEGAL_FORM, SEAT, REGISTERED,
            NON_PROFIT, NOTES);

    private OrganisationCodec() {}

    @Override
    public Organisation read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        OrganisationId id = f.get(ID);
        LocalizedText name = f.get(NAME);
        List<String> acronyms = f.list(ACRONYMS);
        List<String> aliases = f.list(ALIASES);
        LegalForm legalForm = f.get(LEGAL_FORM);
        UnitRef seat = f.get(SEAT);
        PartialDate registered = f.get(REGISTERED);
        Boolean nonProfit = f.get(NON_PROFIT);
        List<LocalizedText> notes = f.list(NOTES);
        var extensions = f.extensions();
        try {
            Organisation.Builder b = Organisation.builder().id(id).name(name).acronyms(acronyms).aliases(aliases)
                    .legalForm(legalForm).seat(java.util.Optional.ofNullable(seat)).notes(notes);
            if (registered != null) {
                b.registered(registered);
            }
            if (!extensions.isEmpty()) { // left unset when empty, the builder allocates no map
                b.extensions(extensions);
            }
            if (nonProfit != null) { // absent is "not stated": never filled in from the legal form
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
        Out.optional(out, "registered", value.getRegistered(), PartialDateCodec.INSTANCE);
        Out.optional(out, "nonProfit", value.getNonProfit(), Scalars.BOOLEAN);
        Out.list(out, "notes", value.getNotes(), LocalizedTextCodec.INSTANCE);
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
