package kg.kichi.benchmarks.json;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.json.InvalidDocumentException;
import kg.kichi.json.KichiJson;
import kg.kichi.json.KichiReader;
import kg.kichi.json.Mode;
import kg.kichi.json.ReadLimits;
import kg.kichi.json.stream.DocumentHandler;
import kg.kichi.json.stream.DocumentSummary;
import kg.kichi.json.stream.DocumentWriter;

/**
 * Writes a document of many grants to a temporary file by streaming, then validates it by streaming, and
 * reports the time of each and the peak heap, to show both work in memory that does not grow with the document.
 *
 * <p>Run with a small heap: {@code java -Xmx64m -cp benchmarks/target/benchmarks.jar
 * kg.kichi.benchmarks.json.StreamingValidation [grants] [file]} (default 1,000,000 grants, a temporary file that
 * is deleted afterwards). The grants repeat the 200 grants of the benchmark catalogue under fresh ids, around
 * the same organisations, projects, calls and applications.
 */
public final class StreamingValidation {
    /** The largest heap in use just after a collection since the last reset: the live set, near enough. */
    private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();

    private StreamingValidation() {
    }

    /**
     * @param args optional: the number of grants, then the file to write
     * @throws IOException if the file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        long count = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000L;
        Path file = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("kichi-streaming-", ".json");
        try {
            System.out.printf("heap limit (-Xmx): %,d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
            watchCollections();
            resetPeaks();
            long start = System.nanoTime();
            write(count, file);
            report("write", start, Files.size(file));

            resetPeaks();
            start = System.nanoTime();
            AtomicLong grants = new AtomicLong();
            KichiReader reader = KichiJson.reader().withMode(Mode.STRICT)
                    .withLimits(ReadLimits.defaults().withMaxDocumentLength(Long.MAX_VALUE));
            DocumentSummary summary;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                summary = reader.stream(in, new DocumentHandler() {
                    @Override
                    public void grant(Grant value) {
                        grants.incrementAndGet();
                    }
                });
            } catch (InvalidDocumentException e) {
                System.out.println("INVALID: " + e.getMessage());
                throw e;
            } catch (OutOfMemoryError e) {
                System.out.printf("OUT OF MEMORY after %,d grants, %,.1f s: the heap limit is too small for the ids"
                        + " the streaming check keeps%n", grants.get(), (System.nanoTime() - start) / 1e9);
                throw e;
            }
            report("validate", start, Files.size(file));
            System.out.printf("valid: %,d grants streamed, counts %s%n", grants.get(), summary.getCounts());
        } finally {
            if (args.length <= 1) {
                Files.deleteIfExists(file);
            }
        }
    }

    static void write(long count, Path file) throws IOException {
        Catalogue base = BenchmarkCatalogues.withGrants(200);
        List<Grant> templates = base.getGrants();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                DocumentWriter writer = KichiJson.writer(out)) {
            writer.start("streaming-" + count, LocalizedText.of("en", "Streaming benchmark"), null);
            base.getOrganisations().forEach(writer::organisation);
            base.getProgrammes().forEach(writer::programme);
            base.getProjects().forEach(writer::project);
            base.getCalls().forEach(writer::call);
            base.getApplications().forEach(writer::application);
            for (long i = 0; i < count; i++) {
                writer.grant(templates.get((int) (i % templates.size())).withId("g-" + i));
            }
        }
    }

    static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        PEAK_AFTER_GC.set(0);
    }

    /** Records, after every collection, the heap in use once it is done. */
    static void watchCollections() {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info =
                            GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> heapPools.contains(e.getKey()))
                            .mapToLong(e -> e.getValue().getUsed()).sum();
                    PEAK_AFTER_GC.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
    }

    /**
     * Prints the time, the throughput, the peak heap (sum of the heap pools' peaks: an upper bound, as the pools
     * peak at different times) and the largest heap in use just after a collection (what stayed live).
     */
    static void report(String phase, long startNanos, long bytes) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%-8s %,.1f s, %,d MiB file, %,.1f MiB/s, peak heap %,.1f MiB, peak after GC %,.1f MiB"
                + " (%s)%n", phase, seconds, bytes >> 20, bytes / 1048576.0 / seconds, peak / 1048576.0,
                PEAK_AFTER_GC.get() / 1048576.0, collectors());
    }

    private static String collectors() {
        return String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList());
    }
}
