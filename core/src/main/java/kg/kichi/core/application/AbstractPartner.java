package kg.kichi.core.application;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.Objects;
import kg.kichi.core.Extensible;
import kg.kichi.core.KichiStyle;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.validation.Validity;
import org.immutables.value.Value;

/** A member of a partnership: an organisation and its role. */
@Value.Immutable
@KichiStyle
public abstract class AbstractPartner implements Extensible {
    /** Only the generated {@link Partner} extends this definition; use {@code Partner}. */
    AbstractPartner() {}

    /** @return the organisation */
    @NotNull(message = "{kichi.required}")
    public abstract OrganisationId getOrganisation();

    /** @return its role */
    @NotNull(message = "{kichi.required}")
    public abstract PartnerRole getRole();

    /** @return what the source says of its part, when it says more than the role */
    public abstract Optional<LocalizedText> getNote();

    /**
     * A member without a note.
     *
     * @param organisation the organisation
     * @param role its role
     * @return the member
     */
    public static Partner of(OrganisationId organisation, PartnerRole role) {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(role, "role");
        return Partner.builder().organisation(organisation).role(role).build();
    }

    @Value.Check
    protected void check() {
        Validity.check(this);
    }
}
