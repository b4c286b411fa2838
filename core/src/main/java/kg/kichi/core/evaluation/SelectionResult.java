package kg.kichi.core.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.grant.GrantStatus;
import kg.kichi.core.money.Money;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.internal.ViolationCollector;

/**
 * The outcome of a selection: the scores, the ranking, one {@link Decision} per evaluated application (in rank
 * order, then the below-threshold and the incomplete ones by identifier), the money allocated and left, and the
 * regional counts against their quotas. Immutable.
 */
public final class SelectionResult {
    private final String call;
    private final String lot;
    private final String stage;
    private final SelectionPolicy policy;
    private final Money envelope;
    private final Integer plannedGrants;
    private final Money allocated;
    private final Money shortlistLimit;
    private final List<ApplicationScore> scores;
    private final List<RankedApplication> ranking;
    private final List<Decision> decisions;
    private final List<RegionCount> regions;
    private final List<Finding> notEvaluated;

    @SuppressWarnings("checkstyle:ParameterNumber")
    SelectionResult(String call, String lot, String stage, SelectionPolicy policy, Money envelope,
            Integer plannedGrants, Money allocated, Money shortlistLimit, List<ApplicationScore> scores,
            List<RankedApplication> ranking, List<Decision> decisions, List<RegionCount> regions,
            List<Finding> notEvaluated) {
        this.call = call;
        this.lot = lot;
        this.stage = stage;
        this.policy = policy;
        this.envelope = envelope;
        this.plannedGrants = plannedGrants;
        this.allocated = allocated;
        this.shortlistLimit = shortlistLimit;
        this.scores = List.copyOf(scores);
        this.ranking = List.copyOf(ranking);
        this.decisions = List.copyOf(decisions);
        this.regions = List.copyOf(regions);
        this.notEvaluated = List.copyOf(notEvaluated);
    }

    /** @return the call's identifier */
    public String getCall() {
        return call;
    }

    /** @return the lot's identifier, when one lot was selected */
    public Optional<String> getLot() {
        return Optional.ofNullable(lot);
    }

    /** @return the stage whose scores decided */
    public String getStage() {
        return stage;
    }

    /** @return the policy applied (the defaults when the call and lot state none) */
    public SelectionPolicy getPolicy() {
        return policy;
    }

    /** @return the money available */
    public Money getEnvelope() {
        return envelope;
    }

    /** @return the planned number of grants, when stated */
    public Optional<Integer> getPlannedGrants() {
        return Optional.ofNullable(plannedGrants);
    }

    /** @return the sum of the amounts selected (zero for a shortlist) */
    public Money getAllocated() {
        return allocated;
    }

    /** @return the envelope minus the amounts selected */
    public Money getRemaining() {
        return envelope.minus(allocated);
    }

    /** @return for a shortlist, the shortlist factor × the envelope */
    public Optional<Money> getShortlistLimit() {
        return Optional.ofNullable(shortlistLimit);
    }

    /** @return every evaluated application's scores, by identifier */
    public List<ApplicationScore> getScores() {
        return scores;
    }

    /** @return the passing applications, best first */
    public List<RankedApplication> getRanking() {
        return ranking;
    }

    /** @return one decision per evaluated application: ranked ones in rank order, then the rest by identifier */
    public List<Decision> getDecisions() {
        return decisions;
    }

    /** @return the regional counts, in the policy's quota order; empty without quotas */
    public List<RegionCount> getRegions() {
        return regions;
    }

    /** @return the applications of the call or lot left out because of their status, one finding each */
    public List<Finding> getNotEvaluated() {
        return notEvaluated;
    }

    /** @return the rank of the lowest-ranked selected (or shortlisted) application: the funding line */
    public Optional<Integer> getFundingLine() {
        Integer line = null;
        for (Decision d : decisions) {
            if (d.getOutcome() == Outcome.SELECTED || d.getOutcome() == Outcome.SHORTLISTED) {
                line = d.getRank().orElse(line);
            }
        }
        return Optional.ofNullable(line);
    }

    /**
     * Finds the decision on an application.
     *
     * @param applicationId the application
     * @return its decision, or empty when it was not evaluated
     */
    public Optional<Decision> decision(String applicationId) {
        return decisions.stream().filter(d -> d.getApplication().equals(applicationId)).findFirst();
    }

    /**
     * The decisions with one outcome, in the order of {@link #getDecisions()}.
     *
     * @param outcome the outcome
     * @return the applications' identifiers
     */
    public List<String> withOutcome(Outcome outcome) {
        return decisions.stream().filter(d -> d.getOutcome() == outcome).map(Decision::getApplication).toList();
    }

    /**
     * Applies the decisions to a catalogue: each decided application moves through the lifecycle to its
     * outcome's {@linkplain Outcome#getStatus() status} (an eligible one first to under evaluation), and each
     * selected application gets a grant with the same identifier, the amount decided, the application's
     * partnership, title and coverage, and the status awarded.
     *
     * @param catalogue the catalogue the selection was made on
     * @param on the date of the decisions, or null when not stated
     * @return the new catalogue
     * @throws kg.kichi.core.validation.InvalidModelException when a move is not legal for an application's current
     *     status, or a grant with a selected application's identifier already exists
     */
    public Catalogue applyTo(Catalogue catalogue, PartialDate on) {
        Map<String, Decision> byId = new HashMap<>();
        decisions.forEach(d -> byId.put(d.getApplication(), d));
        ViolationCollector problems = new ViolationCollector("SelectionResult");
        List<Application> applications = new ArrayList<>(catalogue.getApplications().size());
        List<Grant> grants = new ArrayList<>(catalogue.getGrants());
        for (Application a : catalogue.getApplications()) {
            Decision d = byId.get(a.getId());
            if (d == null) {
                applications.add(a);
                continue;
            }
            ApplicationStatus target = d.getOutcome().getStatus();
            Application moved = a;
            if (moved.getStatus() == ApplicationStatus.ELIGIBLE) {
                moved = moved.withStatus(ApplicationStatus.UNDER_EVALUATION, on);
            }
            if (moved.getStatus() != target) {
                if (!problems.check(moved.getStatus().canBecome(target), "applications." + a.getId() + ".status",
                        "kichi.selection.transition", Map.of("value", a.getId(), "from", moved.getStatus().getCode(),
                                "to", target.getCode()))) {
                    applications.add(a);
                    continue;
                }
                moved = moved.withStatus(target, on);
            }
            applications.add(moved);
            if (d.getOutcome() == Outcome.SELECTED) {
                boolean free = catalogue.grant(a.getId()).isEmpty();
                if (problems.check(free, "grants." + a.getId(), "kichi.selection.grantExists",
                        Map.of("value", a.getId()))) {
                    grants.add(Grant.builder().id(a.getId()).title(a.getTitle()).description(a.getSummary())
                            .call(a.getCall()).lot(a.getLot()).application(a.getId()).partnership(a.getPartnership())
                            .amountAwarded(d.getAmount()).awardDate(Optional.ofNullable(on)).coverage(a.getCoverage())
                            .status(GrantStatus.AWARDED).build());
                }
            }
        }
        problems.throwIfAny();
        return Catalogue.builder().from(catalogue).applications(applications).grants(grants).build();
    }

    @Override
    public String toString() {
        return "SelectionResult[" + call + (lot == null ? "" : "/" + lot) + " " + decisions + "]";
    }
}
