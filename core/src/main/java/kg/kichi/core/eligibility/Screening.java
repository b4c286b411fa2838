package kg.kichi.core.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.application.Budget;
import kg.kichi.core.application.Partner;
import kg.kichi.core.application.PartnerRole;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitLevel;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.money.ExchangeRates;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;

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
 * without one the result is {@link RuleStatus#UNKNOWN}. Immutable and safe to share between threads; the rule sets
 * and counts it derives from the catalogue are computed once.
 */
public final class Screening {
    /** The time zone of a call that does not state one. */
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Bishkek");

    private final Catalogue catalogue;
    private final Gazetteer gazetteer;
    private final ExchangeRates rates;
    private final Map<OrganisationId, Organisation> organisations;
    private final Map<String, CallForProposals> calls;
    private final Map<String, List<Rule>> rulesByCall = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Integer> leadCounts;
    private final Map<ClosingKey, Closing> closings = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<UnitRef, String> places = new java.util.concurrent.ConcurrentHashMap<>();

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
            String lead = a.getApplicant().toString();
            leadCounts.merge(countKey(a.getCall(), null, lead), 1, Integer::sum);
            a.getLot().ifPresent(lot -> leadCounts.merge(countKey(a.getCall(), lot, lead), 1, Integer::sum));
        }
    }

    /** {@code partnership.members[i].organisation} and its facts, built once for the first members. */
    private static final int CACHED_MEMBERS = 16;
    private static final String[] MEMBER = new String[CACHED_MEMBERS];
    private static final String[][] MEMBER_FACT = new String[CACHED_MEMBERS][];
    private static final String[] FACTS = {"legalForm", "nonProfit", "registered", "seat"};

    static {
        for (int i = 0; i < CACHED_MEMBERS; i++) {
            MEMBER[i] = "partnership.members[" + i + "].organisation";
            MEMBER_FACT[i] = new String[FACTS.length];
            for (int j = 0; j < FACTS.length; j++) {
                MEMBER_FACT[i][j] = MEMBER[i] + "." + FACTS[j];
            }
        }
    }

    private static String member(int index) {
        return index < CACHED_MEMBERS ? MEMBER[index] : "partnership.members[" + index + "].organisation";
    }

    /** @param fact 0 legalForm, 1 nonProfit, 2 registered, 3 seat */
    private static String memberFact(int index, int fact) {
        return index < CACHED_MEMBERS ? MEMBER_FACT[index][fact] : member(index) + "." + FACTS[fact];
    }

    private static String countKey(String call, String lot, String lead) {
        return call + '\u0000' + (lot == null ? "" : lot) + '\u0000' + lead;
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
        return rulesByCall.computeIfAbsent(callId, id -> EligibilityRules.effective(call(id)));
    }

    private CallForProposals call(String id) {
        CallForProposals call = calls.get(id);
        if (call == null) {
            throw new IllegalArgumentException("the catalogue has no call '" + id + "'");
        }
        return call;
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
        call(callId);
        List<Verdict> all = new ArrayList<>();
        catalogue.getApplications().stream().filter(a -> a.getCall().equals(callId)).forEach(a -> all.add(screen(a)));
        return all;
    }

    /**
     * Screens one application against its call's effective rule set.
     *
     * @param application an application to a call of the catalogue
     * @return the verdict
     * @throws IllegalArgumentException if the catalogue has no such call
     */
    public Verdict screen(Application application) {
        CallForProposals call = call(application.getCall());
        Facts facts = new Facts(application, call);
        List<Rule> rules = rules(call.getId());
        List<RuleResult> results = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            results.add(evaluate(rule, facts));
        }
        return Verdict.of(application.getId(), call.getId(), application.getLot().orElse(null), results);
    }

    /** The facts of one application, looked up once. */
    private final class Facts {
        final Application application;
        final CallForProposals call;
        final String lot;
        final Organisation lead;
        final String leadPath;
        final int leadIndex;

        Facts(Application application, CallForProposals call) {
            this.application = application;
            this.call = call;
            this.lot = application.getLot().orElse(null);
            List<Partner> members = application.getPartnership().getMembers();
            int leadIndex = 0;
            for (int i = 0; i < members.size(); i++) {
                if (members.get(i).getRole() == PartnerRole.LEAD) {
                    leadIndex = i;
                }
            }
            this.leadIndex = leadIndex;
            this.leadPath = member(leadIndex);
            this.lead = organisations.get(members.get(leadIndex).getOrganisation());
        }

        ZoneId zone(Rule rule) {
            return rule.getTimeZone().or(call::getTimeZone).orElse(DEFAULT_TIME_ZONE);
        }
    }

    private RuleResult evaluate(Rule rule, Facts f) {
        if (!rule.appliesToLot(f.lot)) {
            // the deadline's message names its closing moment, which is the rule's, whoever it concerns
            Map<String, String> details = rule.getType() == RuleType.SUBMISSION_DEADLINE ? closing(rule, f).details()
                    : null;
            return new RuleResult(rule, RuleStatus.NOT_APPLICABLE, f.lot, "lot", null, details, null);
        }
        switch (rule.getType()) {
            case APPLICANT_LEGAL_FORM:
                return applicantLegalForm(rule, f);
            case APPLICANT_NON_PROFIT:
                return applicantNonProfit(rule, f);
            case APPLICANT_REGISTERED:
                return applicantRegistered(rule, f);
            case APPLICANT_SEAT:
                return applicantSeat(rule, f);
            case APPLICANT_NOT_EXCLUDED:
                return applicantNotExcluded(rule, f);
            case PARTNER_COUNT:
                return partnerCount(rule, f);
            case PARTNER_KINDS:
                return partnerKinds(rule, f);
            case PARTNER_LEGAL_FORMS:
                return partnerLegalForms(rule, f);
            case APPLICATIONS_PER_LEAD:
                return applicationsPerLead(rule, f);
            case GRANT_SIZE:
                return grantSize(rule, f);
            case CURRENCY_OF_REQUEST:
                return currency(rule, f);
            case CO_FINANCING:
                return coFinancing(rule, f);
            case INDIRECT_COSTS:
                return indirectCosts(rule, f);
            case THIRD_PARTY_CAP:
                return thirdPartyCap(rule, f);
            case SUBMISSION_DEADLINE:
                return deadline(rule, f);
            case DURATION:
                return duration(rule, f);
            case IMPLEMENTATION_PERIOD:
                return implementationPeriod(rule, f);
            case COVERAGE:
                return coverage(rule, f);
            case REQUIRED_DOCUMENTS:
                return documents(rule, f);
            case ALL_OF:
            case ANY_OF:
            case NOT:
                return combined(rule, f);
            default:
                throw new AssertionError(rule.getType());
        }
    }

    // ---- results ----

    private static RuleResult pass(Rule rule, Object actual, String path) {
        return new RuleResult(rule, RuleStatus.PASS, actual, path, null, null, null);
    }

    private static RuleResult fail(Rule rule, Object actual, String path) {
        return new RuleResult(rule, RuleStatus.FAIL, actual, path, null, null, null);
    }

    private static RuleResult result(Rule rule, boolean passes, Object actual, String path) {
        return new RuleResult(rule, passes ? RuleStatus.PASS : RuleStatus.FAIL, actual, path, null, null, null);
    }

    private static RuleResult unknown(Rule rule, Object actual, String path, List<String> missing) {
        return new RuleResult(rule, RuleStatus.UNKNOWN, actual, path, missing, null, null);
    }

    private static RuleResult unknown(Rule rule, String path) {
        return unknown(rule, null, path, List.of(path));
    }

    // ---- applicant ----

    private static RuleResult applicantLegalForm(Rule rule, Facts f) {
        if (f.lead == null) {
            return unknown(rule, f.leadPath);
        }
        String path = memberFact(f.leadIndex, 0);
        LegalForm form = f.lead.getLegalForm();
        if (rule.getForms().contains(form)) {
            return pass(rule, form.getCode(), path);
        }
        if (isUnknownForm(form)) { // never a guess
            return unknown(rule, form.getCode(), path, List.of(path));
        }
        return fail(rule, form.getCode(), path);
    }

    /**
     * Whether an organisation is non-profit, when stated. Written against the model's answer so that a status
     * the model cannot state gives {@link RuleStatus#UNKNOWN}.
     */
    static Optional<Boolean> nonProfit(Organisation organisation) {
        return organisation.getNonProfit(); // not stated stays unknown; the legal form's usual status is no answer
    }

    /**
     * Whether a legal form says too little to judge a rule on forms: {@code not-stated} (no source gives it) and
     * {@code other} (a form none of the codes names, which older data also used for "not stated").
     */
    private static boolean isUnknownForm(LegalForm form) {
        return form == LegalForm.OTHER || form == LegalForm.NOT_STATED;
    }

    private static RuleResult applicantNonProfit(Rule rule, Facts f) {
        if (f.lead == null) {
            return unknown(rule, f.leadPath);
        }
        String path = memberFact(f.leadIndex, 1);
        Optional<Boolean> np = nonProfit(f.lead);
        if (np.isEmpty()) {
            return unknown(rule, path);
        }
        return result(rule, np.get(), String.valueOf(np.get()), path);
    }

    private static RuleResult applicantRegistered(Rule rule, Facts f) {
        Optional<PartialDate> deadline = rule.getDeadline().or(f.call::getDeadline);
        List<String> missing = new ArrayList<>();
        String path = memberFact(f.leadIndex, 2);
        if (f.lead == null) {
            missing.add(f.leadPath);
        } else if (f.lead.getRegistered().isEmpty()) {
            missing.add(path);
        }
        if (deadline.isEmpty()) {
            missing.add("call.deadline");
        }
        if (!missing.isEmpty()) {
            return unknown(rule, null, path, missing);
        }
        PartialDate registered = f.lead.getRegistered().get();
        int months = rule.getMonths().orElse(0);
        Map<String, String> details = Map.of("deadline", deadline.get().toString());
        RuleStatus status;
        if (!registered.getLastDay().plusMonths(months).isAfter(deadline.get().getFirstDay())) {
            status = RuleStatus.PASS;
        } else if (registered.getFirstDay().plusMonths(months).isAfter(deadline.get().getLastDay())) {
            status = RuleStatus.FAIL;
        } else {
            return new RuleResult(rule, RuleStatus.UNKNOWN, registered.toString(), path, List.of(path), details, null);
        }
        return new RuleResult(rule, status, registered.toString(), path, null, details, null);
    }

    private RuleResult applicantSeat(Rule rule, Facts f) {
        if (f.lead == null) {
            return unknown(rule, f.leadPath);
        }
        String path = memberFact(f.leadIndex, 3);
        if (f.lead.getSeat().isEmpty()) {
            return unknown(rule, path);
        }
        UnitRef seat = f.lead.getSeat().get();
        Optional<Boolean> within = within(seat, rule.getArea().get());
        if (within.isEmpty()) {
            return unknown(rule, seat.toString(), path, List.of(path));
        }
        return result(rule, within.get(), place(seat), path);
    }

    private static RuleResult applicantNotExcluded(Rule rule, Facts f) {
        Application a = f.application;
        if (!a.getExclusionSituations().isEmpty()) {
            return fail(rule, String.join(", ", a.getExclusionSituations()), "exclusionSituations");
        }
        String declaration = rule.getDeclaration().get();
        if (a.getDeclarations().contains(declaration)) {
            return pass(rule, declaration, "declarations");
        }
        return unknown(rule, null, "declarations", List.of("declarations"));
    }

    // ---- partnership ----

    private static RuleResult partnerCount(Rule rule, Facts f) {
        int n = f.application.getPartnership().getMembers().size() - 1;
        boolean ok = rule.getMin().map(m -> n >= m).orElse(true) && rule.getMax().map(m -> n <= m).orElse(true);
        return result(rule, ok, n, "partnership.members");
    }

    private RuleResult partnerKinds(Rule rule, Facts f) {
        List<Partner> members = f.application.getPartnership().getMembers();
        List<String> forms = new ArrayList<>();
        List<String> uncatalogued = new ArrayList<>();
        java.util.EnumSet<LegalForm> present = java.util.EnumSet.noneOf(LegalForm.class);
        for (int i = 0; i < members.size(); i++) {
            Partner p = members.get(i);
            if (p.getRole() == PartnerRole.LEAD) {
                continue;
            }
            Organisation o = organisations.get(p.getOrganisation());
            if (o == null) {
                uncatalogued.add(member(i));
            } else {
                present.add(o.getLegalForm());
                forms.add(o.getLegalForm().getCode());
            }
        }
        String actual = forms.isEmpty() ? "—" : String.join(", ", forms);
        boolean all = present.containsAll(rule.getKinds());
        if (all) {
            return pass(rule, actual, "partnership.members");
        }
        if (!uncatalogued.isEmpty() || present.contains(LegalForm.OTHER) || present.contains(LegalForm.NOT_STATED)) {
            return unknown(rule, actual, "partnership.members", uncatalogued.isEmpty()
                    ? List.of("partnership.members") : uncatalogued);
        }
        List<LegalForm> lacking = rule.getKinds().stream().filter(k -> !present.contains(k)).toList();
        return new RuleResult(rule, RuleStatus.FAIL, actual, "partnership.members", null,
                Map.of("lacking", Rule.joinCodes(lacking)), null);
    }

    private RuleResult partnerLegalForms(Rule rule, Facts f) {
        List<Partner> members = f.application.getPartnership().getMembers();
        List<String> outside = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        String firstOutside = null;
        for (int i = 0; i < members.size(); i++) {
            Partner p = members.get(i);
            if (p.getRole() == PartnerRole.LEAD) {
                continue;
            }
            String path = member(i);
            Organisation o = organisations.get(p.getOrganisation());
            if (o == null) {
                unknown.add(path);
            } else if (!rule.getForms().contains(o.getLegalForm())) {
                if (isUnknownForm(o.getLegalForm())) {
                    unknown.add(memberFact(i, 0));
                } else {
                    outside.add(p.getOrganisation() + " " + o.getLegalForm().getCode());
                    firstOutside = firstOutside == null ? memberFact(i, 0) : firstOutside;
                }
            }
        }
        if (!outside.isEmpty()) {
            return fail(rule, String.join(", ", outside), firstOutside);
        }
        if (!unknown.isEmpty()) {
            return unknown(rule, null, unknown.get(0), unknown);
        }
        return pass(rule, null, "partnership.members");
    }

    private RuleResult applicationsPerLead(Rule rule, Facts f) {
        boolean perLot = rule.getPerLot().orElse(false);
        String lead = f.application.getApplicant().toString();
        if (perLot && f.lot == null) {
            return unknown(rule, "lot");
        }
        int count = leadCounts.getOrDefault(countKey(f.application.getCall(), perLot ? f.lot : null, lead), 0);
        if (f.application.getStatus() == ApplicationStatus.WITHDRAWN) {
            count++; // a withdrawn application is not counted among the others, but it is one itself
        }
        return result(rule, count <= rule.getMax().get(), count, f.leadPath);
    }

    // ---- money ----

    private RuleResult grantSize(Rule rule, Facts f) {
        Optional<Money> requested = f.application.getRequestedAmount();
        if (requested.isEmpty()) {
            return unknown(rule, "requestedAmount");
        }
        String target = rule.getRange().get().getCurrencyCode();
        Optional<Money> converted = rates.convert(requested.get(), target);
        if (converted.isEmpty()) {
            return unknown(rule, requested.get().toString(), "requestedAmount",
                    List.of(rateName(requested.get().getCurrencyCode(), target)));
        }
        Object actual = converted.get() == requested.get() ? requested.get()
                : new Converted(requested.get(), converted.get());
        return result(rule, rule.getRange().get().contains(converted.get()), actual, "requestedAmount");
    }

    private static String rateName(String from, String to) {
        return "exchangeRate:" + from + "/" + to;
    }

    private static RuleResult currency(Rule rule, Facts f) {
        Optional<Money> requested = f.application.getRequestedAmount();
        if (requested.isEmpty()) {
            return unknown(rule, "requestedAmount");
        }
        String code = requested.get().getCurrencyCode();
        return result(rule, code.equals(rule.getCurrency().get()), code, "requestedAmount");
    }

    private RuleResult coFinancing(Rule rule, Facts f) {
        Optional<Money> coFinancing = f.application.getCoFinancing();
        Optional<Money> total = f.application.getBudget().flatMap(Budget::getTotalCost);
        List<String> missing = new ArrayList<>();
        if (coFinancing.isEmpty()) {
            missing.add("coFinancing");
        }
        if (total.isEmpty()) {
            missing.add("budget.totalCost");
        }
        if (!missing.isEmpty()) {
            return unknown(rule, null, missing.get(0), missing);
        }
        return share(rule, coFinancing.get(), total.get(), "coFinancing", true);
    }

    private RuleResult indirectCosts(Rule rule, Facts f) {
        Optional<Budget> budget = f.application.getBudget();
        Optional<Money> indirect = budget.flatMap(Budget::getIndirectCosts);
        Optional<Money> direct = budget.flatMap(Budget::getDirectCosts);
        List<String> missing = new ArrayList<>();
        if (indirect.isEmpty()) {
            missing.add("budget.indirectCosts");
        }
        if (direct.isEmpty()) {
            missing.add("budget.directCosts");
        }
        if (!missing.isEmpty()) {
            return unknown(rule, null, missing.get(0), missing);
        }
        return share(rule, indirect.get(), direct.get(), "budget.indirectCosts", false);
    }

    /** part / whole against the rule's percent: at least it ({@code atLeast}) or at most it. */
    private RuleResult share(Rule rule, Money part, Money whole, String path, boolean atLeast) {
        Optional<Money> converted = rates.convert(part, whole.getCurrencyCode());
        if (converted.isEmpty()) {
            return unknown(rule, part.toString(), path, List.of(rateName(part.getCurrencyCode(),
                    whole.getCurrencyCode())));
        }
        BigDecimal partTimes100 = converted.get().getAmount().multiply(BigDecimal.valueOf(100));
        BigDecimal limit = rule.getPercent().get().multiply(whole.getAmount());
        int cmp = partTimes100.compareTo(limit);
        return new RuleResult(rule, (atLeast ? cmp >= 0 : cmp <= 0) ? RuleStatus.PASS : RuleStatus.FAIL,
                new Share(part, whole, partTimes100), path, null, null, null);
    }

    /** An amount and what it converts to, rendered only when asked: {@code KGS 1450000 ≈ EUR 15263.16}. */
    private record Converted(Money from, Money to) {
        @Override
        public String toString() {
            return from + " ≈ " + to;
        }
    }

    /** A part of a whole in percent, rendered only when asked: {@code 6.80 %}. */
    private record Share(Money part, Money whole, BigDecimal partTimes100) {
        @Override
        public String toString() {
            return whole.getAmount().signum() == 0 ? part + " / " + whole
                    : partTimes100.divide(whole.getAmount(), 2, RoundingMode.HALF_EVEN).toPlainString() + " %";
        }
    }

    private RuleResult thirdPartyCap(Rule rule, Facts f) {
        Optional<Money> requested = f.application.getRequestedAmount();
        if (requested.isEmpty()) {
            return unknown(rule, "requestedAmount");
        }
        Money cap = rule.getCap().get();
        Optional<Money> converted = rates.convert(requested.get(), cap.getCurrencyCode());
        if (converted.isEmpty()) {
            return unknown(rule, requested.get().toString(), "requestedAmount",
                    List.of(rateName(requested.get().getCurrencyCode(), cap.getCurrencyCode())));
        }
        Object actual = converted.get() == requested.get() ? requested.get()
                : new Converted(requested.get(), converted.get());
        return result(rule, converted.get().compareTo(cap) <= 0, actual, "requestedAmount");
    }

    // ---- time ----

    private RuleResult deadline(Rule rule, Facts f) {
        PartialDate deadline = rule.getDeadline().get();
        Closing closing = closing(rule, f);
        Map<String, String> details = closing.details();
        java.time.Instant closes = closing.instant();
        if (f.application.getSubmittedAt().isPresent()) {
            boolean inTime = f.application.getSubmittedAt().get().toInstant().isBefore(closes);
            return new RuleResult(rule, inTime ? RuleStatus.PASS : RuleStatus.FAIL,
                    f.application.getSubmittedAt().get(), "submittedAt", null, details, null);
        }
        // Without a time, the date of the "submitted" step decides when its span answers alone.
        List<StatusChange> history = f.application.getStatusHistory();
        for (int i = 0; i < history.size(); i++) {
            StatusChange step = history.get(i);
            if (step.getStatus() == ApplicationStatus.SUBMITTED && step.getOn().isPresent()) {
                PartialDate on = step.getOn().get();
                String path = "statusHistory[" + i + "].on";
                LocalDate lastDay = deadline.getLastDay();
                if (!on.getLastDay().isAfter(lastDay)) {
                    return new RuleResult(rule, RuleStatus.PASS, on.toString(), path, null, details, null);
                }
                if (on.getFirstDay().isAfter(lastDay)) {
                    return new RuleResult(rule, RuleStatus.FAIL, on.toString(), path, null, details, null);
                }
                return new RuleResult(rule, RuleStatus.UNKNOWN, on.toString(), path, List.of("submittedAt"), details,
                        null);
            }
        }
        return new RuleResult(rule, RuleStatus.UNKNOWN, null, "submittedAt", List.of("submittedAt"), details, null);
    }

    /** The first instant after a deadline: the day after its last day, at midnight in the zone that applies. */
    private static ZonedDateTime closes(Rule rule, Facts f) {
        return rule.getDeadline().get().getLastDay().plusDays(1).atStartOfDay(f.zone(rule));
    }

    /** The closing moment as the messages quote it, computed once per rule and zone: the same for every application. */
    private Closing closing(Rule rule, Facts f) {
        ZoneId zone = f.zone(rule);
        return closings.computeIfAbsent(new ClosingKey(rule, zone), k -> {
            ZonedDateTime closes = closes(rule, f);
            return new Closing(closes.toInstant(), Map.of("closes", closes.toOffsetDateTime().toString(),
                    "zone", zone.getId()));
        });
    }

    private record ClosingKey(Rule rule, ZoneId zone) {}

    private record Closing(java.time.Instant instant, Map<String, String> details) {}

    private static RuleResult duration(Rule rule, Facts f) {
        Optional<Integer> months = f.application.getPlannedPeriod().flatMap(DatePeriod::getLengthInMonths);
        String path = "plannedPeriod";
        if (months.isEmpty() && f.application.getPlannedDurationMonths().isPresent()) {
            months = f.application.getPlannedDurationMonths();
            path = "plannedDurationMonths";
        }
        if (months.isEmpty()) {
            return unknown(rule, null, "plannedPeriod", List.of("plannedPeriod", "plannedDurationMonths"));
        }
        int n = months.get();
        boolean ok = rule.getMin().map(m -> n >= m).orElse(true) && rule.getMax().map(m -> n <= m).orElse(true);
        return result(rule, ok, n, path);
    }

    private static RuleResult implementationPeriod(Rule rule, Facts f) {
        Optional<DatePeriod> planned = f.application.getPlannedPeriod();
        if (planned.isEmpty() || planned.get().getStart().isEmpty() || planned.get().getEnd().isEmpty()) {
            return unknown(rule, planned.map(Object::toString).orElse(null), "plannedPeriod",
                    List.of("plannedPeriod"));
        }
        DatePeriod allowed = rule.getPeriod().get();
        PartialDate start = planned.get().getStart().get();
        PartialDate end = planned.get().getEnd().get();
        Optional<PartialDate> from = allowed.getStart();
        Optional<PartialDate> to = allowed.getEnd();
        boolean surelyIn = from.map(s -> !start.getFirstDay().isBefore(s.getFirstDay())).orElse(true)
                && to.map(e -> !end.getLastDay().isAfter(e.getLastDay())).orElse(true);
        boolean surelyOut = from.map(s -> start.getLastDay().isBefore(s.getFirstDay())).orElse(false)
                || to.map(e -> end.getFirstDay().isAfter(e.getLastDay())).orElse(false);
        String actual = planned.get().toString();
        if (surelyIn) {
            return pass(rule, actual, "plannedPeriod");
        }
        if (surelyOut) {
            return fail(rule, actual, "plannedPeriod");
        }
        return unknown(rule, actual, "plannedPeriod", List.of("plannedPeriod"));
    }

    // ---- place ----

    private RuleResult coverage(Rule rule, Facts f) {
        RegionalCoverage coverage = f.application.getCoverage();
        RegionalCoverage area = rule.getArea().get();
        if (coverage.isNotStated()) {
            return unknown(rule, "coverage");
        }
        if (coverage.isNationwide()) {
            boolean ok = area.isNationwide() && area.getCountry().equals(coverage.getCountry());
            return result(rule, ok, coverage.toString(), "coverage");
        }
        List<String> outside = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        List<UnitRef> units = coverage.getUnitRefs();
        for (int i = 0; i < units.size(); i++) {
            Optional<Boolean> in = within(units.get(i), area);
            if (in.isEmpty()) {
                unplaced.add("coverage.units[" + i + "]");
            } else if (!in.get()) {
                outside.add(place(units.get(i)));
            }
        }
        if (!outside.isEmpty()) {
            return fail(rule, String.join("; ", outside), "coverage");
        }
        String actual = units.stream().map(this::place).collect(Collectors.joining("; "));
        if (!unplaced.isEmpty()) {
            return unknown(rule, actual, "coverage", unplaced);
        }
        return pass(rule, actual, "coverage");
    }

    /** Whether a unit lies within an area, by the gazetteer; empty when the gazetteer cannot place the unit. */
    private Optional<Boolean> within(UnitRef unit, RegionalCoverage area) {
        if (gazetteer.find(unit).isEmpty()) {
            if (UnitRef.ISO_3166_1.equals(unit.getScheme())) { // another country is outside any area of this one
                return Optional.of(area.isNationwide() && area.getCountry().orElse("").equals(unit.getCode()));
            }
            return Optional.empty();
        }
        if (area.isNationwide()) {
            return Optional.of(area.getCountry().orElse("").equals(countryCode()));
        }
        for (UnitRef u : area.getUnitRefs()) {
            if (gazetteer.find(u).isPresent() && gazetteer.isWithin(unit, u)) {
                return Optional.of(true);
            }
        }
        return Optional.of(false);
    }

    private String countryCode() {
        AdministrativeUnit root = gazetteer.getCountry();
        return root.getCode(UnitRef.ISO_3166_1).map(UnitRef::getCode).orElse(root.getRef().getCode());
    }

    /** A unit as the officer reads it, rolled up: {@code Kara-Köl (Jalal-Abad Region)}. */
    private String place(UnitRef unit) {
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

    // ---- documents ----

    private static RuleResult documents(Rule rule, Facts f) {
        Application a = f.application;
        if (a.getDocuments().isEmpty() && a.getDeclarations().isEmpty()) {
            return unknown(rule, null, "documents", List.of("documents", "declarations"));
        }
        List<String> lacking = new ArrayList<>();
        rule.getDocuments().stream().filter(d -> !a.getDocuments().contains(d)).forEach(lacking::add);
        rule.getDeclarations().stream().filter(d -> !a.getDeclarations().contains(d)).forEach(lacking::add);
        if (lacking.isEmpty()) {
            return pass(rule, null, "documents");
        }
        return fail(rule, String.join(", ", lacking), rule.getDocuments().stream()
                .anyMatch(d -> !a.getDocuments().contains(d)) ? "documents" : "declarations");
    }

    // ---- combinators ----

    private RuleResult combined(Rule rule, Facts f) {
        List<Rule> parts = rule.getType() == RuleType.NOT ? List.of(rule.getRule().get()) : rule.getRules();
        List<RuleResult> children = new ArrayList<>(parts.size());
        boolean pass = false;
        boolean fail = false;
        boolean unknown = false;
        List<String> missing = new ArrayList<>();
        for (Rule part : parts) {
            RuleResult r = evaluate(part, f);
            children.add(r);
            pass |= r.getStatus() == RuleStatus.PASS;
            fail |= r.getStatus() == RuleStatus.FAIL;
            if (r.getStatus() == RuleStatus.UNKNOWN) {
                unknown = true;
                missing.addAll(r.getMissing());
            }
        }
        RuleStatus status;
        switch (rule.getType()) {
            case ALL_OF:
                status = fail ? RuleStatus.FAIL : unknown ? RuleStatus.UNKNOWN : pass ? RuleStatus.PASS
                        : RuleStatus.NOT_APPLICABLE;
                break;
            case ANY_OF:
                status = pass ? RuleStatus.PASS : unknown ? RuleStatus.UNKNOWN : fail ? RuleStatus.FAIL
                        : RuleStatus.NOT_APPLICABLE;
                break;
            default:
                RuleStatus inner = children.get(0).getStatus();
                status = inner == RuleStatus.PASS ? RuleStatus.FAIL : inner == RuleStatus.FAIL ? RuleStatus.PASS : inner;
        }
        String actual = children.stream().map(c -> c.getRule().getId() + "=" + c.getStatus().getCode())
                .collect(Collectors.joining(", "));
        return new RuleResult(rule, status, actual, "", status == RuleStatus.UNKNOWN ? missing : null, null, children);
    }
}
