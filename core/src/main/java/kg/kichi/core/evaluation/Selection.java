package kg.kichi.core.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Objects;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.Lot;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.geo.CoverageOperations;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.money.Money;
import kg.kichi.core.internal.ViolationCollector;

/**
 * Selects applications of a call or a lot: scores them ({@link Scoring}), ranks the passing ones
 * ({@link Ranking}) and walks the ranking within the envelope and the planned number of grants.
 *
 * <p>The walk ({@link SelectionMode#SELECT}), exactly:
 * <ol>
 *   <li>Regional minimums first: going down the ranking, an application whose first-level unit is still below its
 *       quota's minimum is selected when its request fits the money left (or, with partial funding, the money
 *       left is at least the floor share of it) and the planned number is not reached. An application belongs
 *       to the single first-level unit its coverage rolls up to through the gazetteer; work in several
 *       first-level units, nationwide or not stated counts toward no quota, and the decision says so.
 *   <li>Then the ranking again, from the top: each application not yet selected is skipped, with the reason,
 *       when the planned number is reached, its unit is at its maximum, or it states no request; otherwise it is
 *       selected when its request fits, partially funded when that is on and the money left reaches the floor,
 *       and else skipped ({@link SelectionRule#SKIP}) or the walk stops there ({@link SelectionRule#STOP}).
 *   <li>The reserve list: the unselected passing applications in rank order, as many as the policy's reserve
 *       length (all unless set); the others are rejected with their reason. Below-threshold applications are
 *       rejected; incomplete ones stay pending.
 * </ol>
 * A {@linkplain SelectionMode#SHORTLIST shortlist} instead takes passing applications in rank order while the
 * requests shortlisted so far are below the shortlist factor × the envelope; quotas and the planned number do
 * not apply to it.
 *
 * <p>The result depends only on the inputs' content, never on their order.
 */
public final class Selection {
    private static final Set<ApplicationStatus> EVALUATED =
            EnumSet.of(ApplicationStatus.ELIGIBLE, ApplicationStatus.UNDER_EVALUATION);

    private String call = "call";
    private String lot;
    private EvaluationGrid grid;
    private SelectionPolicy policy = SelectionPolicy.builder().build();
    private Money envelope;
    private Integer plannedGrants;
    private final List<Application> applications = new ArrayList<>();
    private final List<Review> reviews = new ArrayList<>();
    private final List<Reviewer> reviewers = new ArrayList<>();
    private final List<Finding> notEvaluated = new ArrayList<>();
    private Gazetteer gazetteer;

    private Selection() {}

    /** @return an empty selection to fill with {@link #grid}, {@link #envelope}, applications and reviews */
    public static Selection builder() {
        return new Selection();
    }

