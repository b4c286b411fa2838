package kg.kichi.benchmarks.eligibility;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import kg.kichi.core.application.Application;
import kg.kichi.core.eligibility.Screening;
import kg.kichi.core.geo.gazetteer.Gazetteers;

/**
 * The ratio of {@link ScreeningBenchmark}'s two contenders measured in alternation, pass by pass on the same 100,000
 * applications, so that load which comes and goes on a shared machine falls on both alike: prints each pass's
 * applications per second and the median of the per-round ratios (screening with explanations ÷ hand-written).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar kg.kichi.benchmarks.eligibility.PairedScreeningRatio 20
 * </pre>
 */
public final class PairedScreeningRatio {
    private PairedScreeningRatio() {}

    /**
     * Runs the rounds.
     *
     * @param args the number of measured rounds (default 20), after 5 warm-up rounds
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        ScreeningBenchmark b = new ScreeningBenchmark();
        b.setUp();
        List<Application> applications = b.applications;
        Screening screening = b.screening;
        ScreeningBenchmark.HandWritten hand = new ScreeningBenchmark.HandWritten(b.catalogue, Gazetteers.kyrgyzstan());
        List<Double> ratios = new ArrayList<>();
        List<Double> screened = new ArrayList<>();
        List<Double> handWritten = new ArrayList<>();
        long sink = 0;
        for (int round = -5; round < rounds; round++) {
            boolean screenFirst = round % 2 == 0;
            long[] nanos = new long[2];
            for (int k = 0; k < 2; k++) {
                boolean screen = (k == 0) == screenFirst;
                long start = System.nanoTime();
                for (Application a : applications) {
                    sink += screen ? screening.screen(a).getResults().size() : hand.outcome(a).ordinal();
                }
                nanos[screen ? 0 : 1] = System.nanoTime() - start;
            }
            if (round >= 0) {
                double s = applications.size() * 1e9 / nanos[0];
                double h = applications.size() * 1e9 / nanos[1];
                screened.add(s);
                handWritten.add(h);
                ratios.add(s / h);
                System.out.printf("round %2d: screen %,9.0f/s  hand-written %,9.0f/s  ratio %.2f%n", round, s, h, s / h);
            }
        }
        System.out.printf("median over %d rounds: screen %,.0f applications/s, hand-written %,.0f/s, ratio %.2f "
                + "(target ≥ 0.5)  [%d]%n", rounds, median(screened), median(handWritten), median(ratios), sink % 10);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
