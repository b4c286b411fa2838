package kg.kichi.core.grant;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import kg.kichi.core.Extensible;
import kg.kichi.core.KichiStyle;
import kg.kichi.core.application.PartnerRole;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.classification.Classification;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.project.StatedTarget;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.Identifier;
import kg.kichi.core.validation.Validity;
import org.immutables.value.Value;
import kg.kichi.core.internal.SkipNulls;

/**
 * An award: money given to a grantee, through a call (from an application or not) or directly by a project.
 *
 * <p>The grantee is the partnership's lead. Rules ({@link ConsistentGrant}): a grant names its call or its
 * project ({@code kichi.grant.source}); a lot only with a call ({@code kichi.grant.lotWithoutCall}); a grant
 * component only with a project ({@code kichi.grant.componentWithoutProject}); the amount awarded is above zero
 * ({@code kichi.money.positive}).
 *
 * <p>A grant need not come from a call: name only its project when the source says the project awarded it but
 * describes no competition.
 */
@Value.Immutable
@KichiStyle
@ConsistentGrant
public abstract class AbstractGrant implements Extensible {
    /** Only the generated {@link Grant} extends this definition; use {@code Grant}. */
    AbstractGrant() {}

    /** @return the identifier, unique among grants of a dataset */
    @NotNull(message = "{kichi.required}")
    @Identifier
    public abstract String getId();

    /** @return the title of the funded work */
    @NotNull(message = "{kichi.required}")
    public abstract LocalizedText getTitle();

    /** @return a description */
    public abstract Optional<LocalizedText> getDescription();

    /** @return the identifier of the call it was awarded through, if any */
    public abstract Optional<@Identifier String> getCall();

    /** @return the identifier of the call's lot, if any */
    public abstract Optional<@Identifier String> getLot();

    /**
     * @return the identifier of the awarding project's {@linkplain kg.kichi.core.project.GrantComponent grant
     *     component} it belongs to, when the source places it in one; only with {@link #getProject()}
     */
    public abstract Optional<@Identifier String> getComponent();

    /** @return the identifier of the application it was awarded on, if known */
    public abstract Optional<@Identifier String> getApplication();

    /** @return the identifier of the awarding project for a direct award, or to state it outright */
    public abstract Optional<@Identifier String> getProject();

    /** @return the grantee (lead) and its partners */
    @NotNull(message = "{kichi.required}")
    public abstract Partnership getPartnership();

    /** @return the amount awarded, when stated */
    public abstract Optional<Money> getAmountAwarded();

    /** @return when it was awarded, when stated */
    public abstract Optional<PartialDate> getAwardDate();

    /** @return when the funded work runs, when stated */
    public abstract Optional<DatePeriod> getPeriod();

    /** @return where the funded work takes place; not stated unless set */
    @NotNull(message = "{kichi.required}")
    @Value.Default
    public RegionalCoverage getCoverage() {
        return RegionalCoverage.notStated();
    }

    /** @return its status, when stated */
    public abstract Optional<GrantStatus> getStatus();

    /** @return numbers the source states: "150 activists", "13 villages", "4 schools" */
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") StatedTarget> getTargets();

    /** @return themes */
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") Classification> getThemes();

    /** @return the grantee: the partnership's lead */
    public OrganisationId getGrantee() {
        return getPartnership().getLead();
    }

    /**
     * A copy whose partnership has one more member, in one call.
     *
     * @param organisation the new member
     * @param role its role
     * @return the copy
     * @throws kg.kichi.core.validation.InvalidModelException as {@link Partnership#withPartner} does
     */
    public Grant withPartner(OrganisationId organisation, PartnerRole role) {
        return Grant.builder().from(this).partnership(getPartnership().withPartner(organisation, role)).build();
    }

    /**
     * Checks the object, after giving a default attribute handed null its default: null means "not given"
     * (Kichi's null rule, see {@link kg.kichi.core.KichiStyle}), and a default attribute not given has its default.
     *
     * @return this object, or a copy with the defaults in place of nulls (checked in turn)
     */
    @Value.Check
    protected AbstractGrant check() {
        if (getCoverage() == null) {
            Grant.Builder defaults = Grant.builder().from(this);
            if (getCoverage() == null) {
                defaults.coverage(RegionalCoverage.notStated());
            }
            return defaults.build();
        }
        Validity.check(this);
        return this;
    }
}
