package kg.kichi.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the quality analysis over {@link RandomDocuments}: 1 to 3 documents of random valid objects in
 * random order, with missing pointers and dangling references, 600 seeds (a failing case names its seed). Whatever
 * the input, {@link QualityAnalysis#finish()} gives a report; each check flags no more objects than it looked at
 * and keeps findings that name an object and render in English, Russian and Kyrgyz; the same input gives the same
 * report; and over the seeds every check flags something, so the input reaches each of them.
 */
class QualityAnalysisPropertyTest {
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("ky"));
    /** A {@code {name}} the message bundles' templates use for an argument: left over when not filled. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z][A-Za-z0-9]*}");
    /** How many seeds {@link #everyCheckFlagsSomethingOverTheSeeds()} may try, whatever the seeds of the others. */
    private static final int REACH_SEEDS = 300;

    static Stream<Long> seeds() {
        // -Dkichi.property.seeds=N runs N seeds instead (the mutation profile runs fewer: docs/reliability.md)
        return LongStream.range(0, Long.getLong("kichi.property.seeds", 600)).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void finishNeverThrows(long seed) {
        RandomDocuments input = RandomDocuments.of(seed);
        QualityAnalysis analysis = QualityAnalysis.start(input.options());
        assertThatCode(() -> input.feed(analysis)).as("seed %d: feeding the documents", seed)
                .doesNotThrowAnyException();
        assertThatCode(analysis::finish).as("seed %d: finish()", seed).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyCheckFlagsAtMostWhatItLookedAtAndKeepsFindingsThatRender(long seed) {
        RandomDocuments input = RandomDocuments.of(seed);
        QualityReport report = analyse(input, seed);
        int examples = input.options().getExamples();
        assertThat(report.getResults()).extracting(CheckResult::getCheck).containsExactly(QualityCheck.values());
        for (CheckResult r : report.getResults()) {
            String check = "seed " + seed + " " + r.getCheck().getCode();
            // Every check counts an object as looked at once and flags it at most once, just after. The exception in
            // how it counts: probably-same-organisation flags a group of ids at once, counting each id of it; the
            // groups never overlap and each id is looked at once, so flagged ≤ looked at still holds.
            assertThat(r.getFlagged()).as(check + " flagged").isBetween(0L, r.getLookedAt());
            assertThat(r.getFindings().size()).as(check + " findings")
                    .isLessThanOrEqualTo((int) Math.min(r.getFlagged(), examples));
            long organisationsInFindings = 0;
            for (Finding f : r.getFindings()) {
                String finding = check + " " + f.getSubjects() + " " + f.getArguments();
                assertThat(f.getCheck()).as(finding).isEqualTo(r.getCheck());
                assertThat(f.getSubjects()).as(finding).isNotEmpty();
                for (Locale language : LANGUAGES) {
                    String message = f.message(language);
                    assertThat(message).as(finding + " in " + language).isNotBlank()
                            .isNotEqualTo(r.getCheck().messageKey()).doesNotContainPattern(PLACEHOLDER);
                }
                if (r.getCheck() == QualityCheck.PROBABLY_SAME_ORGANISATION) {
                    // each id of the group is joined to it by a name it shares, so each has a record to show (when
                    // only each id's first record was searched, a name shared in a later document only was missed,
                    // and a group whose ids all matched that way had no subject: finish() threw)
                    int ids = f.getArguments().get("organisations").split(", ").length;
                    assertThat(ids).as(finding).isGreaterThanOrEqualTo(2);
                    assertThat(f.getSubjects()).as(finding).hasSize(ids);
                    organisationsInFindings += ids;
                }
                if (r.getCheck() == QualityCheck.ID_WITH_SEVERAL_NAMES) {
                    assertThat(f.getSubjects()).as(finding).hasSize(2);
                    assertThat(f.getSubjects().get(0).getDocument()).as(finding)
                            .isNotEqualTo(f.getSubjects().get(1).getDocument());
                }
            }
            // a finding of probably-same-organisation stands for all the ids of its group, flagged together
            assertThat(organisationsInFindings).as(check + " ids in findings").isLessThanOrEqualTo(r.getFlagged());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSameDocumentsGiveTheSameReport(long seed) {
        RandomDocuments input = RandomDocuments.of(seed);
        assertThat(dump(analyse(input, seed))).as("seed %d", seed).isEqualTo(dump(analyse(input, seed)));
    }

    @Test
    void everyCheckFlagsSomethingOverTheSeeds() {
        // a fixed number of seeds, not kichi.property.seeds: the mutation profile's 20 seeds reach fewer checks
        Set<QualityCheck> unreached = EnumSet.allOf(QualityCheck.class);
        long objects = 0;
        int seed = 0;
        while (!unreached.isEmpty() && seed < REACH_SEEDS) {
            RandomDocuments input = RandomDocuments.of(seed++);
            objects += input.objects();
            for (CheckResult r : input.analyse().getResults()) {
                if (r.getFlagged() > 0) {
                    unreached.remove(r.getCheck());
                }
            }
        }
        assertThat(unreached).as("checks no seed of the first %d flags", REACH_SEEDS).isEmpty();
        // documents of about 12 objects on average: the generator did not fall back to near-empty documents
        assertThat(objects).as("objects over %d seeds", seed).isGreaterThan(5L * seed);
    }

    /** The input's report; an exception names the seed, which the test report of a parameter may not show. */
    private static QualityReport analyse(RandomDocuments input, long seed) {
        try {
            return input.analyse();
        } catch (RuntimeException e) {
            throw new AssertionError("seed " + seed + ": the analysis threw " + e, e);
        }
    }

    /** What a report says, in full: documents, counts, and each finding's subjects, arguments and message. */
    private static String dump(QualityReport report) {
        StringBuilder out = new StringBuilder().append(report.getDocuments()).append('\n');
        for (CheckResult r : report.getResults()) {
            out.append(r.getCheck().getCode()).append(' ').append(r.getLookedAt()).append(' ').append(r.getFlagged())
                    .append('\n');
            for (Finding f : r.getFindings()) {
                for (Subject s : f.getSubjects()) {
                    out.append("  ").append(s.getKind()).append(' ').append(s.getId()).append(' ')
                            .append(s.getProperty()).append(' ').append(s.getDocument().orElse("-")).append(' ')
                            .append(s.getPointer().orElse("-")).append('\n');
                }
                out.append("  ").append(f.getArguments()).append(' ').append(f.message(Locale.ENGLISH)).append('\n');
            }
        }
        return out.toString();
    }
}
