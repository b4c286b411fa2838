package kg.kichi.core.evaluation;

import static kg.kichi.core.evaluation.EvaluationTesting.application;
import static kg.kichi.core.evaluation.EvaluationTesting.kgs;
import static kg.kichi.core.evaluation.EvaluationTesting.review;
import static kg.kichi.core.evaluation.EvaluationTesting.reviewer;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import kg.kichi.core.application.Application;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of selection on random competitions, each generated from its seed (a failure names the seed).
 *
 * <p>The issue asked also that, under the skip policy without quotas, a larger envelope never deselects anything.
 * That is false for a greedy walk, and {@link #underSkipALargerEnvelopeCanDeselect()} pins the counter-example;
 * what does hold is tested instead: under {@code STOP} a larger envelope never deselects, and under {@code SKIP}
 * the unbroken run of selected applications from the top of the ranking stays selected.
 */
class SelectionPropertyTest {
    static final String[] UNITS = {"KG-C", "KG-O", "KG-N", "KG-T", "KG", null};

    static Stream<Long> seeds() {
        // -Dkichi.property.seeds=N runs N seeds instead (the mutation profile runs fewer: docs/reliability.md)
        return LongStream.range(0, Long.getLong("kichi.property.seeds", 150)).boxed();
    }

    /** A random competition: its applications, reviews (0–3 each, some conflicted) and policy. */
    static final class Competition {
        final List<Application> applications = new ArrayList<>();
        final List<Review> reviews = new ArrayList<>();
        final List<Reviewer> reviewers = new ArrayList<>();
        EvaluationGrid grid;
        SelectionPolicy policy;
        Money envelope;
        Integer planned;

        Competition(long seed, boolean quotas, boolean partial, boolean cap, SelectionRule rule) {
            Random random = new Random(seed);
            for (int i = 1; i <= 5; i++) {
                reviewers.add(reviewer("r" + i));
            }
            int n = 1 + random.nextInt(30);
            for (int i = 0; i < n; i++) {
                String id = "app-" + Integer.toString(random.nextInt(100000), 36) + "-" + i;
                String requested = random.nextInt(20) == 0 ? null : String.valueOf(10 * (1 + random.nextInt(20)));
                applications.add(application(id, requested, UNITS[random.nextInt(UNITS.length)]));
                int reviewsOf = random.nextInt(4);
                for (int j = 0; j < reviewsOf; j++) {
                    Review r = review(id + "-" + j, id, "r" + (1 + random.nextInt(5)),
                            String.valueOf(random.nextInt(101)));
                    if (random.nextInt(8) == 0) {
                        r = Review.builder().from(r).conflictOfInterest(true).build();
                    }
                    reviews.add(r);
                }
            }
            Stage stage = EvaluationTesting.pointsGrid(1).getStages().get(0);
            grid = EvaluationGrid.builder().minimumReviews(1 + random.nextInt(2))
                    .aggregation(Aggregation.values()[random.nextInt(3)])
                    .addStage(Stage.builder().from(stage).minimum(BigDecimal.valueOf(random.nextInt(50))).build())
                    .build();
            SelectionPolicy.Builder p = SelectionPolicy.builder().rule(rule);
            if (quotas) {
                for (String unit : new String[] {"KG-C", "KG-O", "KG-N", "KG-T"}) {
                    if (random.nextBoolean()) {
                        int min = random.nextInt(3);
                        RegionalQuota.Builder q = RegionalQuota.builder().unit(UnitRef.iso(unit)).min(min);
                        if (random.nextBoolean()) {
                            q.max(Math.max(1, min + random.nextInt(3)));
                        }
                        p.addQuota(q.build());
                    }
                }
            }
            if (partial) {
                p.partialFundingFloor(BigDecimal.valueOf(50 + random.nextInt(51)));
            }
            if (random.nextInt(3) == 0) {
                p.reserveLength(random.nextInt(4));
            }
            policy = p.build();
            envelope = kgs(String.valueOf(10 * random.nextInt(150)));
            planned = cap && random.nextBoolean() ? 1 + random.nextInt(8) : null;
        }

        Selection selection() {
            return Selection.builder().grid(grid).policy(policy).envelope(envelope).plannedGrants(planned)
                    .applications(applications).reviews(reviews).reviewers(reviewers).gazetteer(Gazetteers.kyrgyzstan());
        }
    }

    static Competition random(long seed) {
        Random r = new Random(seed * 31 + 7);
        return new Competition(seed, r.nextBoolean(), r.nextBoolean(), true,
                r.nextBoolean() ? SelectionRule.SKIP : SelectionRule.STOP);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void neverMoreThanTheEnvelopeOrThePlannedNumber(long seed) {
        Competition c = random(seed);
        SelectionResult r = c.selection().run();
        Money sum = kgs("0");
        int count = 0;
        for (Decision d : r.getDecisions()) {
            if (d.getOutcome() == Outcome.SELECTED) {
                sum = sum.plus(d.getAmount().orElseThrow());
                count++;
                assertThat(d.getAmount().orElseThrow().compareTo(d.getRequested().orElseThrow())).isLessThanOrEqualTo(0);
            }
        }
        assertThat(sum.compareTo(c.envelope)).as("seed %d", seed).isLessThanOrEqualTo(0);
        assertThat(sum).isEqualTo(r.getAllocated());
        if (c.planned != null) {
            assertThat(count).as("seed %d", seed).isLessThanOrEqualTo(c.planned);
        }
        for (RegionCount rc : r.getRegions()) {
            rc.getMax().ifPresent(max -> assertThat(rc.getSelected()).as("seed %d", seed).isLessThanOrEqualTo(max));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void nothingBelowThresholdOrIncompleteIsSelectedOrReserved(long seed) {
        SelectionResult r = random(seed).selection().run();
        for (Decision d : r.getDecisions()) {
            if (d.getStatus() != ScoreStatus.PASSED) {
                assertThat(d.getOutcome()).as("seed %d", seed).isIn(Outcome.REJECTED, Outcome.PENDING);
                assertThat(d.getRank()).isEmpty();
            } else {
                assertThat(d.getRank()).isPresent();
            }
        }
        assertThat(r.getDecisions()).hasSize(r.getScores().size());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theReserveListIsInRankOrder(long seed) {
        SelectionResult r = random(seed).selection().run();
        int lastRank = 0;
        int position = 0;
        for (Decision d : r.getDecisions()) {
            if (d.getOutcome() == Outcome.RESERVE) {
                assertThat(d.getReservePosition()).as("seed %d", seed).contains(++position);
                assertThat(d.getRank().orElseThrow()).as("seed %d", seed).isGreaterThan(lastRank);
                lastRank = d.getRank().orElseThrow();
            }
        }
        r.getPolicy().getReserveLength().ifPresent(max -> assertThat(r.withOutcome(Outcome.RESERVE)).hasSizeLessThanOrEqualTo(max));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void regionalMinimumsAreMetWheneverMoneyAllows(long seed) {
        Competition c = random(seed);
        SelectionResult r = c.selection().run();
        int selected = r.withOutcome(Outcome.SELECTED).size();
        boolean capReached = c.planned != null && selected >= c.planned;
        for (RegionCount rc : r.getRegions()) {
            if (rc.isMinimumMet() || capReached) {
                continue;
            }
            // unmet: no unselected passing application of the unit could have been funded with what is left
            for (Decision d : r.getDecisions()) {
                if (rc.getUnit().equals(d.getRegion().orElse(null)) && d.getStatus() == ScoreStatus.PASSED
                        && d.getOutcome() != Outcome.SELECTED && d.getRequested().isPresent()) {
                    Money request = d.getRequested().get();
                    BigDecimal needed = c.policy.getPartialFundingFloor()
                            .map(f -> request.getAmount().multiply(f).movePointLeft(2)).orElse(request.getAmount());
                    boolean fits = c.policy.getPartialFundingFloor().isPresent()
                            ? r.getRemaining().isPositive() && r.getRemaining().getAmount().compareTo(needed) >= 0
                            : request.compareTo(r.getRemaining()) <= 0;
                    assertThat(fits).as("seed %d: %s could meet the minimum of %s", seed, d.getApplication(),
                            rc.getUnit()).isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theResultDoesNotDependOnTheInputOrder(long seed) {
        Competition c = random(seed);
        SelectionResult r = c.selection().run();
        Random shuffle = new Random(seed);
        Collections.shuffle(c.applications, shuffle);
        Collections.shuffle(c.reviews, shuffle);
        Collections.shuffle(c.reviewers, shuffle);
        SelectionResult again = c.selection().run();
        assertThat(summary(again)).as("seed %d", seed).isEqualTo(summary(r));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void underStopALargerEnvelopeNeverDeselects(long seed) {
        Competition c = new Competition(seed, false, false, false, SelectionRule.STOP);
        List<String> before = c.selection().run().withOutcome(Outcome.SELECTED);
        c.envelope = c.envelope.plus(kgs(String.valueOf(10 * new Random(seed).nextInt(100))));
        assertThat(c.selection().run().withOutcome(Outcome.SELECTED)).as("seed %d", seed).containsAll(before);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void underSkipALargerEnvelopeKeepsTheUnbrokenRunFromTheTop(long seed) {
        Competition c = new Competition(seed, false, false, false, SelectionRule.SKIP);
        SelectionResult r = c.selection().run();
        List<String> run = new ArrayList<>();
        for (Decision d : r.getDecisions()) {
            if (d.getOutcome() != Outcome.SELECTED) {
                break;
            }
            run.add(d.getApplication());
        }
        c.envelope = c.envelope.plus(kgs(String.valueOf(10 * new Random(seed).nextInt(100))));
        assertThat(c.selection().run().withOutcome(Outcome.SELECTED)).as("seed %d", seed).containsAll(run);
    }

    @Test
    void underSkipALargerEnvelopeCanDeselect() {
        // 100: a 60, b 50 skipped, c 30 → {a, c}; 110: a 60, b 50, nothing left for c → {a, b}
        assertThat(SelectionTest.selection("100", "60", "50", "30").run().withOutcome(Outcome.SELECTED))
                .containsExactly("a", "c");
        assertThat(SelectionTest.selection("110", "60", "50", "30").run().withOutcome(Outcome.SELECTED))
                .containsExactly("a", "b");
    }

    static List<String> summary(SelectionResult r) {
        List<String> lines = new ArrayList<>();
        for (Decision d : r.getDecisions()) {
            lines.add(d.getApplication() + " " + d.getOutcome() + " " + d.getRank() + " " + d.getReservePosition()
                    + " " + d.getAmount() + " " + d.getReasons() + " " + d.getRegionNote());
        }
        Map<String, String> scores = new HashMap<>();
        r.getScores().forEach(s -> scores.put(s.getApplication(), s.getTotal() + " " + s.getNormalised() + " "
                + s.getExcludedReviews() + s.getCountedReviews()));
        lines.add(new java.util.TreeMap<>(scores).toString());
        return lines;
    }
}
