package kg.kichi.core.project;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Optional;
import kg.kichi.core.Extensible;
import kg.kichi.core.KichiStyle;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.validation.Validity;
import org.immutables.value.Value;

/**
 * A number a source states as a target or a count: "8 one-day seminars", "about 200 activists", "150
 * activists", "13 villages". The quantity is exact unless the source says "about".
 */
@Value.Immutable
@KichiStyle
public abstract class AbstractStatedTarget implements Extensible {
    /** Only the generated {@link StatedTarget} extends this definition; use {@code StatedTarget}. */
    AbstractStatedTarget() {}

    /** @return how many */
    @Positive(message = "{kichi.positive}")
    public abstract long getQuantity();

    /** @return of what: "one-day seminars", "activists" */
    @NotNull(message = "{kichi.required}")
    public abstract LocalizedText getWhat();

    /** @return whether the source gives the number as approximate ("about", "около") */
    @Value.Default
    public boolean isApproximate() {
        return false;
    }

    /** @return the words of the source, when kept */
    public abstract Optional<LocalizedText> getStatedAs();

    @Value.Check
    protected void check() {
        Validity.check(this);
    }
}
