package kg.kichi.core.call;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import kg.kichi.core.Extensible;
import kg.kichi.core.KichiStyle;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.Validity;
import org.immutables.value.Value;

/**
 * The figures a call reports after it closes: "58 proposals submitted, 9 selected". Selected never exceeds
 * received ({@code kichi.call.selectedAboveReceived}).
 */
@Value.Immutable
@KichiStyle
@ConsistentResults
public abstract class AbstractCallResults implements Extensible {
    /** Only the generated {@link CallResults} extends this definition; use {@code CallResults}. */
    AbstractCallResults() {}

    /** @return the number of applications received, when stated */
    public abstract Optional<@PositiveOrZero(message = "{kichi.notNegative}") Integer> getApplicationsReceived();

    /** @return the number of applications selected, when stated */
    public abstract Optional<@PositiveOrZero(message = "{kichi.notNegative}") Integer> getApplicationsSelected();

    /** @return when the figures were announced, when stated */
    public abstract Optional<PartialDate> getAnnouncedOn();

    @Value.Check
    protected void check() {
        Validity.check(this);
    }
}
