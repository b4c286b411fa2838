package kg.kichi.json.giving360;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kg.kichi.core.application.Partner;
import kg.kichi.core.application.PartnerRole;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.classification.Classification;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.resolve.Resolution;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.ParticipationRole;
import kg.kichi.core.project.Project;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.internal.codec.Pointers;
import tools.jackson.databind.JsonNode;

/**
 * Turns the grants of one 360Giving package, one at a time, into Kichi grants, and gathers what they share across
 * the file: the organisations (one per 360Giving identifier, every name met kept), the programmes and the
 * projects. Memory grows with those and with a hash per grant (for repeats), not with the grants.
 *
 * <p>Not thread-safe: one instance per read.
 */
final class GrantReading {
    private static final String GRANT_ID_CHARS = "._:/-";
    private static final int MAX_GRANT_ID = 190;
    /** How many place names' resolutions are remembered, so that memory stays bounded whatever the file. */
    private static final int MAX_PLACE_NAMES = 10_000;

    private final String language;
    private final Gazetteer gazetteer;

    private final Map<String, OrgState> organisations = new LinkedHashMap<>();
    private final Set<OrganisationId> organisationIds = new HashSet<>();
    private final Map<String, ProgrammeState> programmes = new LinkedHashMap<>();
    private final Set<String> programmeIds = new HashSet<>();
    private final Map<String, ProjectState> projects = new LinkedHashMap<>();
    private final Set<String> projectIds = new HashSet<>();
    private final GrantKeys grantKeys = new GrantKeys();
    /** Place names resolved so far: a file names the same few places again and again. */
    private final Map<String, Optional<UnitRef>> placeNames = new HashMap<>();

    GrantReading(String language, Gazetteer gazetteer) {
        this.language = language;
        this.gazetteer = gazetteer;
    }

    /** An organisation as far as the file has been read. */
    private static final class OrgState {
        final String sourceId;
        final OrganisationId id;
        final String name;
        final Set<String> aliases = new LinkedHashSet<>();
        /** How a 360Giving grant names it: the identifier as written and the first name met. */
        final Faithful.Org ref;

        OrgState(String sourceId, OrganisationId id, String name) {
            this.sourceId = sourceId;
            this.id = id;
            this.name = name;
            this.ref = new Faithful.Org(sourceId, name);
        }
    }

    private record ProgrammeState(String id, String code, String title, OrgState donor) {}

    private record ProjectState(String id, List<OrgState> funders, ProgrammeState programme) {}

    /**
     * Reads one grant that the schema accepted.
     *
     * @param source the grant
     * @param id its Kichi identifier ({@link #claim})
     * @param pointer its pointer
     * @param problems where the model's own objections go
     * @return the grant, or null when the model cannot hold it (problems were added)
     */
    Grant grant(JsonNode source, String id, String pointer, List<DocumentProblem> problems) {
        int before = problems.size();
        if (!source.has("recipientOrganization")) {
            problems.add(DocumentProblem.of(Pointers.member(pointer, "recipientIndividual"),
                    Giving360Reader.INDIVIDUAL, Map.of()));
            return null;
        }
        LocalizedText title = text(source.get("title"), pointer, "title", problems);
        List<OrgState> recipients = organisations(source.get("recipientOrganization"), pointer,
                "recipientOrganization", problems);
        List<OrgState> funders = organisations(source.get("fundingOrganization"), pointer, "fundingOrganization",
                problems);
        if (problems.size() > before) {
            return null;
        }
        ProgrammeState programme = programme(source.get("grantProgramme"), funders.get(0));
        ProjectState project = project(funders, programme);

        Grant.Builder b = Grant.builder().id(id).title(title).project(project.id());
        String description = source.get("description").asString();
        if (!description.isBlank()) {
            b.description(LocalizedText.of(language, description));
        }
        Partnership.Builder partnership = Partnership.builder();
        for (int i = 0; i < recipients.size(); i++) {
            partnership.addMember(Partner.of(recipients.get(i).id, i == 0 ? PartnerRole.LEAD : PartnerRole.PARTNER));
        }
        b.partnership(partnership.build());
        Money amount = money(source.get("currency").asString(), source.get("amountAwarded").decimalValue());
        if (amount != null) {
            b.amountAwarded(amount);
        }
        PartialDate awarded = date(source.get("awardDate").asString());
        if (awarded != null) {
            b.awardDate(awarded);
        }
        DatePeriod period = period(source.get("plannedDates"));
        if (period != null) {
            b.period(period);
        }
        RegionalCoverage coverage = coverage(source.get("beneficiaryLocation"));
        if (coverage != null) {
            b.coverage(coverage);
        }
        List<Classification> themes = themes(source.get("classifications"));
        b.themes(themes);

        Grant modelled;
        try {
            modelled = b.build();
        } catch (InvalidModelException e) {
            for (Violation v : e.getViolations()) {
                problems.add(DocumentProblem.of(sourcePointer(pointer, v.getPath()), v.getCode(), v.getArguments()));
            }
            return null;
        }
        Map<String, String> kept = kept(source, modelled, refs(recipients), refs(funders),
                programme == null ? null : new Faithful.Programme(programme.code(), programme.title()));
        return modelled.withExtensions(kept);
    }

