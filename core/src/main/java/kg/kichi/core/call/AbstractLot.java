package kg.kichi.core.call;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Optional;
import java.util.Set;
import kg.kichi.core.Extensible;
import kg.kichi.core.KichiStyle;
import kg.kichi.core.evaluation.SelectionPolicy;
import kg.kichi.core.money.Money;
import kg.kichi.core.money.MoneyRange;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.validation.Identifier;
import kg.kichi.core.validation.Validity;
import org.immutables.value.Value;
import kg.kichi.core.internal.SkipNulls;

/**
 * A part of a call with its own applicants and number of grants, such as "25 grants for civil society
 * organisations" beside "25 small grants for local self-government bodies". What a lot leaves empty, the call
 * decides.
 */
@Value.Immutable
@KichiStyle
public abstract class AbstractLot implements Extensible {
    /** Only the generated {@link Lot} extends this definition; use {@code Lot}. */
    AbstractLot() {}

    /** @return the identifier, unique within the call */
    @NotNull(message = "{kichi.required}")
    @Identifier
    public abstract String getId();

    /** @return the title */
    @NotNull(message = "{kichi.required}")
    public abstract LocalizedText getTitle();

    /** @return the number of grants planned, when stated */
    public abstract Optional<@Positive(message = "{kichi.positive}") Integer> getPlannedGrants();

    /** @return the money set aside for the lot, when stated */
    public abstract Optional<Money> getEnvelope();

    /** @return the smallest and largest grant, when stated */
    public abstract Optional<MoneyRange> getGrantSize();

    /** @return the legal forms the source says may apply to this lot; empty when it names none (the call decides) */
    @SkipNulls
    public abstract Set<LegalForm> getEligibleLegalForms();

    /** @return how the lot's ranking becomes grants; the call's policy when empty */
    public abstract Optional<SelectionPolicy> getSelectionPolicy();

    @Value.Check
    protected void check() {
        Validity.check(this);
    }
}
