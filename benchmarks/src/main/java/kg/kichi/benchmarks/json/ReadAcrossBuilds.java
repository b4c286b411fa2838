package kg.kichi.benchmarks.json;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The strict read of several builds of Kichi side by side in one JVM: each build's benchmarks jar (built at the
 * commit to compare, {@code benchmarks/target/benchmarks.jar}) is loaded by a class loader of its own, and its
 * {@link DocumentReadBenchmark#kichiStrict()} and {@link DocumentReadBenchmark#jacksonTokensFloor()} are timed in
 * alternation with the others', round after round, by the reading thread's CPU time. Load that comes and goes hits
 * every build alike, which sequential runs on a shared machine cannot promise; this is how a regression is found
 * commit by commit.
 *
 * <p>Printed per build: the median CPU time of a read and of its own floor, the median per-round ratio of the two,
 * and the median per-round ratio of its read time to the first build's.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar kg.kichi.benchmarks.json.ReadAcrossBuilds GENERATED 20
 * old.jar new.jar …} (the texts of the document, the measured rounds after 15 of warm-up, then two or more jars).
 * Each jar keeps its own copy of Jackson and of Kichi, so a jar of any commit whose {@code DocumentReadBenchmark}
 * has the {@code grants} and {@code texts} parameters will do.
 */
public final class ReadAcrossBuilds {
    private static final int WARM_UP_ROUNDS = 15;
    private static final int READS_PER_ROUND = 5;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ReadAcrossBuilds() {
    }

    /** One build: its benchmark state, and its two readers. */
    private record Build(String name, Object state, Method kichi, Method floor) {
        static Build load(String jar, String texts) throws ReflectiveOperationException, java.io.IOException {
            URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> benchmark = loader.loadClass(DocumentReadBenchmark.class.getName());
            Class<?> textsType = loader.loadClass(BenchmarkCatalogues.Texts.class.getName());
            Object state = benchmark.getDeclaredConstructor().newInstance();
            benchmark.getField("grants").setInt(state, 200);
            benchmark.getField("texts").set(state, textsType.getMethod("valueOf", String.class).invoke(null, texts));
            benchmark.getMethod("setUp").invoke(state);
            return new Build(jar, state, benchmark.getMethod("kichiStrict"), benchmark.getMethod("jacksonTokensFloor"));
        }
    }

    /**
     * @param args the texts ({@code GENERATED} or {@code FIXTURE_LENGTHS}), the number of measured rounds, then the
     *     benchmarks jars of two or more builds
     * @throws Exception when a jar cannot be loaded or a read fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            throw new IllegalArgumentException("usage: ReadAcrossBuilds TEXTS ROUNDS JAR JAR [JAR …]");
        }
        String texts = args[0];
        int rounds = Integer.parseInt(args[1]);
        List<String> jars = Arrays.asList(args).subList(2, args.length);
        Build[] builds = new Build[jars.size()];
        for (int b = 0; b < builds.length; b++) {
            builds[b] = Build.load(jars.get(b), texts);
        }
        double[][] kichi = new double[builds.length][rounds];
        double[][] floor = new double[builds.length][rounds];
        for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
            for (int b = 0; b < builds.length; b++) {
                double k = cpuMillis(builds[b].kichi(), builds[b].state());
                double f = cpuMillis(builds[b].floor(), builds[b].state());
                if (round >= 0) {
                    kichi[b][round] = k;
                    floor[b][round] = f;
                }
            }
        }
        for (int b = 0; b < builds.length; b++) {
            double[] overFloor = new double[rounds];
            double[] overFirst = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                overFloor[round] = kichi[b][round] / floor[b][round];
                overFirst[round] = kichi[b][round] / kichi[0][round];
            }
            System.out.printf("%s %s: read %.2f ms CPU, floor %.2f ms, read/floor %.3f, read/first build's %.3f%n",
                    texts, builds[b].name(), PairedReadRatios.median(kichi[b]), PairedReadRatios.median(floor[b]), PairedReadRatios.median(overFloor),
                    PairedReadRatios.median(overFirst));
        }
    }

    private static double cpuMillis(Method reader, Object state) throws ReflectiveOperationException {
        long start = THREADS.getCurrentThreadCpuTime();
        Object last = null;
        for (int i = 0; i < READS_PER_ROUND; i++) {
            last = reader.invoke(state);
        }
        if (last == null) {
            throw new IllegalStateException("no result from " + reader);
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / 1e6 / READS_PER_ROUND;
    }
}
