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
import kg.kichi.core.internal.SkipNulls;

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
    @SkipNulls
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
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") LocalizedText> getObjectives();

    /** @return its activities with their stated targets */
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") Activity> getActivities();

    /**
     * @return the groups of grants it gives, with the counts its sources state, whether or not a call is
     *     described; identifiers unique within the project
     */
    @SkipNulls
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
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") LocalizedText> getTargetGroups();

    /** @return its themes */
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") Classification> getThemes();

    /** @return a description */
    public abstract Optional<LocalizedText> getDescription();

    /** @return the lead implementer, when one is marked */
    public Optional<OrganisationId> getLead() {
        return getParticipants().stream().filter(Participation::isLead).map(Participation::getOrganisation)
                .findFirst();
    }

    /**
     * Checks the object, after giving a default attribute handed null its default: null means "not given"
     * (Kichi's null rule, see {@link kg.kichi.core.KichiStyle}), and a default attribute not given has its default.
     *
     * @return this object, or a copy with the defaults in place of nulls (checked in turn)
     */
    @Value.Check
    protected AbstractProject check() {
        if (getCoverage() == null) {
            Project.Builder defaults = Project.builder().from(this);
            if (getCoverage() == null) {
                defaults.coverage(RegionalCoverage.notStated());
            }
            return defaults.build();
        }
        Validity.check(this);
        return this;
    }
}
