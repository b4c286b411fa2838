package kg.kichi.benchmarks.json;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import kg.kichi.core.quality.CheckResult;
import kg.kichi.core.quality.QualityAnalysis;
import kg.kichi.core.quality.QualityOptions;
import kg.kichi.core.quality.QualityReport;
import kg.kichi.json.KichiJson;
import kg.kichi.json.KichiReader;
import kg.kichi.json.Mode;
import kg.kichi.json.ReadLimits;
import kg.kichi.json.quality.DocumentQuality;
import kg.kichi.json.stream.DocumentHandler;

/**
 * The data-quality report beside validation on one large document, in one run: writes a document of many grants
 * (as {@link StreamingValidation} does), then, for each round, validates it by streaming and runs the quality
 * report over it by streaming (validation included), and prints each time, the ratio quality / validate
 * (target ≤ 1.5) in elapsed time and in the reading thread's CPU time, and the peak heap.
 *
 * <p>Run with a small heap: {@code java -Xmx64m -cp benchmarks/target/benchmarks.jar
 * kg.kichi.benchmarks.json.StreamingQuality [grants] [rounds] [file]} (default 1,000,000 grants, 2 rounds, a
 * temporary file deleted afterwards). The ratio of the last round is the figure: the first warms the JIT.
 */
public final class StreamingQuality {
    /** The reading thread's CPU time is less disturbed than elapsed time by other work on a shared machine. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StreamingQuality() {
    }

    /**
     * @param args optional: the number of grants, the number of rounds, the file to write
     * @throws IOException if the file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        long count = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000L;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path file = args.length > 2 ? Path.of(args[2]) : Files.createTempFile("kichi-quality-", ".json");
        KichiReader reader = KichiJson.reader().withMode(Mode.STRICT)
                .withLimits(ReadLimits.defaults().withMaxDocumentLength(Long.MAX_VALUE));
        try {
            System.out.printf("heap limit (-Xmx): %,d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
            StreamingValidation.watchCollections();
            StreamingValidation.resetPeaks();
            long start = System.nanoTime();
            StreamingValidation.write(count, file);
            StreamingValidation.report("write", start, Files.size(file));
            for (int round = 1; round <= rounds; round++) {
                StreamingValidation.resetPeaks();
                start = System.nanoTime();
                long cpu = THREADS.getCurrentThreadCpuTime();
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                    reader.stream(in, new DocumentHandler() {
                    });
                }
                long validate = System.nanoTime() - start;
                long validateCpu = THREADS.getCurrentThreadCpuTime() - cpu;
                StreamingValidation.report("validate", start, Files.size(file));

                StreamingValidation.resetPeaks();
                start = System.nanoTime();
                cpu = THREADS.getCurrentThreadCpuTime();
                QualityAnalysis analysis = QualityAnalysis.start(QualityOptions.asOf(LocalDate.of(2026, 12, 4)));
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                    DocumentQuality.analyse(reader, in, file.getFileName().toString(), analysis);
                }
                QualityReport report = analysis.finish();
                long quality = System.nanoTime() - start;
                long qualityCpu = THREADS.getCurrentThreadCpuTime() - cpu;
                StreamingValidation.report("quality", start, Files.size(file));
                System.out.printf(Locale.ROOT, "round %d: quality / validate = %.2f elapsed (target <= 1.5), %.2f in"
                        + " CPU time of the reading thread (%.1f s / %.1f s)%n", round, (double) quality / validate,
                        (double) qualityCpu / validateCpu, qualityCpu / 1e9, validateCpu / 1e9);
                if (round == rounds) {
                    for (CheckResult r : report.getResults()) {
                        System.out.printf("  %-36s looked at %,11d  flagged %,11d%n", r.getCheck().getCode(),
                                r.getLookedAt(), r.getFlagged());
                    }
                }
            }
        } finally {
            if (args.length <= 2) {
                Files.deleteIfExists(file);
            }
        }
    }
}