    /**
     * A selection of one call, or of one of its lots, from a catalogue: the call's grid, the lot's (else the
     * call's, else the default) policy, the lot's (or the call's) envelope and planned number, and the call's (or
     * lot's) applications whose status is eligible or under evaluation, with their reviews.
     *
     * @param catalogue the catalogue
     * @param callId the call
     * @param lotId the lot, or null for the whole call
     * @param gazetteer the gazetteer for regional quotas, or null when the policy has none
     * @return the selection, ready to {@link #run()}
     * @throws kg.kichi.core.validation.InvalidModelException when the call or lot does not exist, or the call has
     *     no grid, or the call or lot states no envelope
     */
    public static Selection of(Catalogue catalogue, String callId, String lotId, Gazetteer gazetteer) {
        Objects.requireNonNull(callId, "callId");
        ViolationCollector problems = new ViolationCollector("Selection");
        Optional<CallForProposals> found = catalogue.call(callId);
        problems.check(found.isPresent(), "call", "kichi.selection.unknownCall", Map.of("value", callId));
        problems.throwIfAny();
        CallForProposals c = found.get();
        Optional<Lot> l = lotId == null ? Optional.empty() : c.lot(lotId);
        problems.check(lotId == null || l.isPresent(), "lot", "kichi.selection.unknownLot",
                Map.of("value", String.valueOf(lotId), "call", callId));
        problems.check(c.getEvaluationGrid().isPresent(), "call.evaluationGrid", "kichi.selection.noGrid",
                Map.of("value", callId));
        Optional<Money> envelope = l.isPresent() ? l.get().getEnvelope() : c.getEnvelope();
        problems.check(envelope.isPresent(), l.isPresent() ? "lot.envelope" : "call.envelope",
                "kichi.selection.noEnvelope", Map.of("value", lotId == null ? callId : callId + "/" + lotId));
        problems.throwIfAny();
        Selection s = builder();
        s.call = callId;
        s.lot = lotId;
        s.grid = c.getEvaluationGrid().get();
        s.policy = l.flatMap(Lot::getSelectionPolicy).or(c::getSelectionPolicy)
                .orElse(SelectionPolicy.builder().build());
        s.envelope = envelope.get();
        s.plannedGrants = (l.isPresent() ? l.get().getPlannedGrants() : c.getPlannedGrants()).orElse(null);
        s.gazetteer = gazetteer;
        for (Application a : catalogue.getApplications()) {
            if (!a.getCall().equals(callId) || lotId != null && !a.getLot().equals(Optional.of(lotId))) {
                continue;
            }
            if (EVALUATED.contains(a.getStatus())) {
                s.applications.add(a);
            } else {
                s.notEvaluated.add(Finding.of("kichi.selection.notEvaluated", "application", a.getId(), "status",
                        a.getStatus().getCode()));
            }
        }
        s.notEvaluated.sort((x, y) -> Ids.compare(x.getArguments().get("application"),
                y.getArguments().get("application")));
        s.reviews.addAll(catalogue.getReviews());
        s.reviewers.addAll(catalogue.getReviewers());
        return s;
    }

    /**
     * @param id the call's identifier, reported in the result
     * @param lotId the lot's identifier, or null
     * @return this
     */
    public Selection call(String id, String lotId) {
        this.call = id;
        this.lot = lotId;
        return this;
    }

    /**
     * @param value the grid
     * @return this
     */
    public Selection grid(EvaluationGrid value) {
        this.grid = value;
        return this;
    }

    /**
     * @param value the policy; the defaults unless set
     * @return this
     */
    public Selection policy(SelectionPolicy value) {
        this.policy = value;
        return this;
    }

    /**
     * @param value the money available
     * @return this
     */
    public Selection envelope(Money value) {
        this.envelope = value;
        return this;
    }

    /**
     * @param value the planned number of grants, or null for no cap
     * @return this
     */
    public Selection plannedGrants(Integer value) {
        this.plannedGrants = value;
        return this;
    }

    /**
     * @param values applications to evaluate
     * @return this
     */
    public Selection applications(Collection<Application> values) {
        applications.addAll(values);
        return this;
    }

    /**
     * @param values reviews
     * @return this
     */
    public Selection reviews(Collection<Review> values) {
        reviews.addAll(values);
        return this;
    }

    /**
     * @param values reviewers
     * @return this
     */
    public Selection reviewers(Collection<Reviewer> values) {
        reviewers.addAll(values);
        return this;
    }

    /**
     * @param value the gazetteer, needed when the policy has quotas
     * @return this
     */
    public Selection gazetteer(Gazetteer value) {
        this.gazetteer = value;
        return this;
    }

