package kg.kichi.core.project;

import java.util.Objects;
import jakarta.validation.constraints.NotNull;
import kg.kichi.core.Extensible;
import kg.kichi.core.KichiStyle;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.validation.Validity;
import org.immutables.value.Value;

/**
 * An organisation's part in a project: its role and whether it leads. One organisation may hold several
 * roles (funding and accountable, say), each as its own participation.
 */
@Value.Immutable
@KichiStyle
public abstract class AbstractParticipation implements Extensible {
    /** Only the generated {@link Participation} extends this definition; use {@code Participation}. */
    AbstractParticipation() {}

    /** @return the organisation */
    @NotNull(message = "{kichi.required}")
    public abstract OrganisationId getOrganisation();

    /** @return its role */
    @NotNull(message = "{kichi.required}")
    public abstract ParticipationRole getRole();

    /**
     * @return whether a source names it the project's lead implementer; at most one participation of a project
     *     leads. {@code false} only means no source says it leads, not that it does not.
     */
    @Value.Default
    public boolean isLead() {
        return false;
    }

    /**
     * A participation that does not lead.
     *
     * @param organisation the organisation
     * @param role its role
     * @return the participation
     */
    public static Participation of(OrganisationId organisation, ParticipationRole role) {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(role, "role");
        return Participation.builder().organisation(organisation).role(role).build();
    }

    @Value.Check
    protected void check() {
        Validity.check(this);
    }
}
