package kg.kichi.core.evaluation;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.Set;
import kg.kichi.core.Extensible;
import kg.kichi.core.KichiStyle;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.validation.Identifier;
import kg.kichi.core.validation.Validity;
import org.immutables.value.Value;
import kg.kichi.core.internal.SkipNulls;

/**
 * A person who scores applications, with the organisations they are affiliated with. A reviewer affiliated
 * with the lead or a partner of an application has a conflict of interest in it, declared or not.
 */
@Value.Immutable
@KichiStyle
public abstract class AbstractReviewer implements Extensible {
    /** Only the generated {@link Reviewer} extends this definition; use {@code Reviewer}. */
    AbstractReviewer() {}

    /** @return the identifier, unique among reviewers of a dataset */
    @NotNull(message = "{kichi.required}")
    @Identifier
    public abstract String getId();

    /** @return the name, when stated */
    public abstract Optional<String> getName();

    /** @return the organisations the reviewer works for or belongs to; empty when none is stated */
    @SkipNulls
    public abstract Set<@NotNull(message = "{kichi.required}") OrganisationId> getAffiliations();

    @Value.Check
    protected void check() {
        Validity.check(this);
    }
}