    /**
     * Scores, ranks and selects.
     *
     * @return the result with its audit trail
     * @throws kg.kichi.core.validation.InvalidModelException when the grid or envelope is missing, the policy names
     *     no stage of a grid with several, quotas are set without a gazetteer, a request is in another currency
     *     than the envelope, or a review does not fit the grid
     */
    public SelectionResult run() {
        ViolationCollector problems = new ViolationCollector("Selection");
        problems.check(grid != null, "grid", "kichi.required", Map.of());
        problems.check(envelope != null, "envelope", "kichi.required", Map.of());
        problems.throwIfAny();
        String stageId = policy.getStage().orElse(grid.getStages().size() == 1 ? grid.getStages().get(0).getId()
                : null);
        problems.check(stageId != null, "policy.stage", "kichi.selection.stageNeeded",
                Map.of("value", grid.getStages().size()));
        problems.check(stageId == null || grid.stage(stageId).isPresent(), "policy.stage",
                "kichi.catalogue.unknownStage", Map.of("value", String.valueOf(stageId), "call", call));
        problems.check(policy.getQuotas().isEmpty() || gazetteer != null, "gazetteer",
                "kichi.selection.gazetteerNeeded", Map.of());
        for (Application a : applications) {
            if (a.getRequestedAmount().isPresent()) {
                problems.check(a.getRequestedAmount().get().isSameCurrency(envelope),
                        "applications." + a.getId() + ".requestedAmount", "kichi.money.currencyMismatch",
                        Map.of("expected", envelope.getCurrencyCode(),
                                "actual", a.getRequestedAmount().get().getCurrencyCode()));
            }
        }
        problems.throwIfAny();
        Stage stage = grid.stage(stageId).get();
        List<ApplicationScore> scores = Scoring.score(grid, stageId, applications, reviews, reviewers);
        List<RankedApplication> ranking = Ranking.rank(scores, applications, stage, policy);
        Walk walk = new Walk(ranking);
        if (policy.getMode() == SelectionMode.SHORTLIST) {
            walk.shortlist();
        } else {
            walk.select();
        }
        List<Decision> decisions = new ArrayList<>(walk.decisions);
        Map<String, Application> byId = new HashMap<>();
        applications.forEach(a -> byId.put(a.getId(), a));
        for (ScoreStatus status : List.of(ScoreStatus.BELOW_THRESHOLD, ScoreStatus.INCOMPLETE)) {
            for (ApplicationScore s : scores) {
                if (s.getStatus() == status) {
                    Application a = byId.get(s.getApplication());
                    decisions.add(new Decision(a.getId(),
                            status == ScoreStatus.INCOMPLETE ? Outcome.PENDING : Outcome.REJECTED, status, null, null,
                            s.getTotal().orElse(null), a.getRequestedAmount().orElse(null), null, null, null,
                            prefixed(status, s.getReasons())));
                }
            }
        }
        return new SelectionResult(call, lot, stageId, policy, envelope, plannedGrants, walk.allocated,
                walk.shortlistLimit, scores, ranking, decisions, walk.regionCounts(), notEvaluated);
    }

    private static List<Finding> prefixed(ScoreStatus status, List<Finding> reasons) {
        List<Finding> out = new ArrayList<>(reasons.size() + 1);
        out.add(Finding.of(status == ScoreStatus.INCOMPLETE ? "kichi.selection.incomplete"
                : "kichi.selection.belowThreshold"));
        out.addAll(reasons);
        return out;
    }

    /** The walk down one ranking; its state is the money left, the count and the counts per unit. */
    private final class Walk {
        final List<RankedApplication> ranking;
        final List<Decision> decisions = new ArrayList<>();
        final Map<UnitRef, RegionalQuota> quotas = new LinkedHashMap<>();
        final Map<UnitRef, Integer> counts = new HashMap<>();
        final Map<UnitRef, Integer> passing = new HashMap<>();
        final UnitRef[] regions;
        final Finding[] regionNotes;
        final Money[] amounts;
        final Finding[] reasons;
        Money allocated;
        Money shortlistLimit;
        int selected;

