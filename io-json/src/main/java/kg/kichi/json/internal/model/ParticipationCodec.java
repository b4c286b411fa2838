package kg.kichi.json.internal.model;

import kg.kichi.core.project.Participation;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.OrganisationIdCodec;

/**
 * {@link Participation} in a project; {@code lead} is written only when true (false only means no source names it
 * the lead: nothing to state).
 */
public final class ParticipationCodec {
    /** The codec: its members in the order written. */
    public static final Codec<Participation> INSTANCE =
            ObjectCodec.of(Participation::builder, Participation.Builder::build)
            .member("organisation", OrganisationIdCodec.INSTANCE, Participation::getOrganisation,
                    Participation.Builder::organisation)
            .member("role", Codes.PARTICIPATION_ROLE, Participation::getRole, Participation.Builder::role)
            .member("lead", Scalars.BOOLEAN, Participation::isLead, Participation.Builder::lead, lead -> !lead)
            .extensions(Participation::getExtensions, Participation.Builder::extensions);

    private ParticipationCodec() {}
}
