package kg.kichi.benchmarks.json;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * A check of the JMH ratios that holds up on a busy machine: the four readers of {@link DocumentReadBenchmark},
 * and its token floor, run in alternation, round after round, each round timing every one on the same document
 * back to back, so load that comes and goes hits all alike; the median of the per-round ratios is reported, then
 * each reader's own work (its time above the floor), once by the wall clock and once by the reading thread's CPU
 * time, which other processes on a busy machine disturb less.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar kg.kichi.benchmarks.json.PairedReadRatios [rounds [texts]]}
 * (default 40 rounds after 15 of warm-up, for each {@link BenchmarkCatalogues.Texts} in turn, or only the one
 * named). JMH remains the reference; this only guards against load skew.
 */
public final class PairedReadRatios {
    private static final int WARM_UP_ROUNDS = 15;
    private static final int REPEATS_PER_ROUND = 5;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PairedReadRatios() {
    }

    /** @param args optional: the number of measured rounds, then the texts of the document */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        List<BenchmarkCatalogues.Texts> documents = args.length > 1
                ? List.of(BenchmarkCatalogues.Texts.valueOf(args[1]))
                : List.of(BenchmarkCatalogues.Texts.values());
        for (BenchmarkCatalogues.Texts texts : documents) {
            measure(rounds, texts);
        }
    }

    private static void measure(int rounds, BenchmarkCatalogues.Texts texts) {
        DocumentReadBenchmark state = new DocumentReadBenchmark();
        state.grants = 200;
        state.texts = texts;
        state.setUp();
        List<Supplier<Object>> readers = List.of(state::kichiStrict, state::jacksonPojoBaseline, state::networkntSchema,
                state::jacksonTokensFloor, state::validatedPojoBaseline);
        double[][] wall = new double[readers.size()][rounds];
        double[][] cpu = new double[readers.size()][rounds];
        for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
            for (int r = 0; r < readers.size(); r++) {
                double[] times = timeMillis(readers.get(r));
                if (round >= 0) {
                    wall[r][round] = times[0];
                    cpu[r][round] = times[1];
                }
            }
        }
        report("wall-clock time", wall);
        report("the reading thread's CPU time (a busy machine disturbs it less; garbage collection is not in it)", cpu);
    }

    private static void report(String clock, double[][] millis) {
        int rounds = millis[0].length;
        double[] kichiOverPojo = new double[rounds];
        double[] networkntOverKichi = new double[rounds];
        double[] validatedOverKichi = new double[rounds];
        double[] kichiOverFloor = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            kichiOverPojo[round] = millis[1][round] / millis[0][round];
            networkntOverKichi[round] = millis[2][round] / millis[0][round];
            kichiOverFloor[round] = millis[0][round] / millis[3][round];
            validatedOverKichi[round] = millis[4][round] / millis[0][round];
        }
        double kichi = median(millis[0]);
        double pojo = median(millis[1]);
        double networknt = median(millis[2]);
        double floor = median(millis[3]);
        double validated = median(millis[4]);
        System.out.printf("%s%n  median ms/op: kichiStrict %.2f, validatedPojoBaseline %.2f, jacksonPojoBaseline %.2f, "
                + "networkntSchema %.2f, jacksonTokensFloor %.2f%n", clock, kichi, validated, pojo, networknt, floor);
        System.out.printf("  median per-round ratio of throughputs: kichi/validated pojo %.2f (target >= 1.5), "
                + "kichi/pojo %.2f, kichi/networknt %.2f; kichi's time / the floor's %.2f%n",
                median(validatedOverKichi), median(kichiOverPojo), median(networkntOverKichi), median(kichiOverFloor));
        System.out.printf("  above the token floor, ms/op: kichi %.2f, validated pojo %.2f, pojo binding %.2f%n",
                kichi - floor, validated - floor, pojo - floor);
    }

    /** @return the wall-clock and the thread CPU milliseconds per read */
    private static double[] timeMillis(Supplier<Object> reader) {
        List<Object> sink = new ArrayList<>(REPEATS_PER_ROUND);
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < REPEATS_PER_ROUND; i++) {
            sink.add(reader.get());
        }
        double wall = (System.nanoTime() - start) / 1e6 / REPEATS_PER_ROUND;
        double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6 / REPEATS_PER_ROUND;
        if (sink.size() != REPEATS_PER_ROUND) {
            throw new IllegalStateException();
        }
        return new double[] {wall, cpu};
    }

    /** @return the middle value (the upper of the two middle ones for an even count); the array is not changed */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
