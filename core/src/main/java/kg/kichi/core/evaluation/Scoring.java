package kg.kichi.core.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.Partner;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.internal.ViolationCollector;

/**
 * Aggregates reviews into {@link ApplicationScore}s, exactly as follows.
 *
 * <ol>
 *   <li>Reviews of the stage are taken per application in identifier order. A review is kept and reported but
 *       not counted when its reviewer already reviewed the application, declared a conflict of interest, is
 *       affiliated with the lead or a partner (an undeclared conflict), or leaves a criterion of the stage with
 *       neither points nor "not applicable".
 *   <li>For each criterion: the {@linkplain EvaluationGrid#getAggregation() aggregation} (the arithmetic mean
 *       by default) of the counted reviews' points, "not applicable" left out, kept with {@value #KEPT_DECIMALS}
 *       decimals rounded half-even. When every counted review says "not applicable", the criterion's
 *       not-applicable score, or the application is incomplete.
 *   <li>Fewer counted reviews than the grid's minimum: incomplete.
 *   <li>Section totals: sum of criterion score × weight; the total: sum of section totals. Exact
 *       {@link BigDecimal} arithmetic on the kept values, never {@code double}.
 *   <li>Below a criterion's minimum (compared with its aggregated score), a section's or the stage's minimum:
 *       below threshold, with every reason.
 *   <li>Each counted review's own total; their spread above the grid's divergence threshold flags the
 *       application as divergent.
 *   <li>Normalised score: each counted review's total as a z-score among the same reviewer's counted totals at
 *       the stage (population standard deviation; 0 when they do not vary), averaged per application; deviation:
 *       total minus the mean total of the scored applications. Both kept with {@value #KEPT_DECIMALS} decimals.
 * </ol>
 */
public final class Scoring {
    /** The decimals every mean is kept with. */
    public static final int KEPT_DECIMALS = 6;

    private static final MathContext WORK = MathContext.DECIMAL128;

    private Scoring() {}

    /**
     * Scores the applications at one stage of a grid.
     *
     * @param grid the grid
     * @param stageId the stage
     * @param applications the applications to score
     * @param reviews reviews; those of other stages or applications are ignored
     * @param reviewers every reviewer the reviews name
     * @return one score per application, in identifier (code-point) order
     * @throws kg.kichi.core.validation.InvalidModelException when the stage does not exist, or a review names an
     *     unknown reviewer or criterion or gives points off the scale (a catalogue already guarantees none)
     */
    public static List<ApplicationScore> score(EvaluationGrid grid, String stageId,
            Collection<Application> applications, Collection<Review> reviews, Collection<Reviewer> reviewers) {
        ViolationCollector problems = new ViolationCollector("Scoring");
        Optional<Stage> found = grid.stage(stageId);
        problems.check(found.isPresent(), "stage", "kichi.catalogue.unknownStage",
                Map.of("value", stageId, "call", "?"));
        problems.throwIfAny();
        Stage stage = found.get();
        Map<String, Reviewer> reviewerById = new HashMap<>();
        reviewers.forEach(r -> reviewerById.put(r.getId(), r));
        Map<String, List<Review>> byApplication = new HashMap<>();
        applications.forEach(a -> byApplication.put(a.getId(), new ArrayList<>()));
        for (Review r : reviews) {
            List<Review> list = byApplication.get(r.getApplication());
            if (list == null || !r.getStage().equals(stageId)) {
                continue;
            }
            problems.check(reviewerById.containsKey(r.getReviewer()), "reviews[" + r.getId() + "].reviewer",
                    "kichi.catalogue.unknownReference", Map.of("value", r.getReviewer(), "kind", "reviewer"));
            for (Score s : r.getScores()) {
                Optional<Criterion> c = stage.criterion(s.getCriterion());
                if (problems.check(c.isPresent(), "reviews[" + r.getId() + "].scores." + s.getCriterion(),
                        "kichi.catalogue.unknownCriterion", Map.of("value", s.getCriterion(), "stage", stageId))
                        && s.getPoints().isPresent()) {
                    problems.check(c.get().getScale().contains(s.getPoints().get()),
                            "reviews[" + r.getId() + "].scores." + s.getCriterion(), "kichi.catalogue.scoreOffScale",
                            Map.of("value", s.getPoints().get().toPlainString(), "scale",
                                    c.get().getScale().toString()));
                }
            }
            list.add(r);
        }
        problems.throwIfAny();

        List<Application> ordered = new ArrayList<>(applications);
        ordered.sort((a, b) -> Ids.compare(a.getId(), b.getId()));
        List<Draft> drafts = new ArrayList<>(ordered.size());
        for (Application a : ordered) {
            List<Review> list = byApplication.get(a.getId());
            list.sort((x, y) -> Ids.compare(x.getId(), y.getId()));
            drafts.add(draft(grid, stage, a, list, reviewerById));
        }
        return finish(drafts);
    }

