package kg.kichi.benchmarks.json;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Project;
import kg.kichi.json.KichiJson;
import kg.kichi.json.Mode;
import kg.kichi.json.ReadLimits;
import kg.kichi.json.giving360.Giving360Reader;
import kg.kichi.json.stream.DocumentHandler;
import kg.kichi.json.stream.DocumentWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the same grants as a 360Giving package ({@code Giving360Reader.stream}) and as a Kichi document
 * ({@code KichiReader.stream}, lenient, as the document keeps the 360Giving members the model has no place for),
 * alternately in one run, and prints each read's time (wall clock; CPU time of the reading thread; time in garbage
 * collection) and peak heap, and the ratios of the medians. Target: the 360Giving read takes at most 1.5 times the
 * Kichi read, under {@code -Xmx64m}.
 *
 * <p>{@code java -Xmx64m -cp benchmarks/target/benchmarks.jar kg.kichi.benchmarks.json.Giving360StreamingRead
 * [grants] [rounds]} (default 1,000,000 grants, 3 rounds). With {@code -Dkichi.benchmarks.giving360.files=DIR} the
 * generated files are kept in that directory and reused by later runs (they take longer to write than to read).
 * The package is generated with a fixed seed: 20,000
 * recipients, 40 funders, 120 programmes, grants with the members publishers commonly fill (dates, one planned
 * period, an address, a beneficiary location, a classification, a data source and a column of the publisher's
 * own). The Kichi document is what the 360Giving reader makes of the package, written with its organisations,
 * programmes and projects first. Both files are temporary unless kept.
 */
public final class Giving360StreamingRead {
    private static final int RECIPIENTS = 20_000;
    private static final int FUNDERS = 40;
    private static final int PROGRAMMES = 120;
    /** A directory to keep the generated files in and reuse them from, for runs after the first. */
    static final String FILES_PROPERTY = "kichi.benchmarks.giving360.files";

    private Giving360StreamingRead() {
    }

    /**
     * @param args optional: the number of grants, then the number of rounds
     * @throws IOException if a temporary file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        long count = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000L;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String keep = System.getProperty(FILES_PROPERTY);
        Path giving = keep != null ? Path.of(keep, "360giving-" + count + ".json")
                : Files.createTempFile("kichi-360giving-", ".json");
        Path kichi = keep != null ? Path.of(keep, "kichi-" + count + ".json")
                : Files.createTempFile("kichi-document-", ".json");
        try {
            System.out.printf("heap limit (-Xmx): %,d MiB, %,d grants, %d rounds%n",
                    Runtime.getRuntime().maxMemory() >> 20, count, rounds);
            if (keep == null || !Files.exists(kichi)) {
                long start = System.nanoTime();
                writePackage(count, giving);
                System.out.printf("360Giving package written: %,d MiB in %.1f s%n", Files.size(giving) >> 20,
                        (System.nanoTime() - start) / 1e9);
                start = System.nanoTime();
                writeKichi(giving, kichi);
                System.out.printf("Kichi document written:    %,d MiB in %.1f s%n", Files.size(kichi) >> 20,
                        (System.nanoTime() - start) / 1e9);
            } else {
                System.out.printf("reusing %s (%,d MiB) and %s (%,d MiB)%n", giving, Files.size(giving) >> 20, kichi,
                        Files.size(kichi) >> 20);
            }

            double[][] givingTimes = new double[2][rounds];
            double[][] kichiTimes = new double[2][rounds];
            for (int round = 0; round < rounds; round++) {
                time("Kichi", kichi, Giving360StreamingRead::readKichi, kichiTimes, round);
                time("360Giving", giving, Giving360StreamingRead::readGiving, givingTimes, round);
            }
            double giving360 = median(givingTimes[0]);
            double kichiMedian = median(kichiTimes[0]);
            System.out.printf("median: 360Giving %.2f s, Kichi %.2f s, ratio %.2f (target <= 1.5)%n", giving360,
                    kichiMedian, giving360 / kichiMedian);
            System.out.printf("median CPU time of the reading thread: 360Giving %.2f s, Kichi %.2f s, ratio %.2f%n",
                    median(givingTimes[1]), median(kichiTimes[1]), median(givingTimes[1]) / median(kichiTimes[1]));
        } finally {
            if (keep == null) {
                Files.deleteIfExists(giving);
                Files.deleteIfExists(kichi);
            }
        }
    }

    private interface Read {
        long grants(Path file) throws IOException;
    }

    /**
     * Reads a file once and records its wall-clock time ({@code times[0][round]}) and the CPU time of the reading
     * thread ({@code times[1][round]}); the latter is what a shared machine disturbs least.
     */
    private static void time(String name, Path file, Read read, double[][] times, int round) throws IOException {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long gcBefore = gcMillis();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long grants = read.grants(file);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(
                "%-9s %,d grants in %.2f s (%,.0f grants/s; thread CPU %.2f s, GC %.2f s), peak heap %.1f MiB%n", name, grants, seconds, grants / seconds, cpu, (gcMillis() - gcBefore) / 1e3, peak / 1048576.0);
        times[0][round] = seconds;
        times[1][round] = cpu;
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    private static long readGiving(Path file) throws IOException {
        AtomicLong grants = new AtomicLong();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            Giving360Reader.create().withLimits(ReadLimits.defaults().withMaxDocumentLength(Long.MAX_VALUE))
                    .stream(in, new DocumentHandler() {
                        @Override
                        public void grant(Grant value) {
                            grants.incrementAndGet();
                        }
                    });
        }
        return grants.get();
    }

