package kg.kichi.core.application;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import kg.kichi.core.Extensible;
import kg.kichi.core.KichiStyle;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.validation.Validity;
import org.immutables.value.Value;
import kg.kichi.core.internal.SkipNulls;

/**
 * The organisations behind an application or a grant: exactly one {@linkplain PartnerRole#LEAD lead}, and
 * co-applicants, partners, associates and affiliated entities; no organisation twice ({@link ValidPartnership}).
 *
 * <p>The members are the whole partnership unless it is {@linkplain #isPartial() partial}: a lead listed alone is
 * then "no partners" only when the partnership is not partial, and "partners not stated" when it is.
 */
@Value.Immutable
@KichiStyle
@ValidPartnership
public abstract class AbstractPartnership implements Extensible {
    /** Only the generated {@link Partnership} extends this definition; use {@code Partnership}. */
    AbstractPartnership() {}

    /** @return the members, lead included */
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") Partner> getMembers();

    /**
     * Whether the members are only those a source names, not the whole partnership: a press release that names the
     * grantee alone, or the grantee and some partners, without saying that no one else took part. False by default,
     * for a partnership stated whole (an application lists its partners; a dataset states the consortium).
     *
     * <p>When true, who else belongs is not stated: eligibility rules on partners pass when the listed members
     * already satisfy them, fail when the listed members already break them (too many, a form outside the set), and
     * are otherwise unknown, never a fail for a partner the source does not mention.
     *
     * @return whether members may be missing from the list
     */
    @Value.Default
    public boolean isPartial() {
        return false;
    }

    /** @return the lead organisation */
    public OrganisationId getLead() {
        return getMembers().stream().filter(p -> p.getRole() == PartnerRole.LEAD).findFirst()
                .map(Partner::getOrganisation).orElseThrow();
    }

    /** @return every member but the lead */
    public List<Partner> getOthers() {
        return getMembers().stream().filter(p -> p.getRole() != PartnerRole.LEAD).toList();
    }

    /**
     * Finds the role of an organisation.
     *
     * @param organisation the organisation
     * @return its role, or empty when it is not a member
     */
    public Optional<PartnerRole> roleOf(OrganisationId organisation) {
        return getMembers().stream().filter(p -> p.getOrganisation().equals(organisation)).findFirst()
                .map(Partner::getRole);
    }

    /**
     * A partnership of a lead alone.
     *
     * @param lead the lead organisation
     * @return the partnership
     */
    public static Partnership ofLead(OrganisationId lead) {
        Objects.requireNonNull(lead, "lead");
        return Partnership.builder().addMember(Partner.of(lead, PartnerRole.LEAD)).build();
    }

    /**
     * A copy with one more member, in one call.
     *
     * <pre>{@code
     * Partnership p = Partnership.ofLead(naryn).withPartner(tynchtyk, PartnerRole.PARTNER);
     * }</pre>
     *
     * @param organisation the new member
     * @param role its role
     * @return the larger partnership, the new member last
     * @throws kg.kichi.core.validation.InvalidModelException when either is null ({@code kichi.required}), when
     *     the organisation is already a member or when it would be a second lead
     */
    public Partnership withPartner(OrganisationId organisation, PartnerRole role) {
        return Partnership.builder().from(this).addMember(Partner.of(organisation, role)).build();
    }

    @Value.Check
    protected void check() {
        Validity.check(this);
    }
}
