package kg.kichi.core.application;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kg.kichi.core.Extensible;
import kg.kichi.core.KichiStyle;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.Identifier;
import kg.kichi.core.validation.Validity;
import org.immutables.value.Value;
import kg.kichi.core.internal.SkipNulls;

/**
 * A proposal submitted to a call (долбоордук сунуш, проектное предложение) by a partnership led by the
 * applicant.
 *
 * <p>Its status history moves only by legal transitions ({@link ApplicationStatus#canBecome}); amounts share
 * one currency, the request is above zero and co-financing is not negative ({@link ConsistentApplication}).
 * {@link #withStatus(ApplicationStatus, PartialDate)} moves it on, or throws.
 */
@Value.Immutable
@KichiStyle
@ConsistentApplication
public abstract class AbstractApplication implements Extensible {
    /** Only the generated {@link Application} extends this definition; use {@code Application}. */
    AbstractApplication() {}

    /** @return the identifier, unique among applications of a dataset */
    @NotNull(message = "{kichi.required}")
    @Identifier
    public abstract String getId();

    /** @return the identifier of the call applied to */
    @NotNull(message = "{kichi.required}")
    @Identifier
    public abstract String getCall();

    /** @return the identifier of the lot applied to, when the call has lots */
    public abstract Optional<@Identifier String> getLot();

    /** @return the applicant and its partners */
    @NotNull(message = "{kichi.required}")
    public abstract Partnership getPartnership();

    /** @return the title */
    @NotNull(message = "{kichi.required}")
    public abstract LocalizedText getTitle();

    /** @return a short description (кыскача баяндоо) */
    public abstract Optional<LocalizedText> getSummary();

    /** @return where the work would take place (максаттуу аймак); not stated unless set */
    @NotNull(message = "{kichi.required}")
    @Value.Default
    public RegionalCoverage getCoverage() {
        return RegionalCoverage.notStated();
    }

    /** @return the amount requested, when stated */
    public abstract Optional<Money> getRequestedAmount();

    /** @return the applicant's own contribution, when stated */
    public abstract Optional<Money> getCoFinancing();

    /**
     * @return the budget's cost figures (total, direct and indirect costs), when the application states any;
     *     in the currency of the requested amount ({@code kichi.application.currency})
     */
    public abstract Optional<Budget> getBudget();

    /**
     * @return the kinds of document submitted with it, as recorded, by code (e.g. {@code registration-certificate},
     *     {@code budget-annex}); empty when none is recorded
     */
    @SkipNulls
    public abstract Set<@NotNull(message = "{kichi.required}") @Identifier String> getDocuments();

    /**
     * @return the declarations the applicant signed, by code (e.g. {@code declaration-on-honour}); empty when none
     *     is recorded
     */
    @SkipNulls
    public abstract Set<@NotNull(message = "{kichi.required}") @Identifier String> getDeclarations();

    /**
     * @return the exclusion situations the lead applicant declared itself to be in (EU PRAG 2.6.10.1: bankruptcy,
     *     grave professional misconduct, unpaid taxes…), by code; empty when it declared none or made no
     *     declaration (the {@linkplain #getDeclarations() declarations} tell which)
     */
    @SkipNulls
    public abstract Set<@NotNull(message = "{kichi.required}") @Identifier String> getExclusionSituations();

    /** @return the planned period, when stated */
    public abstract Optional<DatePeriod> getPlannedPeriod();

    /** @return the planned duration in months, when stated without dates */
    public abstract Optional<@Positive(message = "{kichi.positive}") Integer> getPlannedDurationMonths();

    /** @return when it was submitted, when known to the second */
    public abstract Optional<OffsetDateTime> getSubmittedAt();

    /** @return every status it went through, oldest first; the last is the current one */
    @NotEmpty(message = "{kichi.application.noStatus}")
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") StatusChange> getStatusHistory();

    /** @return the lead applicant */
    public OrganisationId getApplicant() {
        return getPartnership().getLead();
    }

    /** @return the current status */
    public ApplicationStatus getStatus() {
        return getStatusHistory().get(getStatusHistory().size() - 1).getStatus();
    }

    /**
     * A copy moved on to a new status.
     *
     * @param next the new status
     * @param on when, or null when unknown
     * @return the moved application
     * @throws kg.kichi.core.validation.InvalidModelException with code {@code kichi.application.transition}
     *     when the move is not legal
     */
    public Application withStatus(ApplicationStatus next, PartialDate on) {
        return Application.builder().from(this).addStatusHistory(StatusChange.of(next, on)).build();
    }

    /**
     * A copy whose partnership has one more member, in one call.
     *
     * @param organisation the new member
     * @param role its role
     * @return the copy
     * @throws kg.kichi.core.validation.InvalidModelException as {@link Partnership#withPartner} does
     */
    public Application withPartner(OrganisationId organisation, PartnerRole role) {
        return Application.builder().from(this).partnership(getPartnership().withPartner(organisation, role)).build();
    }

    /**
     * Checks the object, after giving a default attribute handed null its default: null means "not given"
     * (Kichi's null rule, see {@link kg.kichi.core.KichiStyle}), and a default attribute not given has its default.
     *
     * @return this object, or a copy with the defaults in place of nulls (checked in turn)
     */
    @Value.Check
    protected AbstractApplication check() {
        if (getCoverage() == null) {
            Application.Builder defaults = Application.builder().from(this);
            if (getCoverage() == null) {
                defaults.coverage(RegionalCoverage.notStated());
            }
            return defaults.build();
        }
        Validity.check(this);
        return this;
    }
}
