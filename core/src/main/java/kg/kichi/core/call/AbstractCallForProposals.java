package kg.kichi.core.call;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kg.kichi.core.Extensible;
import kg.kichi.core.KichiStyle;
import kg.kichi.core.classification.Classification;
import kg.kichi.core.evaluation.EvaluationGrid;
import kg.kichi.core.evaluation.SelectionPolicy;
import kg.kichi.core.eligibility.Rule;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.money.Money;
import kg.kichi.core.money.MoneyRange;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.MonthRange;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.Identifier;
import kg.kichi.core.validation.Validity;
import org.immutables.value.Value;
import kg.kichi.core.internal.SkipNulls;

/**
 * A competition a project runs to give grants to third parties: announced, applications submitted by a
 * deadline, evaluated, winners selected. It may be split into {@linkplain Lot lots}.
 *
 * <p>Cross-field rules ({@link ConsistentCall}): the deadline is not before the announcement, every amount is
 * in one currency, the largest grant does not exceed the envelope, lot identifiers are unique.
 */
@Value.Immutable
@KichiStyle
@ConsistentCall
public abstract class AbstractCallForProposals implements Extensible {
    /** Only the generated {@link CallForProposals} extends this definition; use {@code CallForProposals}. */
    AbstractCallForProposals() {}

    /** @return the identifier, unique among calls of a dataset */
    @NotNull(message = "{kichi.required}")
    @Identifier
    public abstract String getId();

    /** @return the identifier of the project that runs the call */
    @NotNull(message = "{kichi.required}")
    @Identifier
    public abstract String getProject();

    /** @return the title */
    @NotNull(message = "{kichi.required}")
    public abstract LocalizedText getTitle();

    /** @return when it was announced, when stated */
    public abstract Optional<PartialDate> getAnnounced();

    /** @return the deadline for applications, when stated */
    public abstract Optional<PartialDate> getDeadline();

    /** @return when the funded projects are to be carried out, when stated */
    public abstract Optional<DatePeriod> getImplementationPeriod();

    /** @return the money set aside for all grants of the call, when stated */
    public abstract Optional<Money> getEnvelope();

    /** @return the smallest and largest grant, when stated */
    public abstract Optional<MoneyRange> getGrantSize();

    /** @return the shortest and longest project duration, when stated */
    public abstract Optional<MonthRange> getDuration();

    /**
     * @return the legal forms the source says may apply; empty when it names none, which is not a statement that
     *     every form may apply (a press release is usually silent on eligibility)
     */
    @SkipNulls
    public abstract Set<LegalForm> getEligibleLegalForms();

    /**
     * @return kinds of partner the source says an application must include, e.g. a public council or a media
     *     outlet; empty when it names none (not a statement that no partner is required)
     */
    @SkipNulls
    public abstract Set<LegalForm> getRequiredPartnerKinds();

    /** @return where applicants must work; not stated unless set */
    @NotNull(message = "{kichi.required}")
    @Value.Default
    public RegionalCoverage getEligibleCoverage() {
        return RegionalCoverage.notStated();
    }

    /** @return the number of grants planned in all, when stated */
    public abstract Optional<@Positive(message = "{kichi.positive}") Integer> getPlannedGrants();

    /** @return the lots, when the call is split */
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") Lot> getLots();

    /** @return the figures reported after the call, when any */
    public abstract Optional<CallResults> getResults();

    /** @return themes */
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") Classification> getThemes();

    /** @return a description */
    public abstract Optional<LocalizedText> getDescription();

    /** @return how applications are scored, when stated */
    public abstract Optional<EvaluationGrid> getEvaluationGrid();

    /** @return how the ranking becomes grants for the whole call, and for a lot without a policy of its own */
    public abstract Optional<SelectionPolicy> getSelectionPolicy();

    /**
     * @return the eligibility rules the call states beyond what its other attributes already say (those become
     *     rules by themselves: see {@code kg.kichi.core.eligibility.EligibilityRules#effective}); empty when none.
     *     Identifiers are unique ({@code kichi.call.duplicateRule}) and lot scopes name lots of the call
     *     ({@code kichi.call.unknownLot}); a rule with the identifier of a derived rule replaces it.
     */
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") Rule> getEligibilityRules();

    /**
     * @return the time zone in which the call's dates are meant, when stated; a day-precision deadline closes at
     *     the end of that day there. Screening assumes Asia/Bishkek when it is not stated.
     */
    public abstract Optional<ZoneId> getTimeZone();

    /**
     * Finds a lot.
     *
     * @param lotId the lot's identifier
     * @return the lot, or empty
     */
    public Optional<Lot> lot(String lotId) {
        return getLots().stream().filter(l -> l.getId().equals(lotId)).findFirst();
    }

    /**
     * Checks the object, after giving a default attribute handed null its default: null means "not given"
     * (Kichi's null rule, see {@link kg.kichi.core.KichiStyle}), and a default attribute not given has its default.
     *
     * @return this object, or a copy with the defaults in place of nulls (checked in turn)
     */
    @Value.Check
    protected AbstractCallForProposals check() {
        if (getEligibleCoverage() == null) {
            CallForProposals.Builder defaults = CallForProposals.builder().from(this);
            if (getEligibleCoverage() == null) {
                defaults.eligibleCoverage(RegionalCoverage.notStated());
            }
            return defaults.build();
        }
        Validity.check(this);
        return this;
    }
}
