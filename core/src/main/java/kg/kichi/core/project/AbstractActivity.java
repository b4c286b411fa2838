package kg.kichi.core.project;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import kg.kichi.core.Extensible;
import kg.kichi.core.KichiStyle;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.validation.Validity;
import org.immutables.value.Value;
import kg.kichi.core.internal.SkipNulls;

/** Something a project does, with the targets the source states for it. */
@Value.Immutable
@KichiStyle
public abstract class AbstractActivity implements Extensible {
    /** Only the generated {@link Activity} extends this definition; use {@code Activity}. */
    AbstractActivity() {}

    /** @return what is done */
    @NotNull(message = "{kichi.required}")
    public abstract LocalizedText getDescription();

    /** @return its stated targets: "8 one-day seminars", "about 200 activists" */
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") StatedTarget> getTargets();

    @Value.Check
    protected void check() {
        Validity.check(this);
    }
}
