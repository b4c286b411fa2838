package kg.kichi.core.application;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.Objects;
import kg.kichi.core.Extensible;
import kg.kichi.core.KichiStyle;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.Validity;
import org.immutables.value.Value;

/** One step of an application's lifecycle: the status it reached, when (when known) and why (when recorded). */
@Value.Immutable
@KichiStyle
public abstract class AbstractStatusChange implements Extensible {
    /** Only the generated {@link StatusChange} extends this definition; use {@code StatusChange}. */
    AbstractStatusChange() {}

    /** @return the status reached */
    @NotNull(message = "{kichi.required}")
    public abstract ApplicationStatus getStatus();

    /** @return when, when known */
    public abstract Optional<PartialDate> getOn();

    /**
     * @return why the status was reached, when recorded: for example the failed eligibility rules of an
     *     application found ineligible (see {@code kg.kichi.core.eligibility.Verdict#applyTo})
     */
    public abstract Optional<LocalizedText> getReason();

    /**
     * A step with a date.
     *
     * @param status the status reached
     * @param on when, or null
     * @return the step
     */
    public static StatusChange of(ApplicationStatus status, PartialDate on) {
        Objects.requireNonNull(status, "status");
        return StatusChange.builder().status(status).on(Optional.ofNullable(on)).build();
    }

    @Value.Check
    protected void check() {
        Validity.check(this);
    }
}