    /** The figures of one application before normalisation, which needs every application. */
    private static final class Draft {
        String application;
        List<String> counted = new ArrayList<>();
        Map<String, String> countedReviewers = new LinkedHashMap<>();
        List<ExcludedReview> excluded = new ArrayList<>();
        Map<String, BigDecimal> criteria = new LinkedHashMap<>();
        Map<String, BigDecimal> sections = new LinkedHashMap<>();
        BigDecimal total;
        Map<String, BigDecimal> reviewerTotals = new LinkedHashMap<>();
        BigDecimal spread;
        boolean divergent;
        List<Finding> reasons = new ArrayList<>();
        boolean incomplete;
    }

    private static Draft draft(EvaluationGrid grid, Stage stage, Application application, List<Review> reviews,
            Map<String, Reviewer> reviewers) {
        Draft d = new Draft();
        d.application = application.getId();
        TreeSet<OrganisationId> members = new TreeSet<>();
        for (Partner p : application.getPartnership().getMembers()) {
            members.add(p.getOrganisation());
        }
        Map<String, String> firstByReviewer = new HashMap<>();
        List<Review> counted = new ArrayList<>();
        for (Review r : reviews) {
            String first = firstByReviewer.putIfAbsent(r.getReviewer(), r.getId());
            Optional<OrganisationId> affiliation = reviewers.get(r.getReviewer()).getAffiliations().stream()
                    .filter(members::contains).sorted().findFirst();
            Optional<String> unscored = stage.getSections().stream().flatMap(s -> s.getCriteria().stream())
                    .map(Criterion::getId).filter(c -> r.score(c).isEmpty()).findFirst();
            if (first != null) {
                d.excluded.add(new ExcludedReview(r.getId(), r.getReviewer(), Exclusion.REPEATED_REVIEWER,
                        Finding.of("kichi.evaluation.excluded.repeated", "review", r.getId(), "reviewer",
                                r.getReviewer(), "first", first)));
            } else if (r.isConflictOfInterest()) {
                d.excluded.add(new ExcludedReview(r.getId(), r.getReviewer(), Exclusion.DECLARED_CONFLICT,
                        Finding.of("kichi.evaluation.excluded.declared", "review", r.getId(), "reviewer",
                                r.getReviewer())));
            } else if (affiliation.isPresent()) {
                d.excluded.add(new ExcludedReview(r.getId(), r.getReviewer(), Exclusion.UNDECLARED_CONFLICT,
                        Finding.of("kichi.evaluation.excluded.undeclared", "review", r.getId(), "reviewer",
                                r.getReviewer(), "organisation", affiliation.get())));
            } else if (unscored.isPresent()) {
                d.excluded.add(new ExcludedReview(r.getId(), r.getReviewer(), Exclusion.INCOMPLETE_REVIEW,
                        Finding.of("kichi.evaluation.excluded.incomplete", "review", r.getId(), "reviewer",
                                r.getReviewer(), "criterion", unscored.get())));
            } else {
                counted.add(r);
                d.counted.add(r.getId());
                d.countedReviewers.put(r.getId(), r.getReviewer());
            }
        }
        if (counted.size() < grid.getMinimumReviews()) {
            d.reasons.add(Finding.of("kichi.evaluation.tooFewReviews", "counted", counted.size(), "minimum",
                    grid.getMinimumReviews()));
        }
        if (!counted.isEmpty()) {
            for (Section s : stage.getSections()) {
                for (Criterion c : s.getCriteria()) {
                    List<BigDecimal> points = new ArrayList<>(counted.size());
                    for (Review r : counted) {
                        r.score(c.getId()).flatMap(Score::getPoints).ifPresent(points::add);
                    }
                    if (!points.isEmpty()) {
                        d.criteria.put(c.getId(), aggregate(grid.getAggregation(), points));
                    } else if (c.getNotApplicableScore().isPresent()) {
                        d.criteria.put(c.getId(), kept(c.getNotApplicableScore().get()));
                    } else {
                        d.reasons.add(Finding.of("kichi.evaluation.allNotApplicable", "criterion", c.getId()));
                    }
                }
            }
        }
        d.incomplete = !d.reasons.isEmpty();
        if (d.incomplete) {
            return d;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Section s : stage.getSections()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Criterion c : s.getCriteria()) {
                BigDecimal value = d.criteria.get(c.getId());
                sum = sum.add(value.multiply(c.getWeight()));
                if (c.getMinimum().isPresent() && value.compareTo(c.getMinimum().get()) < 0) {
                    d.reasons.add(Finding.of("kichi.evaluation.belowCriterion", "criterion", c.getId(), "value",
                            value, "minimum", c.getMinimum().get()));
                }
            }
            d.sections.put(s.getId(), sum);
            total = total.add(sum);
            if (s.getMinimum().isPresent() && sum.compareTo(s.getMinimum().get()) < 0) {
                d.reasons.add(Finding.of("kichi.evaluation.belowSection", "section", s.getId(), "value", sum,
                        "minimum", s.getMinimum().get()));
            }
        }
        d.total = total;
        if (stage.getMinimum().isPresent() && total.compareTo(stage.getMinimum().get()) < 0) {
            d.reasons.add(Finding.of("kichi.evaluation.belowTotal", "value", total, "minimum",
                    stage.getMinimum().get()));
        }
        BigDecimal low = null;
        BigDecimal high = null;
        for (Review r : counted) {
            BigDecimal own = BigDecimal.ZERO;
            for (Section s : stage.getSections()) {
                for (Criterion c : s.getCriteria()) {
                    BigDecimal points = r.score(c.getId()).flatMap(Score::getPoints).orElse(d.criteria.get(c.getId()));
                    own = own.add(points.multiply(c.getWeight()));
                }
            }
            d.reviewerTotals.put(r.getId(), own);
            low = low == null || own.compareTo(low) < 0 ? own : low;
            high = high == null || own.compareTo(high) > 0 ? own : high;
        }
        d.spread = high.subtract(low);
        d.divergent = grid.getDivergenceThreshold().isPresent()
                && d.spread.compareTo(grid.getDivergenceThreshold().get()) > 0;
        return d;
    }

    static BigDecimal aggregate(Aggregation method, List<BigDecimal> points) {
        List<BigDecimal> sorted = new ArrayList<>(points);
        sorted.sort(BigDecimal::compareTo);
        int n = sorted.size();
        switch (method) {
            case MEDIAN:
                return n % 2 == 1 ? kept(sorted.get(n / 2))
                        : mean(sorted.subList(n / 2 - 1, n / 2 + 1));
            case TRIMMED_MEAN:
                return n >= 3 ? mean(sorted.subList(1, n - 1)) : mean(sorted);
            default:
                return mean(sorted);
        }
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            sum = sum.add(v);
        }
        return sum.divide(BigDecimal.valueOf(values.size()), KEPT_DECIMALS, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal kept(BigDecimal value) {
        return value.scale() >= KEPT_DECIMALS ? value : value.setScale(KEPT_DECIMALS, RoundingMode.HALF_EVEN);
    }

    private static List<ApplicationScore> finish(List<Draft> drafts) {
        // every counted review's total, by reviewer: the population each z-score is taken in
        Map<String, List<BigDecimal>> byReviewer = new HashMap<>();
        BigDecimal sumOfTotals = BigDecimal.ZERO;
        int scored = 0;
        for (Draft d : drafts) {
            if (d.incomplete) {
                continue;
            }
            scored++;
            sumOfTotals = sumOfTotals.add(d.total);
            d.reviewerTotals.forEach((review, total) ->
                    byReviewer.computeIfAbsent(d.countedReviewers.get(review), k -> new ArrayList<>()).add(total));
        }
        Map<String, BigDecimal[]> moments = new HashMap<>();
        byReviewer.forEach((reviewer, totals) -> {
            BigDecimal n = BigDecimal.valueOf(totals.size());
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal t : totals) {
                sum = sum.add(t);
            }
            BigDecimal mean = sum.divide(n, WORK);
            BigDecimal squares = BigDecimal.ZERO;
            for (BigDecimal t : totals) {
                BigDecimal diff = t.subtract(mean);
                squares = squares.add(diff.multiply(diff));
            }
            moments.put(reviewer, new BigDecimal[] {mean, squares.divide(n, WORK).sqrt(WORK)});
        });
        BigDecimal meanTotal = scored == 0 ? null
                : sumOfTotals.divide(BigDecimal.valueOf(scored), KEPT_DECIMALS, RoundingMode.HALF_EVEN);
        List<ApplicationScore> scores = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            BigDecimal normalised = null;
            BigDecimal deviation = null;
            if (!d.incomplete) {
                BigDecimal sumZ = BigDecimal.ZERO;
                for (Map.Entry<String, BigDecimal> e : d.reviewerTotals.entrySet()) {
                    BigDecimal[] m = moments.get(d.countedReviewers.get(e.getKey()));
                    if (m[1].signum() != 0) {
                        sumZ = sumZ.add(e.getValue().subtract(m[0]).divide(m[1], WORK));
                    }
                }
                normalised = sumZ.divide(BigDecimal.valueOf(d.reviewerTotals.size()), KEPT_DECIMALS,
                        RoundingMode.HALF_EVEN);
                deviation = d.total.subtract(meanTotal);
            }
            ScoreStatus status = d.incomplete ? ScoreStatus.INCOMPLETE
                    : d.reasons.isEmpty() ? ScoreStatus.PASSED : ScoreStatus.BELOW_THRESHOLD;
            scores.add(new ApplicationScore(d.application, status, d.counted, d.excluded, d.criteria, d.sections,
                    d.total, d.reviewerTotals, d.spread, d.divergent, normalised, deviation, d.reasons));
        }
        return scores;
    }
}
