package kg.kichi.core.eligibility;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.UnitLevel;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import kg.kichi.core.money.ExchangeRates;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;

/**
 * Screens applications against their call's {@linkplain EligibilityRules#effective effective rule set}, with every
 * fact taken from one catalogue: the call and its lots, the organisations of the partnership, the other
 * applications of the call (for {@code applications-per-lead}).
 *
 * <pre>{@code
 * Screening screening = Screening.of(catalogue)
 *         .withExchangeRates(ExchangeRates.none().with("EUR", "KGS", new BigDecimal("97.50")));
 * for (Verdict v : screening.screenAll()) {
 *     System.out.println(v.getApplication() + " " + v.getOutcome());
 *     v.getFailures().forEach(r -> System.out.println("  " + r.getMessage(Locale.forLanguageTag("ky"))));
 * }
 * }</pre>
 *
 * <p>Places are compared through a {@link Gazetteer} (Kyrgyzstan's unless {@linkplain #withGazetteer another is
 * given}); amounts in different currencies only through the {@link ExchangeRates} given, never a guessed rate:
 * without one the result is {@link RuleStatus#UNKNOWN}. Immutable and safe to share between threads.
 *
 * <p><b>How it works.</b> What is the same for every application of a call is worked out once per call, the first
 * time the call is screened ({@link PreparedCall}: its effective rules, each deadline's closing moment, how many
 * applications each lead leads). Each application's own {@link Facts} are then looked up once, and each rule's check
 * (one class per category: {@link ApplicantChecks}, {@link PartnershipChecks}, {@link MoneyChecks},
 * {@link TimeChecks}, {@link PlaceChecks}, {@link DocumentChecks}; {@link Checks} dispatches and combines) gives a
 * {@link RuleResult} holding its values, which are rendered as text only when a caller asks.
 */
public final class Screening {
    /** The time zone of a call that does not state one. */
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Bishkek");

    private final Catalogue catalogue;
    private final Gazetteer gazetteer;
    private final ExchangeRates rates;
    private final Map<OrganisationId, Organisation> organisations;
    private final Map<String, CallForProposals> calls;
    /** Per call: per lot ({@code ""} for the whole call), how many applications each lead leads, withdrawn aside. */
    private final Map<String, Map<String, Map<OrganisationId, Integer>>> leadCounts;
    private final Map<String, PreparedCall> prepared = new ConcurrentHashMap<>();
    private final Map<UnitRef, String> places = new ConcurrentHashMap<>();
    private final String countryCode;

    private Screening(Catalogue catalogue, Gazetteer gazetteer, ExchangeRates rates) {
        this.catalogue = catalogue;
        this.gazetteer = gazetteer;
        this.rates = rates;
        this.organisations = new HashMap<>();
        catalogue.getOrganisations().forEach(o -> organisations.put(o.getId(), o));
        this.calls = new HashMap<>();
        catalogue.getCalls().forEach(c -> calls.put(c.getId(), c));
        this.leadCounts = new HashMap<>();
        for (Application a : catalogue.getApplications()) {
            if (a.getStatus() == ApplicationStatus.WITHDRAWN) {
                continue;
            }
            Map<String, Map<OrganisationId, Integer>> byLot = leadCounts.computeIfAbsent(a.getCall(),
                    c -> new HashMap<>());
            OrganisationId lead = a.getApplicant();
            byLot.computeIfAbsent("", l -> new HashMap<>()).merge(lead, 1, Integer::sum);
            a.getLot().ifPresent(lot -> byLot.computeIfAbsent(lot, l -> new HashMap<>()).merge(lead, 1, Integer::sum));
        }
        AdministrativeUnit root = gazetteer.getCountry();
        this.countryCode = root.getCode(UnitRef.ISO_3166_1).map(UnitRef::getCode).orElse(root.getRef().getCode());
    }

    /**
     * A screening of a catalogue's applications, with Kyrgyzstan's gazetteer and no exchange rates.
     *
     * @param catalogue the calls, organisations and applications
     * @return the screening
     */
    public static Screening of(Catalogue catalogue) {
        return new Screening(Objects.requireNonNull(catalogue, "catalogue"), Gazetteers.kyrgyzstan(),
                ExchangeRates.none());
    }

