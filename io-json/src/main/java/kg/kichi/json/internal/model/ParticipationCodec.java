package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.Members.member;

import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.ParticipationRole;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Fields;
import kg.kichi.json.internal.codec.Members;
import kg.kichi.json.internal.codec.Members.Member;
import kg.kichi.json.internal.codec.Out;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.OrganisationIdCodec;
import tools.jackson.core.JsonGenerator;

/** {@link Participation} in a project: {@code organisation, role, lead}; {@code lead} is written only when true. */
public final class ParticipationCodec implements Codec<Participation> {
    /** The instance. */
    public static final ParticipationCodec INSTANCE = new ParticipationCodec();

    private static final Member<OrganisationId> ORGANISATION = member("organisation", OrganisationIdCodec.INSTANCE);
    private static final Member<ParticipationRole> ROLE = member("role", Codes.PARTICIPATION_ROLE);
    private static final Member<Boolean> LEAD = member("lead", Scalars.BOOLEAN);
    private static final Members MEMBERS = Members.of(ORGANISATION, ROLE, LEAD);

    private ParticipationCodec() {}

    @Override
    public Participation read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        OrganisationId organisation = f.get(ORGANISATION);
        ParticipationRole role = f.get(ROLE);
        Boolean lead = f.get(LEAD);
        var extensions = f.extensions();
        try {
            Participation.Builder b = Participation.builder().organisation(organisation).role(role)
                    .lead(lead != null && lead);
            if (!extensions.isEmpty()) { // left unset when empty, the builder allocates no map
                b.extensions(extensions);
            }
            return f.built(b.build());
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(Participation value, JsonGenerator out) {
        out.writeStartObject();
        Out.member(out, "organisation", value.getOrganisation(), OrganisationIdCodec.INSTANCE);
        Out.member(out, "role", value.getRole(), Codes.PARTICIPATION_ROLE);
        if (value.isLead()) { // false only means no source names it the lead: nothing to state
            Out.member(out, "lead", true, Scalars.BOOLEAN);
        }
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
