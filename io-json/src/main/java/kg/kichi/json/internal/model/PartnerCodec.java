package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.Members.member;

import java.util.Optional;
import kg.kichi.core.application.Partner;
import kg.kichi.core.application.PartnerRole;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Fields;
import kg.kichi.json.internal.codec.Members;
import kg.kichi.json.internal.codec.Members.Member;
import kg.kichi.json.internal.codec.Out;
import kg.kichi.json.internal.value.LocalizedTextCodec;
import kg.kichi.json.internal.value.OrganisationIdCodec;
import tools.jackson.core.JsonGenerator;

/** {@link Partner}, a member of a partnership: {@code organisation, role, note}. */
public final class PartnerCodec implements Codec<Partner> {
    /** The instance. */
    public static final PartnerCodec INSTANCE = new PartnerCodec();

    private static final Member<OrganisationId> ORGANISATION = member("organisation", OrganisationIdCodec.INSTANCE);
    private static final Member<PartnerRole> ROLE = member("role", Codes.PARTNER_ROLE);
    private static final Member<LocalizedText> NOTE = member("note", LocalizedTextCodec.INSTANCE);
    private static final Members MEMBERS = Members.of(ORGANISATION, ROLE, NOTE);

    private PartnerCodec() {}

    @Override
    public Partner read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        OrganisationId organisation = f.get(ORGANISATION);
        PartnerRole role = f.get(ROLE);
        LocalizedText note = f.get(NOTE);
        var extensions = f.extensions();
        try {
            Partner.Builder b = Partner.builder().organisation(organisation).role(role).note(Optional.ofNullable(note));
            if (!extensions.isEmpty()) { // left unset when empty, the builder allocates no map
                b.extensions(extensions);
            }
            return f.built(b.build());
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(Partner value, JsonGenerator out) {
        out.writeStartObject();
        Out.member(out, "organisation", value.getOrganisation(), OrganisationIdCodec.INSTANCE);
        Out.member(out, "role", value.getRole(), Codes.PARTNER_ROLE);
        Out.optional(out, "note", value.getNote(), LocalizedTextCodec.INSTANCE);
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
