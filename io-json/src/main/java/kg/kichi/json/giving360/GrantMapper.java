package kg.kichi.json.giving360;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import kg.kichi.core.application.Application;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.classification.Classification;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.ParticipationRole;
import kg.kichi.core.project.Project;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.DatePrecision;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.Violation;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Maps one grant of a catalogue to a 360Giving grant, noting each required field it cannot fill. */
final class GrantMapper {
    /** 360Giving regrantType "Common Regrant": a grant to an organisation for onward grants. */
    static final String COMMON_REGRANT = "FRG010";

    private final Catalogue catalogue;
    private final BeneficiaryLocations locations;
    private final String[] languages;

    GrantMapper(Catalogue catalogue, BeneficiaryLocations locations, List<String> languages) {
        this.catalogue = catalogue;
        this.locations = locations;
        this.languages = languages.toArray(String[]::new);
    }

    ObjectNode map(Grant grant, String id, String path, List<Violation> missing) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Optional<CallForProposals> call = grant.getCall().flatMap(catalogue::call);
        Optional<Project> project = grant.getProject().or(() -> call.map(CallForProposals::getProject))
                .flatMap(catalogue::project);
        Optional<Application> application = grant.getApplication().flatMap(catalogue::application);
        Missing note = (field, code, args) -> missing.add(Violation.of(path, code,
                with(args, Map.of("grant", grant.getId(), "field", field))));

        out.put("id", id);
        out.put("title", text(grant.getTitle()));
        grant.getDescription().ifPresentOrElse(d -> out.put("description", text(d)), () -> note.missing("description"));
        if (grant.getAmountAwarded().isPresent()) {
            Money amount = grant.getAmountAwarded().get();
            out.put("currency", amount.getCurrencyCode());
            out.put("amountAwarded", amount.getAmount());
            application.flatMap(Application::getRequestedAmount).filter(amount::isSameCurrency)
                    .ifPresent(applied -> out.put("amountAppliedFor", applied.getAmount()));
        } else {
            note.missing("currency");
            note.missing("amountAwarded");
        }
        awardDate(grant, out, note);
        grant.getPeriod().ifPresent(period -> out.set("plannedDates", plannedDates(period)));
        organisations(Set.of(grant.getGrantee())).ifPresentOrElse(
                recipients -> out.set("recipientOrganization", recipients), () -> note.missing("recipientOrganization"));
        project.flatMap(p -> organisations(funders(p))).ifPresentOrElse(
                funders -> out.set("fundingOrganization", funders), () -> note.missing("fundingOrganization"));
        grantProgramme(call, project).ifPresent(programme -> out.set("grantProgramme", programme));
        RegionalCoverage coverage = grant.getCoverage().isNotStated()
                ? application.map(Application::getCoverage).orElse(grant.getCoverage()) : grant.getCoverage();
        ArrayNode beneficiaries = locations.locations(coverage);
        if (!beneficiaries.isEmpty()) {
            out.set("beneficiaryLocation", beneficiaries);
        }
        locations.scope(coverage).ifPresent(scope -> out.put("locationScope", scope.code()));
        if (call.isPresent()) {
            out.put("fromOpenCall", "Yes");
        }
        if (isRegrant(project)) {
            out.put("regrantType", COMMON_REGRANT);
        }
        if (!grant.getThemes().isEmpty()) {
            ArrayNode classifications = out.putArray("classifications");
            grant.getThemes().forEach(theme -> classifications.add(classification(theme)));
        }
        return out;
    }

    private static void awardDate(Grant grant, ObjectNode out, Missing note) {
        Optional<PartialDate> date = grant.getAwardDate();
        if (date.isEmpty()) {
            note.missing("awardDate");
        } else if (date.get().getPrecision() != DatePrecision.DAY) {
            note.add("awardDate", MissingFieldsException.IMPRECISE, Map.of("value", date.get().toString()));
        } else {
            out.put("awardDate", date.get().toString());
        }
    }

    private static ArrayNode plannedDates(DatePeriod period) {
        ArrayNode dates = JsonNodeFactory.instance.arrayNode();
        ObjectNode event = dates.addObject();
        period.getStart().ifPresent(start -> event.put("startDate", start.toString()));
        period.getEnd().ifPresent(end -> event.put("endDate", end.toString()));
        return dates;
    }

    /**
     * Who makes a project's grants: its lead participant; else its accountable participants; else its funding
     * participants; else the donor of its programme.
     */
    private Set<OrganisationId> funders(Project project) {
        List<Participation> participants = project.getParticipants();
        for (Predicate<Participation> rule : List.<Predicate<Participation>>of(Participation::isLead,
                p -> p.getRole() == ParticipationRole.ACCOUNTABLE, p -> p.getRole() == ParticipationRole.FUNDING)) {
            Set<OrganisationId> found = new LinkedHashSet<>();
            participants.stream().filter(rule).forEach(p -> found.add(p.getOrganisation()));
            if (!found.isEmpty()) {
                return found;
            }
        }
        Set<OrganisationId> donor = new LinkedHashSet<>();
        project.getProgramme().flatMap(catalogue::programme).ifPresent(p -> donor.add(p.getDonor()));
        return donor;
    }

    /** @return the organisations with their names, empty when there is none or one is not in the catalogue */
    private Optional<ArrayNode> organisations(Set<OrganisationId> ids) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (OrganisationId id : ids) {
            Optional<Organisation> organisation = catalogue.organisation(id);
            if (organisation.isEmpty()) {
                return Optional.empty();
            }
            out.addObject().put("id", id.toString()).put("name", text(organisation.get().getName()));
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    private Optional<ArrayNode> grantProgramme(Optional<CallForProposals> call, Optional<Project> project) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        if (call.isPresent()) {
            out.addObject().put("code", call.get().getId()).put("title", text(call.get().getTitle()));
        } else if (project.isPresent()) {
            out.addObject().put("code", project.get().getId()).put("title", text(project.get().getTitle()));
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    /**
     * A grant made by a re-granting project: one that passes its funds on through calls of its own, or whose
     * sources state grant components (grants it gives without a call described).
     */
    private boolean isRegrant(Optional<Project> project) {
        return project.isPresent() && (!project.get().getGrantComponents().isEmpty()
                || catalogue.getCalls().stream().anyMatch(c -> c.getProject().equals(project.get().getId())));
    }

    private ObjectNode classification(Classification theme) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("vocabulary", theme.getVocabulary()).put("code", theme.getCode());
        theme.getLabel().ifPresent(label -> out.put("title", text(label)));
        return out;
    }

    private String text(LocalizedText text) {
        return text.resolve(languages);
    }

    private static Map<String, Object> with(Map<String, ?> extra, Map<String, Object> base) {
        Map<String, Object> all = new java.util.LinkedHashMap<>(base);
        all.putAll(extra);
        return all;
    }

    /** Records a required 360Giving field the grant cannot fill. */
    @FunctionalInterface
    private interface Missing {
        void add(String field, String code, Map<String, ?> arguments);

        default void missing(String field) {
            add(field, MissingFieldsException.MISSING, Map.of());
        }
    }
}