        Walk(List<RankedApplication> ranking) {
            this.ranking = ranking;
            this.allocated = envelope.minus(envelope); // zero at the envelope's scale: "KGS 40 left", not "KGS 40.00"
            int n = ranking.size();
            regions = new UnitRef[n];
            regionNotes = new Finding[n];
            amounts = new Money[n];
            reasons = new Finding[n];
            if (!policy.getQuotas().isEmpty()) {
                for (RegionalQuota q : policy.getQuotas()) {
                    quotas.put(gazetteer.get(q.getUnit()).getRef(), q);
                }
                CoverageOperations geo = CoverageOperations.over(gazetteer);
                for (int i = 0; i < n; i++) {
                    RegionalCoverage coverage = ranking.get(i).getApplication().getCoverage();
                    if (coverage.isNotStated()) {
                        regionNotes[i] = Finding.of("kichi.selection.region.notStated");
                    } else if (coverage.isNationwide()) {
                        regionNotes[i] = Finding.of("kichi.selection.region.nationwide");
                    } else {
                        List<UnitRef> units = geo.firstLevelUnits(coverage);
                        if (units.size() == 1) {
                            regions[i] = units.get(0);
                            passing.merge(units.get(0), 1, Integer::sum);
                        } else {
                            regionNotes[i] = Finding.of("kichi.selection.region.several", "units",
                                    String.join(", ", units.stream().map(UnitRef::toString).toList()));
                        }
                    }
                }
            }
        }

        Money left() {
            return envelope.minus(allocated);
        }

        /** The amount to give, or null when the request does not fit (partial funding considered). */
        Money fit(Money request) {
            Money left = left();
            if (request.compareTo(left) <= 0) {
                return request;
            }
            if (policy.getPartialFundingFloor().isPresent() && left.isPositive()) {
                BigDecimal floor = request.getAmount().multiply(policy.getPartialFundingFloor().get())
                        .divide(BigDecimal.valueOf(100), Scoring.KEPT_DECIMALS, RoundingMode.CEILING);
                if (left.getAmount().compareTo(floor) >= 0) {
                    return left;
                }
            }
            return null;
        }

        void take(int i, Money amount, Finding reason) {
            amounts[i] = amount;
            reasons[i] = reason;
            allocated = allocated.plus(amount);
            selected++;
            if (regions[i] != null) {
                counts.merge(regions[i], 1, Integer::sum);
            }
        }

        Finding selectedReason(int i, Money amount, Money request, Money leftBefore) {
            RankedApplication r = ranking.get(i);
            if (amount.compareTo(request) < 0) {
                return Finding.of("kichi.selection.partial", "rank", r.getRank(), "total", r.getKey(), "amount", amount,
                        "requested", request, "floor", policy.getPartialFundingFloor().get());
            }
            return Finding.of("kichi.selection.selected", "rank", r.getRank(), "total", r.getKey(), "amount", amount,
                    "left", leftBefore);
        }

