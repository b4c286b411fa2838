package kg.kichi.benchmarks.geo;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Time to load Kyrgyzstan's gazetteer from its bundled CSV into indexed structures (target under 100 ms).
 * Baseline in the same run: reading the resource's bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GazetteerLoadBenchmark {
    /** @return a freshly loaded and indexed gazetteer */
    @Benchmark
    public Gazetteer load() {
        return Gazetteers.readCsv(Gazetteers.kyrgyzstanCsv());
    }

    /**
     * @return the bundled CSV's bytes, read and discarded: the floor for any loader
     * @throws IOException if the resource cannot be read
     */
    @Benchmark
    public byte[] baselineReadResourceBytes() throws IOException {
        try (InputStream in = Gazetteers.kyrgyzstanCsv()) {
            return in.readAllBytes();
        }
    }
}
