package kg.kichi.benchmarks.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.evaluation.ApplicationScore;
import kg.kichi.core.evaluation.Criterion;
import kg.kichi.core.evaluation.EvaluationGrid;
import kg.kichi.core.evaluation.Review;
import kg.kichi.core.evaluation.Reviewer;
import kg.kichi.core.evaluation.Scale;
import kg.kichi.core.evaluation.Score;
import kg.kichi.core.evaluation.Scoring;
import kg.kichi.core.evaluation.Section;
import kg.kichi.core.evaluation.Selection;
import kg.kichi.core.evaluation.SelectionResult;
import kg.kichi.core.evaluation.Stage;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.text.LocalizedText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Aggregates, ranks and selects 100,000 applications × 3 reviews × 10 criteria (two sections of five, 1–5, one
 * criterion ×2 per section), within an envelope that funds about a tenth of them, under the default policy.
 * Floor in the same run: sorting the 100,000 totals, computed once beforehand, highest first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SelectionBenchmark {
    static final int APPLICATIONS = 100_000;
    static final int REVIEWS = 3;

    EvaluationGrid grid;
    List<Application> applications;
    List<Review> reviews;
    List<Reviewer> reviewers;
    BigDecimal[] totals;

    /** Builds the competition once: the same seed gives the same applications and reviews. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(13);
        Stage.Builder stage = Stage.builder().id("s").title(LocalizedText.of("en", "Stage"));
        for (int s = 0; s < 2; s++) {
            Section.Builder section = Section.builder().id("sec-" + s).title(LocalizedText.of("en", "Section " + s));
            for (int c = 0; c < 5; c++) {
                section.addCriterion(Criterion.builder().id("c-" + s + "-" + c).title(LocalizedText.of("en", "C"))
                        .scale(Scale.of("1", "5", "1")).weight(BigDecimal.valueOf(c == 0 ? 2 : 1)).build());
            }
            stage.addSection(section.build());
        }
        grid = EvaluationGrid.builder().addStage(stage.minimum(BigDecimal.valueOf(20)).build()).build();
        reviewers = new ArrayList<>();
        for (int r = 0; r < 60; r++) {
            reviewers.add(Reviewer.builder().id("r" + r).build());
        }
        applications = new ArrayList<>(APPLICATIONS);
        reviews = new ArrayList<>(APPLICATIONS * REVIEWS);
        for (int i = 0; i < APPLICATIONS; i++) {
            String id = "app-" + i;
            applications.add(Application.builder().id(id).call("c").title(LocalizedText.of("en", id))
                    .partnership(Partnership.ofLead(OrganisationId.local("lead-" + i)))
                    .requestedAmount(Money.of(BigDecimal.valueOf(100_000L * (1 + random.nextInt(10))), "KGS"))
                    .addStatusHistory(StatusChange.of(ApplicationStatus.SUBMITTED, null))
                    .addStatusHistory(StatusChange.of(ApplicationStatus.ELIGIBLE, null)).build());
            int first = random.nextInt(60);
            for (int j = 0; j < REVIEWS; j++) {
                Review.Builder review = Review.builder().id(id + "-" + j).application(id)
                        .reviewer("r" + ((first + 20 * j) % 60)).stage("s");
                for (int s = 0; s < 2; s++) {
                    for (int c = 0; c < 5; c++) {
                        review.addScore(Score.of("c-" + s + "-" + c, BigDecimal.valueOf(1 + random.nextInt(5))));
                    }
                }
                reviews.add(review.build());
            }
        }
        Collections.shuffle(applications, new java.util.Random(1));
        List<ApplicationScore> scores = Scoring.score(grid, "s", applications, reviews, reviewers);
        totals = scores.stream().map(s -> s.getTotal().orElse(BigDecimal.ZERO)).toArray(BigDecimal[]::new);
    }

    /** @return the selection: scores, ranking and decisions of every application */
    @Benchmark
    public SelectionResult aggregateRankSelect() {
        return Selection.builder().grid(grid).envelope(Money.of("55000000", "KGS")).applications(applications)
                .reviews(reviews).reviewers(reviewers).run();
    }

    /** @return the 100,000 precomputed totals sorted highest first: the floor of any ranking */
    @Benchmark
    public BigDecimal[] baselineSortTotals() {
        BigDecimal[] copy = totals.clone();
        Arrays.sort(copy, Collections.reverseOrder());
        return copy;
    }
}