        void select() {
            int n = ranking.size();
            boolean minimums = quotas.values().stream().anyMatch(q -> q.getMin() > 0);
            if (minimums) {
                for (int i = 0; i < n; i++) {
                    RegionalQuota q = regions[i] == null ? null : quotas.get(regions[i]);
                    Optional<Money> request = ranking.get(i).getApplication().getRequestedAmount();
                    if (q == null || counts.getOrDefault(regions[i], 0) >= q.getMin() || request.isEmpty()
                            || plannedGrants != null && selected >= plannedGrants) {
                        continue;
                    }
                    Money leftBefore = left();
                    Money amount = fit(request.get());
                    if (amount != null) {
                        Finding why = amount.compareTo(request.get()) < 0
                                ? selectedReason(i, amount, request.get(), leftBefore)
                                : Finding.of("kichi.selection.quotaMinimum", "rank", ranking.get(i).getRank(),
                                        "total", ranking.get(i).getKey(), "amount", amount, "left", leftBefore,
                                        "region", regions[i], "min", q.getMin());
                        take(i, amount, why);
                    }
                }
            }
            Integer stoppedAt = null;
            for (int i = 0; i < n; i++) {
                if (amounts[i] != null) {
                    continue;
                }
                RankedApplication r = ranking.get(i);
                Optional<Money> request = r.getApplication().getRequestedAmount();
                RegionalQuota q = regions[i] == null ? null : quotas.get(regions[i]);
                if (stoppedAt != null) {
                    reasons[i] = Finding.of("kichi.selection.afterStop", "rank", r.getRank(), "stop", stoppedAt);
                } else if (request.isEmpty()) {
                    reasons[i] = Finding.of("kichi.selection.noRequest", "rank", r.getRank());
                } else if (plannedGrants != null && selected >= plannedGrants) {
                    reasons[i] = Finding.of("kichi.selection.cap", "rank", r.getRank(), "planned", plannedGrants);
                } else if (q != null && q.getMax().isPresent() && counts.getOrDefault(regions[i], 0) >= q.getMax().get()) {
                    reasons[i] = Finding.of("kichi.selection.regionMax", "rank", r.getRank(), "region", regions[i],
                            "max", q.getMax().get());
                } else {
                    Money leftBefore = left();
                    Money amount = fit(request.get());
                    if (amount != null) {
                        take(i, amount, selectedReason(i, amount, request.get(), leftBefore));
                    } else if (policy.getRule() == SelectionRule.STOP) {
                        stoppedAt = r.getRank();
                        reasons[i] = Finding.of("kichi.selection.stop", "rank", r.getRank(), "requested",
                                request.get(), "left", leftBefore);
                    } else {
                        reasons[i] = Finding.of("kichi.selection.noMoney", "rank", r.getRank(), "requested",
                                request.get(), "left", leftBefore);
                    }
                }
            }
            int reserveLength = policy.getReserveLength().orElse(Integer.MAX_VALUE);
            int reserve = 0;
            for (int i = 0; i < n; i++) {
                RankedApplication r = ranking.get(i);
                Money request = r.getApplication().getRequestedAmount().orElse(null);
                if (amounts[i] != null) {
                    decide(i, Outcome.SELECTED, null, request, amounts[i], List.of(reasons[i]));
                } else if (reserve < reserveLength) {
                    reserve++;
                    decide(i, Outcome.RESERVE, reserve, request, null, List.of(reasons[i]));
                } else {
                    decide(i, Outcome.REJECTED, null, request, null, List.of(reasons[i],
                            Finding.of("kichi.selection.reserveFull", "length", reserveLength)));
                }
            }
        }

        void shortlist() {
            shortlistLimit = Money.of(envelope.getAmount().multiply(policy.getShortlistFactor()),
                    envelope.getCurrencyCode());
            Money sum = Money.zero(envelope.getCurrencyCode());
            for (int i = 0; i < ranking.size(); i++) {
                RankedApplication r = ranking.get(i);
                Optional<Money> request = r.getApplication().getRequestedAmount();
                if (request.isEmpty()) {
                    decide(i, Outcome.REJECTED, null, null, null,
                            List.of(Finding.of("kichi.selection.noRequest", "rank", r.getRank())));
                } else if (sum.compareTo(shortlistLimit) < 0) {
                    sum = sum.plus(request.get());
                    decide(i, Outcome.SHORTLISTED, null, request.get(), null, List.of(Finding.of(
                            "kichi.selection.shortlisted", "rank", r.getRank(), "total", r.getKey(), "sum", sum,
                            "limit", shortlistLimit)));
                } else {
                    decide(i, Outcome.REJECTED, null, request.get(), null, List.of(Finding.of(
                            "kichi.selection.shortlistFull", "rank", r.getRank(), "sum", sum, "limit",
                            shortlistLimit)));
                }
            }
        }

        void decide(int i, Outcome outcome, Integer reservePosition, Money request, Money amount,
                List<Finding> why) {
            RankedApplication r = ranking.get(i);
            decisions.add(new Decision(r.getApplication().getId(), outcome, ScoreStatus.PASSED, r.getRank(),
                    reservePosition, r.getScore().getTotal().orElse(null), request, amount, regions[i],
                    regionNotes[i], why));
        }

        List<RegionCount> regionCounts() {
            List<RegionCount> out = new ArrayList<>(quotas.size());
            quotas.forEach((unit, q) -> out.add(new RegionCount(unit, q.getMin(), q.getMax().orElse(null),
                    counts.getOrDefault(unit, 0), passing.getOrDefault(unit, 0))));
            return out;
        }
    }
}