    /** The 360Giving member a rule of the Kichi grant is about: the model's property path names Kichi's members. */
    private static String sourcePointer(String grant, String path) {
        String first = path.split("[.\\[]", 2)[0];
        String member = switch (first) {
            case "partnership" -> "recipientOrganization";
            case "period" -> "plannedDates";
            case "coverage" -> "beneficiaryLocation";
            case "themes" -> "classifications";
            case "project" -> "fundingOrganization";
            default -> first;
        };
        return member.isEmpty() ? grant : Pointers.member(grant, member);
    }

    private static List<Faithful.Org> refs(List<OrgState> organisations) {
        List<Faithful.Org> refs = new ArrayList<>(organisations.size());
        organisations.forEach(o -> refs.add(o.ref));
        return refs;
    }

    /** Every member the rendering of the model does not give back, as its JSON text; the identifier always. */
    private static Map<String, String> kept(JsonNode source, Grant modelled, List<Faithful.Org> recipients,
            List<Faithful.Org> funders, Faithful.Programme programme) {
        Map<String, String> kept = new LinkedHashMap<>();
        kept.put(Faithful.ID, Faithful.text(source.get("id")));
        for (Map.Entry<String, JsonNode> member : source.properties()) {
            String name = member.getKey();
            if (name.equals("id")) {
                continue;
            }
            JsonNode mine = Faithful.render(name, modelled, recipients, funders, programme);
            if (mine == null || !JsonValues.equivalent(mine, member.getValue())) {
                kept.put(Faithful.PREFIX + name, Faithful.text(member.getValue()));
            }
        }
        return kept;
    }

    /** Pointers are built only for a problem: most grants have none. */
    private LocalizedText text(JsonNode value, String grant, String member, List<DocumentProblem> problems) {
        String text = value.asString();
        if (text.isBlank()) {
            problems.add(DocumentProblem.of(Pointers.member(grant, member), "kichi.text.blank", Map.of()));
            return null;
        }
        return LocalizedText.of(language, text);
    }

    /**
     * Gives a grant its Kichi identifier: the 360Giving one when it is a Kichi identifier, else its characters made
     * one; made unique with {@code -2}, {@code -3}… Called for every grant, valid or not, in document order.
     *
     * @param grant the grant as written
     * @param hash its {@linkplain JsonValues#hash content hash}
     * @return the identifier, or null when the grant repeats an earlier one exactly
     */
    String claim(JsonNode grant, long hash) {
        JsonNode source = grant.isObject() ? grant.get("id") : null;
        String base = source != null && source.isString()
                ? identifier(source.asString(), GRANT_ID_CHARS, MAX_GRANT_ID, "grant") : "\u0000";
        int print = (int) (hash ^ (hash >>> 32));
        String id = base;
        for (int n = 2; ; n++) {
            long key = JsonValues.text(id);
            Integer taken = grantKeys.get(key);
            if (taken == null) {
                grantKeys.put(key, print);
                return id;
            }
            if (taken == print) {
                return null;
            }
            id = base + "-" + n;
        }
    }