    /**
     * A copy that places units with another gazetteer.
     *
     * @param value the gazetteer
     * @return the copy
     */
    public Screening withGazetteer(Gazetteer value) {
        return new Screening(catalogue, Objects.requireNonNull(value, "gazetteer"), rates);
    }

    /**
     * A copy that converts amounts with the given rates.
     *
     * @param value the rates
     * @return the copy
     */
    public Screening withExchangeRates(ExchangeRates value) {
        return new Screening(catalogue, gazetteer, Objects.requireNonNull(value, "rates"));
    }

    /**
     * The effective rule set of a call of the catalogue.
     *
     * @param callId the call
     * @return its rules
     * @throws IllegalArgumentException if the catalogue has no such call
     */
    public List<Rule> rules(String callId) {
        return prepared(callId).rules();
    }

    /** @return the verdict of every application of the catalogue, in its order */
    public List<Verdict> screenAll() {
        List<Verdict> all = new ArrayList<>(catalogue.getApplications().size());
        catalogue.getApplications().forEach(a -> all.add(screen(a)));
        return all;
    }

    /**
     * The verdicts of the applications to one call.
     *
     * @param callId the call
     * @return the verdicts, in the catalogue's order
     * @throws IllegalArgumentException if the catalogue has no such call
     */
    public List<Verdict> screenCall(String callId) {
        prepared(callId);
        List<Verdict> all = new ArrayList<>();
        catalogue.getApplications().stream().filter(a -> a.getCall().equals(callId)).forEach(a -> all.add(screen(a)));
        return all;
    }

    /**
     * Screens one application against its call's effective rule set.
     *
     * @param application an application to a call of the catalogue
     * @return the verdict: one result per rule of the set, in its order
     * @throws IllegalArgumentException if the catalogue has no such call
     */
    public Verdict screen(Application application) {
        PreparedCall call = prepared(application.getCall());
        Facts facts = new Facts(this, call, application);
        List<Rule> rules = call.rules();
        RuleResult[] results = new RuleResult[rules.size()];
        for (int i = 0; i < results.length; i++) {
            results[i] = Checks.evaluate(rules.get(i), facts);
        }
        return Verdict.ofScreened(application.getId(), call.call().getId(), facts.lot, results);
    }

    private PreparedCall prepared(String callId) {
        PreparedCall p = prepared.get(callId); // get first: computeIfAbsent locks on a hit in some JDKs
        return p != null ? p : prepared.computeIfAbsent(callId, id -> new PreparedCall(call(id),
                leadCounts.getOrDefault(id, Map.of())));
    }

    private CallForProposals call(String id) {
        CallForProposals call = calls.get(id);
        if (call == null) {
            throw new IllegalArgumentException("the catalogue has no call '" + id + "'");
        }
        return call;
    }

    // ---- what the checks look up in the catalogue and the environment ----

    /** @return the organisation of the catalogue with this identifier, or null when it has none */
    Organisation organisation(OrganisationId id) {
        return organisations.get(id);
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    ExchangeRates rates() {
        return rates;
    }

    /** @return the ISO 3166-1 code of the gazetteer's country (or its own code when it has none) */
    String countryCode() {
        return countryCode;
    }

    /** A unit as the officer reads it, rolled up: {@code Kara-Köl (Jalal-Abad Region)}; computed once per unit. */
    String place(UnitRef unit) {
        return places.computeIfAbsent(unit, this::placeText);
    }

    private String placeText(UnitRef unit) {
        Optional<AdministrativeUnit> found = gazetteer.find(unit);
        if (found.isEmpty()) {
            return unit.toString();
        }
        AdministrativeUnit u = found.get();
        String name = u.getName("en").orElse(u.getDisplayName());
        if (u.getLevel().getRank() <= UnitLevel.REGION.getRank()) {
            return name;
        }
        for (AdministrativeUnit a : gazetteer.getAncestors(unit)) {
            if (a.getLevel().getRank() == UnitLevel.REGION.getRank()) {
                return name + " (" + a.getName("en").orElse(a.getDisplayName()) + ")";
            }
        }
        return name;
    }
}