    private static long readKichi(Path file) throws IOException {
        AtomicLong grants = new AtomicLong();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            KichiJson.reader().withMode(Mode.LENIENT)
                    .withLimits(ReadLimits.defaults().withMaxDocumentLength(Long.MAX_VALUE))
                    .stream(in, new DocumentHandler() {
                        @Override
                        public void grant(Grant value) {
                            grants.incrementAndGet();
                        }
                    });
        }
        return grants.get();
    }

    /** The Kichi document of the package: a first pass gathers what the grants share, a second the grants. */
    private static void writeKichi(Path giving, Path kichi) throws IOException {
        List<Organisation> organisations = new ArrayList<>();
        List<DonorProgramme> programmes = new ArrayList<>();
        List<Project> projects = new ArrayList<>();
        Catalogue[] envelope = new Catalogue[1];
        Giving360Reader reader = Giving360Reader.create()
                .withLimits(ReadLimits.defaults().withMaxDocumentLength(Long.MAX_VALUE));
        try (InputStream in = new BufferedInputStream(Files.newInputStream(giving), 1 << 16)) {
            reader.stream(in, new DocumentHandler() {
                @Override
                public void organisation(Organisation value) {
                    organisations.add(value);
                }

                @Override
                public void programme(DonorProgramme value) {
                    programmes.add(value);
                }

                @Override
                public void project(Project value) {
                    projects.add(value);
                }
            }, e -> envelope[0] = e);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(kichi), 1 << 16);
                DocumentWriter writer = KichiJson.writer(out);
                InputStream in = new BufferedInputStream(Files.newInputStream(giving), 1 << 16)) {
            writer.start(envelope[0].getId(), envelope[0].getTitle().orElse(null), null);
            organisations.forEach(writer::organisation);
            programmes.forEach(writer::programme);
            projects.forEach(writer::project);
            reader.stream(in, new DocumentHandler() {
                @Override
                public void grant(Grant value) {
                    writer.grant(value);
                }
            });
        }
    }

    /** A package of generated grants, written token by token. */
    private static void writePackage(long count, Path file) throws IOException {
        java.util.SplittableRandom random = new java.util.SplittableRandom(360);
        String[] places = {"Naryn", "Bishkek", "London", "Leicester", "Osh", "Karakol"};
        String[] words = {"youth", "media", "water", "council", "art", "schools", "community", "health", "open",
            "rural", "women", "training"};
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator g = new JsonFactory().createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            g.writeStringProperty("version", "1.4");
            g.writeStringProperty("title", "Generated grants");
            g.writeName("grants");
            g.writeStartArray();
            for (long i = 0; i < count; i++) {
                int recipient = random.nextInt(RECIPIENTS);
                int funder = recipient % FUNDERS;
                int programme = funder * (PROGRAMMES / FUNDERS) + random.nextInt(PROGRAMMES / FUNDERS);
                int year = 2015 + random.nextInt(10);
                String date = String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                g.writeStartObject();
                g.writeStringProperty("id", "360G-generated-" + i);
                g.writeStringProperty("title", sentence(random, words, 3 + random.nextInt(5)));
                g.writeStringProperty("description", sentence(random, words, 12 + random.nextInt(20)));
                g.writeStringProperty("currency", "GBP");
                g.writeName("amountAwarded");
                g.writeNumber(BigDecimal.valueOf(100 + random.nextInt(1_000_000), random.nextBoolean() ? 0 : 2));
                g.writeStringProperty("awardDate", date);
                g.writeName("plannedDates");
                g.writeStartArray();
                g.writeStartObject();
                g.writeStringProperty("startDate", date);
                g.writeStringProperty("endDate", (year + 1 + random.nextInt(3)) + date.substring(4));
                g.writeEndObject();
                g.writeEndArray();
                g.writeName("recipientOrganization");
                g.writeStartArray();
                g.writeStartObject();
                g.writeStringProperty("id", "GB-CHC-" + (1_000_000 + recipient));
                g.writeStringProperty("name", "Recipient organisation " + recipient);
                g.writeStringProperty("addressLocality", places[recipient % places.length]);
                g.writeEndObject();
                g.writeEndArray();
                g.writeName("fundingOrganization");
                g.writeStartArray();
                g.writeStartObject();
                g.writeStringProperty("id", "GB-COH-" + (10_000 + funder));
                g.writeStringProperty("name", "Funder " + funder);
                g.writeEndObject();
                g.writeEndArray();
                g.writeName("grantProgramme");
                g.writeStartArray();
                g.writeStartObject();
                g.writeStringProperty("code", "P" + programme);
                g.writeStringProperty("title", "Programme " + programme);
                g.writeEndObject();
                g.writeEndArray();
                g.writeName("beneficiaryLocation");
                g.writeStartArray();
                g.writeStartObject();
                g.writeStringProperty("name", places[random.nextInt(places.length)]);
                g.writeStringProperty("countryCode", random.nextBoolean() ? "GB" : "KG");
                g.writeEndObject();
                g.writeEndArray();
                g.writeName("classifications");
                g.writeStartArray();
                g.writeStartObject();
                g.writeStringProperty("vocabulary", "oecd-dac-crs");
                g.writeStringProperty("code", String.valueOf(15150 + random.nextInt(10)));
                g.writeStringProperty("title", sentence(random, words, 2));
                g.writeEndObject();
                g.writeEndArray();
                g.writeStringProperty("dateModified", date + "T12:00:00+00:00");
                g.writeStringProperty("dataSource", "https://example.org/grants/" + i);
                g.writeStringProperty("Grant type", random.nextBoolean() ? "Large Awards" : "Small Awards");
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static String sentence(java.util.SplittableRandom random, String[] words, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        return out.toString();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