    /**
     * @param text any text
     * @param punctuation the punctuation allowed after the first character
     * @param max the longest result
     * @param fallback the result when nothing of the text is left
     * @return the text with other characters replaced by {@code -}, starting with a letter or digit
     */
    static String identifier(String text, String punctuation, int max, String fallback) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max));
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            boolean alnum = c < 128 && Character.isLetterOrDigit(c);
            if (alnum) {
                out.append(c);
            } else if (out.length() > 0) {
                out.append(punctuation.indexOf(c) >= 0 ? c : '-');
            }
        }
        return out.length() == 0 ? fallback : out.toString();
    }

    private List<OrgState> organisations(JsonNode entries, String grant, String member,
            List<DocumentProblem> problems) {
        List<OrgState> found = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String sourceId = entry.get("id").asString();
            String name = entry.get("name").asString();
            if (name.isBlank()) {
                String at = Pointers.element(Pointers.member(grant, member), i);
                problems.add(DocumentProblem.of(Pointers.member(at, "name"), "kichi.text.blank", Map.of()));
                continue;
            }
            OrgState state = organisations.get(sourceId);
            if (state == null) {
                state = new OrgState(sourceId, organisationId(sourceId), name);
                organisations.put(sourceId, state);
            } else if (!state.name.equals(name)) {
                state.aliases.add(name);
            }
            if (!found.contains(state)) {
                found.add(state);
            }
        }
        return found;
    }

    /** The org-id.guide identifier as it is; any other becomes a local one made of its characters, unique. */
    private OrganisationId organisationId(String source) {
        OrganisationId id = null;
        try {
            id = OrganisationId.parse(source);
            if (!id.toString().equals(source)) {
                id = null;
            }
        } catch (InvalidModelException notOrgId) {
            id = null;
        }
        if (id == null || organisationIds.contains(id)) {
            String base = identifier(source, "._-", 90, "organisation");
            id = OrganisationId.local(base);
            for (int n = 2; organisationIds.contains(id); n++) {
                id = OrganisationId.local(base + "-" + n);
            }
        }
        organisationIds.add(id);
        return id;
    }

    /** The first programme of a grant, per funder and code (or title when there is no code). */
    private ProgrammeState programme(JsonNode entries, OrgState donor) {
        if (entries == null || entries.isEmpty()) {
            return null;
        }
        JsonNode first = entries.get(0);
        String code = string(first.get("code"));
        String title = string(first.get("title"));
        String label = title != null && !title.isBlank() ? title : code;
        if (label == null || label.isBlank()) {
            return null;
        }
        String key = donor.sourceId + '\u0000' + (code != null ? "c" + code : "t" + title);
        ProgrammeState known = programmes.get(key);
        if (known != null) {
            return known; // another title under the same code: the grant keeps its own grantProgramme as written
        }
        String id = unique(identifier(code != null && !code.isBlank() ? code : label, GRANT_ID_CHARS, MAX_GRANT_ID,
                "programme"), programmeIds);
        ProgrammeState created = new ProgrammeState(id, code, title, donor);
        programmes.put(key, created);
        return created;
    }

    private ProjectState project(List<OrgState> funders, ProgrammeState programme) {
        StringBuilder key = new StringBuilder();
        funders.forEach(f -> key.append(f.sourceId).append('\u0000'));
        key.append(programme == null ? "" : programme.id());
        return projects.computeIfAbsent(key.toString(), k -> new ProjectState(
                unique(programme != null ? programme.id() : identifier(funders.get(0).id.toString(), GRANT_ID_CHARS,
                        MAX_GRANT_ID, "project"), projectIds), List.copyOf(funders), programme));
    }

    private static String unique(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String string(JsonNode value) {
        return value != null && value.isString() ? value.asString() : null;
    }

    private static Money money(String currency, BigDecimal amount) {
        if (amount.signum() <= 0) {
            return null; // the model holds awards above zero; the member is kept as it is
        }
        try {
            return Money.of(amount, currency);
        } catch (IllegalArgumentException notHeld) {
            return null;
        }
    }

    /**
     * A date as written: {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, or the date part of a date-time, at the
     * day written whatever the offset (converting to another offset could shift the day).
     */
    static PartialDate date(String text) {
        String date = text.length() > 10 && (text.charAt(10) == 'T' || text.charAt(10) == 't')
                ? text.substring(0, 10) : text;
        try {
            return PartialDate.parse(date);
        } catch (IllegalArgumentException | java.time.DateTimeException notADate) {
            return null;
        }
    }

    private static DatePeriod period(JsonNode events) {
        if (events == null || events.isEmpty()) {
            return null;
        }
        JsonNode event = events.get(0);
        PartialDate start = event.has("startDate") ? date(event.get("startDate").asString()) : null;
        PartialDate end = event.has("endDate") ? date(event.get("endDate").asString()) : null;
        try {
            if (start != null && end != null) {
                return DatePeriod.of(start, end);
            }
            return start != null ? DatePeriod.startingFrom(start) : end != null ? DatePeriod.endingOn(end) : null;
        } catch (IllegalArgumentException notAPeriod) {
            return null;
        }
    }

    /**
     * Where the grant's beneficiaries are: each location with an ISO 3166-2 code of its country, a code of a
     * stated type, or a Kyrgyz place name the gazetteer resolves to one unit. Locations that say none of these
     * are left out (and kept, with the whole member, as written).
     */
    private RegionalCoverage coverage(JsonNode locations) {
        if (locations == null || locations.isEmpty()) {
            return null;
        }
        Set<UnitRef> units = new LinkedHashSet<>();
        for (JsonNode location : locations) {
            UnitRef unit = unit(location);
            if (unit != null) {
                units.add(unit);
            }
        }
        try {
            return units.isEmpty() ? null : RegionalCoverage.of(units);
        } catch (IllegalArgumentException notACoverage) {
            return null;
        }
    }

    private UnitRef unit(JsonNode location) {
        String country = string(location.get("countryCode"));
        String geoCode = string(location.get("geoCode"));
        String geoCodeType = string(location.get("geoCodeType"));
        String name = string(location.get("name"));
        try {
            if (geoCode != null && country != null && geoCode.startsWith(country + "-")) {
                return UnitRef.iso(geoCode);
            }
            if (geoCode != null && geoCodeType != null) {
                return UnitRef.of(geoCodeType.toLowerCase(java.util.Locale.ROOT), geoCode);
            }
        } catch (IllegalArgumentException notAUnit) {
            return null;
        }
        if (name != null && "KG".equals(country) && gazetteer != null) {
            Optional<UnitRef> known = placeNames.get(name);
            if (known == null) {
                Resolution resolution = gazetteer.resolve(name);
                known = resolution.isResolved() ? resolution.getUnit().map(u -> u.getRef()) : Optional.empty();
                if (placeNames.size() < MAX_PLACE_NAMES) {
                    placeNames.put(name, known);
                }
            }
            return known.orElse(null);
        }
        return null;
    }

    private List<Classification> themes(JsonNode entries) {
        List<Classification> themes = new ArrayList<>();
        if (entries == null) {
            return themes;
        }
        for (JsonNode entry : entries) {
            String vocabulary = string(entry.get("vocabulary"));
            String code = string(entry.get("code"));
            String title = string(entry.get("title"));
            try {
                themes.add(Classification.of(vocabulary, code,
                        title == null || title.isBlank() ? null : LocalizedText.of(language, title)));
            } catch (IllegalArgumentException | NullPointerException notATheme) {
                // kept as written with the member
            }
        }
        return themes;
    }

    /** @return the organisations met, in order of first meeting, every other name as an alias */
    List<Organisation> organisations() {
        List<Organisation> out = new ArrayList<>(organisations.size());
        for (OrgState o : organisations.values()) {
            Organisation.Builder b = Organisation.builder().id(o.id).name(LocalizedText.of(language, o.name))
                    .legalForm(LegalForm.OTHER).addAllAliases(o.aliases);
            if (!o.sourceId.equals(o.id.toString())) {
                b.putExtension(Faithful.ID, Faithful.text(tools.jackson.databind.node.StringNode.valueOf(o.sourceId)));
            }
            out.add(b.build());
        }
        return out;
    }

    /** @return the programmes met */
    List<DonorProgramme> programmes() {
        List<DonorProgramme> out = new ArrayList<>(programmes.size());
        for (ProgrammeState p : programmes.values()) {
            String label = p.title() != null && !p.title().isBlank() ? p.title() : p.code();
            DonorProgramme.Builder b = DonorProgramme.builder().id(p.id()).name(LocalizedText.of(language, label))
                    .donor(p.donor().id);
            if (p.code() != null) {
                b.putExtension(Faithful.PREFIX + "code", Faithful.text(
                        tools.jackson.databind.node.StringNode.valueOf(p.code())));
            }
            if (p.title() != null) {
                b.putExtension(Faithful.PREFIX + "title", Faithful.text(
                        tools.jackson.databind.node.StringNode.valueOf(p.title())));
            }
            out.add(b.build());
        }
        return out;
    }

    /** @return one project per funders and programme: the grant-making the grants are made under */
    List<Project> projects() {
        List<Project> out = new ArrayList<>(projects.size());
        for (ProjectState p : projects.values()) {
            String title = p.programme() != null ? programmeLabel(p.programme()) : p.funders().get(0).name;
            Project.Builder b = Project.builder().id(p.id()).title(LocalizedText.of(language, title));
            if (p.programme() != null) {
                b.programme(p.programme().id());
            }
            p.funders().forEach(f -> b.addParticipants(Participation.of(f.id, ParticipationRole.FUNDING)));
            out.add(b.build());
        }
        return out;
    }

    private static String programmeLabel(ProgrammeState p) {
        return p.title() != null && !p.title().isBlank() ? p.title() : p.code();
    }

    /** @return how many distinct organisations were met */
    int organisationCount() {
        return organisations.size();
    }
}
