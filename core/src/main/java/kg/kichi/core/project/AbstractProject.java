package kg.kichi.core.project;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import kg.kichi.core.Extensible;
import kg.kichi.core.KichiStyle;
import kg.kichi.core.classification.Classification;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.money.Money;
import kg.kichi.core.validation.NotNegativeAmount;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.validation.Identifier;
import kg.kichi.core.validation.Validity;
import org.immutables.value.Value;

/**
 * An action a donor programme funds, such as "Open communities – open media" (EU EIDHR CBSS, 2019–2021). A
 * project may re-grant part of its money through its own {@linkplain kg.kichi.core.call.CallForProposals
 * calls for proposals}.
 *
 * <p>No organisation holds the same role twice, at most one participation leads, and grant components have
 * unique identifiers.
 */
@Value.Immutable
@KichiStyle
@ConsistentParticipants
public abstract class AbstractProject implements Extensible {
    /** Only the generated {@link Project} extends this definition; use {@code Project}. */
    AbstractProject() {}

    /** @return the identifier, unique among projects of a dataset */
    @NotNull(message = "{kichi.required}")
    @Identifier
    public abstract String getId();

    /** @return the title */
    @NotNull(message = "{kichi.required}")
    public abstract LocalizedText getTitle();

    /** @return the identifier of the programme that funds it, when stated */
    public abstract Optional<@Identifier String> getProgramme();

    /** @return the organisations taking part, with their roles */
    public abstract List<@NotNull(message = "{kichi.required}") Participation> getParticipants();

    /** @return when it runs, when stated */
    public abstract Optional<DatePeriod> getPeriod();

    /** @return its budget, when stated; zero or more */
    public abstract Optional<@NotNegativeAmount Money> getBudget();

    /** @return where it works; not stated unless set */
    @NotNull(message = "{kichi.required}")
    @Value.Default
    public RegionalCoverage getCoverage() {
        return RegionalCoverage.notStated();
    }

    /** @return its objectives */
    public abstract List<@NotNull(message = "{kichi.required}") LocalizedText> getObjectives();

    /** @return its activities with their stated targets */
    public abstract List<@NotNull(message = "{kichi.required}") Activity> getActivities();

    /**
     * @return the groups of grants it gives, with the counts its sources state, whether or not a call is
     *     described; identifiers unique within the project
     */
    public abstract List<@NotNull(message = "{kichi.required}") GrantComponent> getGrantComponents();

    /**
     * Finds a grant component.
     *
     * @param componentId the component's identifier
     * @return the component, or empty
     */
    public Optional<GrantComponent> grantComponent(String componentId) {
        return getGrantComponents().stream().filter(c -> c.getId().equals(componentId)).findFirst();
    }

    /** @return the groups it targets */
    public abstract List<@NotNull(message = "{kichi.required}") LocalizedText> getTargetGroups();

    /** @return its themes */
    public abstract List<@NotNull(message = "{kichi.required}") Classification> getThemes();

    /** @return a description */
    public abstract Optional<LocalizedText> getDescription();

    /** @return the lead implementer, when one is marked */
    public Optional<OrganisationId> getLead() {
        return getParticipants().stream().filter(Participation::isLead).map(Participation::getOrganisation)
                .findFirst();
    }

    @Value.Check
    protected void check() {
        Validity.check(this);
    }
}
