package kg.kichi.core.project;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import java.util.Set;
import kg.kichi.core.Extensible;
import kg.kichi.core.KichiStyle;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.validation.Identifier;
import kg.kichi.core.validation.Validity;
import org.immutables.value.Value;
import kg.kichi.core.internal.SkipNulls;

/**
 * A group of grants a project gives, as its source states it, whether or not a call for proposals is described:
 * "25 small grants for local self-government bodies" beside "25 grants for civil society organisations" (seed
 * 002, a newsletter that lists the awards but never describes a competition). Seed 000 calls it the project's
 * "мини-грантовый компонент".
 *
 * <p>It records only counts the source states: grants planned and grants awarded, each absent when not stated.
 * A {@linkplain kg.kichi.core.grant.Grant grant} may name its component; a component may have more awarded
 * grants than a dataset lists (the newsletter names the 25 civil-society grantees but none of the 25 local
 * governments).
 */
@Value.Immutable
@KichiStyle
public abstract class AbstractGrantComponent implements Extensible {
    /** Only the generated {@link GrantComponent} extends this definition; use {@code GrantComponent}. */
    AbstractGrantComponent() {}

    /** @return the identifier, unique within the project */
    @NotNull(message = "{kichi.required}")
    @Identifier
    public abstract String getId();

    /** @return the title, in the source's words */
    @NotNull(message = "{kichi.required}")
    public abstract LocalizedText getTitle();

    /** @return the number of grants the source says are planned, when stated */
    public abstract Optional<@Positive(message = "{kichi.positive}") Integer> getPlannedGrants();

    /** @return the number of grants the source says were awarded, when stated */
    public abstract Optional<@PositiveOrZero(message = "{kichi.notNegative}") Integer> getAwardedGrants();

    /** @return the legal forms the source names for the recipients; empty when it names none */
    @SkipNulls
    public abstract Set<LegalForm> getRecipientForms();

    @Value.Check
    protected void check() {
        Validity.check(this);
    }
}
