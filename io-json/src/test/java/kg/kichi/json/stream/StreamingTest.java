package kg.kichi.json.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.project.Project;
import kg.kichi.core.testing.RandomCatalogues;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.InvalidDocumentException;
import kg.kichi.json.KichiJson;
import org.junit.jupiter.api.Test;

class StreamingTest {
    static InputStream bytes(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void streamsEveryObjectOfAValidDocument() {
        for (long seed = 0; seed < 50; seed++) {
            Catalogue catalogue = RandomCatalogues.catalogue(seed);
            List<Object> seen = new ArrayList<>();
            DocumentSummary summary = KichiJson.reader().stream(bytes(KichiJson.writeString(catalogue)),
                    new DocumentHandler() {
                        @Override
                        public void organisation(Organisation value) {
                            seen.add(value);
                        }

                        @Override
                        public void grant(Grant value) {
                            seen.add(value);
                        }
                    });
            List<Object> expected = new ArrayList<>(catalogue.getOrganisations());
            expected.addAll(catalogue.getGrants());
            assertThat(seen).isEqualTo(expected);
            assertThat(summary.getId()).isEqualTo(catalogue.getId());
            assertThat(summary.getTitle()).isEqualTo(catalogue.getTitle());
            assertThat(summary.getCounts()).containsEntry("grants", (long) catalogue.getGrants().size())
                    .containsEntry("calls", (long) catalogue.getCalls().size());
        }
    }

    @Test
    void reportsTheSameProblemsAsTheWholeDocumentReader() throws IOException {
        for (String file : List.of("36-duplicate-organisation-id", "37-unknown-partner", "38-unknown-call",
                "39-unknown-lot", "40-unknown-donor", "59-problems-in-siblings", "01-syntax-missing-comma")) {
            String json = new String(StreamingTest.class.getResourceAsStream("/kg/kichi/json/broken/" + file + ".json")
                    .readAllBytes(), StandardCharsets.UTF_8);
            List<DocumentProblem> whole = problems(() -> KichiJson.read(json, kg.kichi.json.Mode.STRICT));
            List<DocumentProblem> streamed = problems(() -> KichiJson.reader().stream(bytes(json),
                    new DocumentHandler() {}));
            assertThat(streamed).as(file).extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                    .containsExactlyInAnyOrderElementsOf(whole.stream()
                            .map(p -> tuple(p.getPointer(), p.getCode())).toList());
        }
    }

    @Test
    void resolvesForwardReferencesAtTheEnd() {
        String json = "{\"grants\":[{\"id\":\"g1\",\"title\":{\"en\":\"G\"},\"project\":\"p1\","
                + "\"partnership\":{\"members\":[{\"organisation\":\"XI-KICHI-a\",\"role\":\"lead\"}]}}],"
                + "\"projects\":[{\"id\":\"p1\",\"title\":{\"en\":\"P\"}}],"
                + "\"organisations\":[{\"id\":\"XI-KICHI-a\",\"name\":{\"en\":\"A\"},\"legalForm\":\"other\"}],"
                + "\"formatVersion\":\"1.0\",\"id\":\"d\"}";
        DocumentSummary summary = KichiJson.reader().stream(bytes(json), new DocumentHandler() {});
        assertThat(summary.getCounts()).containsEntry("grants", 1L).containsEntry("projects", 1L);
        assertThatThrownBy(() -> KichiJson.reader().stream(bytes(json.replace("\"id\":\"p1\"", "\"id\":\"p2\"")),
                new DocumentHandler() {}))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblems())
                        .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                        .containsExactly(tuple("/grants/0/project", "kichi.catalogue.unknownReference")));
    }

    @Test
    void writerEnforcesTheOrderOfCollections() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentWriter writer = KichiJson.writer(out).start("d", null, null);
        writer.grant(grant(1));
        assertThatThrownBy(() -> writer.project(Project.builder().id("p").title(text("p")).build()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("projects");
        writer.close();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\n  \"formatVersion\": \"1.0\",\n  \"id\": \"d\"");
    }

    /** 200,000 grants written and validated through a pipe: neither side ever holds the document. */
    @Test
    void validatesManyGrantsInMemoryProportionalToIdsOnly() throws Exception {
        int grants = 200_000;
        PipedInputStream in = new PipedInputStream(1 << 16);
        PipedOutputStream pipe = new PipedOutputStream(in);
        Thread producer = new Thread(() -> {
            try (DocumentWriter writer = KichiJson.writer(pipe)) {
                writer.start("million", text("Миллион грант"), null);
                writer.organisation(Organisation.builder().id(OrganisationId.local("a")).name(text("Ө"))
                        .legalForm(LegalForm.PUBLIC_ASSOCIATION).build());
                writer.project(Project.builder().id("p").title(text("p")).build());
                for (int i = 0; i < grants; i++) {
                    writer.grant(grant(i));
                }
            } finally {
                try {
                    pipe.close();
                } catch (IOException ignored) {
                    // the reader saw the end
                }
            }
        });
        producer.start();
        AtomicLong sum = new AtomicLong();
        long[] used = new long[2];
        long start = System.nanoTime();
        DocumentSummary summary = KichiJson.reader().stream(in, new DocumentHandler() {
            @Override
            public void grant(Grant value) {
                sum.addAndGet(value.getAmountAwarded().orElseThrow().getAmount().longValue());
                if (value.getId().equals("g20000")) {
                    used[0] = usedAfterGc();
                } else if (value.getId().equals("g190000")) {
                    used[1] = usedAfterGc();
                }
            }
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        producer.join();
        assertThat(summary.getCounts()).containsEntry("grants", (long) grants);
        assertThat(sum.get()).isEqualTo((long) grants * (grants - 1) / 2 + grants);
        System.out.printf("streamed %d grants (written and read through a pipe) in %d ms (%.0f grants/s);"
                + " heap after GC grew %d KiB over 170,000 grants%n", grants, millis,
                grants * 1000.0 / Math.max(1, millis), (used[1] - used[0]) >> 10);
        assertThat(used[1] - used[0]).as("growth with the id set only").isLessThan(64L << 20);
    }

    static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    static Grant grant(int i) {
        return Grant.builder().id("g" + i).title(text("Грант " + i)).project("p")
                .partnership(Partnership.ofLead(OrganisationId.local("a")))
                .amountAwarded(Money.of(java.math.BigDecimal.valueOf(i + 1), "KGS")).build();
    }

    static LocalizedText text(String s) {
        return LocalizedText.of("ky", s);
    }

    static List<DocumentProblem> problems(Runnable read) {
        try {
            read.run();
            return List.of();
        } catch (InvalidDocumentException e) {
            return e.getProblems();
        }
    }
}
