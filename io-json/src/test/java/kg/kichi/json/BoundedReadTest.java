package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.json.stream.DocumentHandler;
import org.junit.jupiter.api.Test;

/**
 * What a read keeps is bounded (issue 20): a problem quotes at most 200 characters of a value, a streamed read
 * keeps ids of at most {@link ReadLimits#getMaxIdLength()} characters and at most
 * {@link ReadLimits#getMaxForwardReferences()} references to later objects, a lenient read keeps unknown members
 * of at most {@link ReadLimits#getMaxExtensionLength()} characters; each bound is configurable and its own
 * {@code kichi.json.limit} problem. Deep nesting within the largest limit costs no thread stack.
 */
class BoundedReadTest {
    private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"d\",\"organisations\":[{\"id\":\"XI-KICHI-a\","
            + "\"name\":{\"en\":\"A\"},\"legalForm\":\"other\"}],";

    private static String grant(String id, String project) {
        return "{\"id\":\"" + id + "\",\"title\":{\"en\":\"G\"},\"project\":\"" + project + "\",\"partnership\":"
                + "{\"members\":[{\"organisation\":\"XI-KICHI-a\",\"role\":\"lead\"}]}}";
    }

    private static List<DocumentProblem> streamed(ReadLimits limits, String json) {
        return catchThrowableOfType(InvalidDocumentException.class, () -> KichiJson.reader().withLimits(limits)
                .stream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), new DocumentHandler() {}))
                .getProblems();
    }

    @Test
    void problemsQuoteAtMost200CharactersOfAHugeInvalidId() {
        StringBuilder json = new StringBuilder(HEAD + "\"projects\":[{\"id\":\"p\",\"title\":{\"en\":\"P\"}}],\"grants\":[");
        String huge = "x y".repeat(333_333);
        for (int i = 0; i < 20; i++) {
            json.append(i == 0 ? "" : ",").append(grant(huge + i, "p"));
        }
        String document = json.append("]}").toString();
        for (List<DocumentProblem> problems : List.of(streamed(ReadLimits.defaults(), document),
                catchThrowableOfType(InvalidDocumentException.class, () -> KichiJson.read(document, Mode.STRICT))
                        .getProblems())) {
            assertThat(problems).hasSize(20).allSatisfy(p -> {
                assertThat(p.getCode()).isEqualTo("kichi.id");
                assertThat(p.getArguments().get("value")).asString().hasSize(201).endsWith("…").startsWith("x y");
                assertThat(p.getMessage(Locale.ENGLISH).length()).isLessThan(400);
            });
        }
        ReadLimits quoted = ReadLimits.defaults().withMaxQuotedLength(10);
        assertThat(streamed(quoted, document).get(0).getArguments().get("value")).isEqualTo("x yx yx yx…");
    }

    @Test
    void idsLongerThanTheBoundAreNotKeptButReported() {
        String id = "g" + "1".repeat(40);
        String json = HEAD + "\"projects\":[{\"id\":\"p\",\"title\":{\"en\":\"P\"}}],\"grants\":[" + grant(id, "p")
                + "," + grant("g2", "p") + "]}";
        assertThat(streamed(ReadLimits.defaults().withMaxIdLength(20), json))
                .extracting(DocumentProblem::getPointer, LimitKind::of)
                .containsExactly(tuple("/grants/0/id", LimitKind.ID_LENGTH));
        DocumentProblem p = streamed(ReadLimits.defaults().withMaxIdLength(20), json).get(0);
        assertThat(p.getArguments()).containsEntry("maximum", 20L).containsEntry("value", 41L);
        assertThat(p.getMessage(Locale.forLanguageTag("ru"))).contains("20").contains("идентификатор");
        assertThat(ReadLimits.defaults().getMaxIdLength()).isEqualTo(200);
    }

    @Test
    void forwardReferencesBeyondTheBoundAreReportedOnce() {
        StringBuilder json = new StringBuilder(HEAD + "\"grants\":[");
        for (int i = 0; i < 6; i++) {
            json.append(i == 0 ? "" : ",").append(grant("g" + i, "p"));
        }
        String document = json.append("],\"projects\":[{\"id\":\"p\",\"title\":{\"en\":\"P\"}}]}").toString();
        assertThat(KichiJson.reader().stream(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)),
                new DocumentHandler() {}).getCounts()).containsEntry("grants", 6L);
        assertThat(streamed(ReadLimits.defaults().withMaxForwardReferences(4), document))
                .extracting(DocumentProblem::getPointer, LimitKind::of)
                .containsExactly(tuple("/grants/4/project", LimitKind.FORWARD_REFERENCES));
        assertThat(ReadLimits.defaults().getMaxForwardReferences()).isEqualTo(100_000);
    }

    @Test
    void unknownMembersLongerThanTheBoundAreNotKeptButReported() {
        String big = "[" + "1,".repeat(600) + "1]";
        String json = "{\"formatVersion\":\"1.0\",\"id\":\"d\",\"small\":[1,2],\"big\":" + big
                + ",\"organisations\":[{\"id\":\"XI-KICHI-a\",\"name\":{\"en\":\"A\"},\"legalForm\":\"other\","
                + "\"x\":" + big + "}]}";
        ReadLimits limits = ReadLimits.defaults().withMaxExtensionLength(1000);
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> KichiJson.reader().withMode(Mode.LENIENT).withLimits(limits).read(json));
        assertThat(e.getProblems()).extracting(DocumentProblem::getPointer, LimitKind::of)
                .containsExactlyInAnyOrder(tuple("/big", LimitKind.EXTENSION_LENGTH),
                        tuple("/organisations/0/x", LimitKind.EXTENSION_LENGTH));
        Catalogue read = KichiJson.reader().withMode(Mode.LENIENT).read(json);
        assertThat(read.getExtensions()).containsEntry("big", big).containsEntry("small", "[1,2]");
        assertThat(ReadLimits.defaults().getMaxExtensionLength()).isEqualTo(1 << 20);
    }

    /** A recursive copy of unknown members overflowed a 144 KiB thread stack at the largest nesting limit. */
    @Test
    void deepUnknownMembersNeedNoStack() throws InterruptedException {
        String nested = "[{\"a\":".repeat(249) + "1" + "}]".repeat(249);
        String json = "{\"formatVersion\":\"1.0\",\"id\":\"d\",\"x\":" + nested + "}";
        AtomicReference<Object> result = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                result.set(KichiJson.reader().withMode(Mode.LENIENT).withLimits(ReadLimits.defaults()
                        .withMaxNestingDepth(ReadLimits.MAX_NESTING_DEPTH)).read(json));
            } catch (Throwable t) {
                result.set(t);
            }
        }, "small-stack", 144 * 1024);
        small.start();
        small.join();
        assertThat(result.get()).isInstanceOfSatisfying(Catalogue.class,
                c -> assertThat(c.getExtensions()).containsEntry("x", nested));
    }

    @Test
    void theHeadingAndThePositionAreInTheLanguage() {
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> KichiJson.read("{\n  \"formatVersion\": \"1.0\",\n  x}", Mode.STRICT));
        assertThat(e.getMessage(Locale.ENGLISH)).startsWith("invalid Kichi document (1 problem):")
                .contains("(line 3, column 3)");
        assertThat(e.getMessage(Locale.forLanguageTag("ru"))).startsWith("недопустимый документ Kichi (проблем: 1):")
                .contains("(строка 3, столбец 3)").doesNotContain("line");
        assertThat(e.getMessage(Locale.forLanguageTag("ky"))).startsWith("Kichi документи жараксыз (көйгөйлөр: 1):")
                .contains("(3-сап, 3-тилке)").doesNotContain("column");
        assertThat(e.getProblems().get(0).getLocation(Locale.forLanguageTag("ru"))).isEqualTo("(строка 3, столбец 3)");
    }
}
