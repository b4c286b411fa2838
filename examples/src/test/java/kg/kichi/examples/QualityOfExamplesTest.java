package kg.kichi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kg.kichi.core.quality.CheckResult;
import kg.kichi.core.quality.Finding;
import kg.kichi.core.quality.QualityAnalysis;
import kg.kichi.core.quality.QualityCheck;
import kg.kichi.core.quality.QualityOptions;
import kg.kichi.core.quality.QualityReport;
import kg.kichi.core.quality.QualityReportText;
import kg.kichi.json.KichiJson;
import kg.kichi.json.quality.DocumentQuality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five bundled fixtures through every quality check, together (as {@code kichi quality --examples}). Each
 * finding is listed by hand with the sentence of the source text that makes it a true finding about the
 * source, not a fixture error; any change to the fixtures that adds or removes a finding fails here.
 */
class QualityOfExamplesTest {
    /**
     * Every finding, as check, document and JSON Pointer of the flagged property, with the reason it stands.
     */
    private static final Map<String, String> EXPECTED = Map.of(
            "project-outside-programme-period 004-open-communities-open-media.json /projects/0/period/end",
            "seed 004 states the scheme's years, \"Кыргызстан үчүн (2018-2019) Европалык демократия инструменти"
                    + " жана адам укугун (ЕДИАУ) колдоо өлкөлүк схемасы\", and the project's duration, \"Ноябрь 2019 -"
                    + " декабрь 2021\": the project runs two years past the programme's stated period (the years are"
                    + " the scheme's funding round, which the model has no other place for)",
            "title-too-long 001-public-councils-small-grants.json /grants/1/title/ky",
            "seed 001: \"Долбоордун аталышы:** КРнын Билим Берүү жана Илим Министрлигинин Коомдук Кеңешинин Массалык"
                    + " Маалымат Каражаттарды жана жарандык коомду тартуудагы жана натыйжалуу өз ара аракеттерди"
                    + " түзүүдөгү потенциалын күчөтүү\" is 188 characters: the source's title is that long",
            "title-too-long 001-public-councils-small-grants.json /grants/6/title/ky",
            "seed 001: \"7. **Долбоордун аталышы:** Экологиялык коопсуздукту илгерилетүү жана жаратылыш ресурстарынын"
                    + " сакталышы ... айкындуулукту жана диалогду камсыздоо.\" is 231 characters in the source",
            "no-beneficiary-location 000-open-communities-mini-grants.json /grants/3/coverage",
            "seed 000: \"ОО «Интеграция сообществ» — проект Открытие Медиа Центра «Эл-Үнү». Проект направлен на"
                    + " объединение и создание пространства на базе которого будут работать члены МОС ...\" names no place",
            "no-beneficiary-location 000-open-communities-mini-grants.json /grants/4/coverage",
            "seed 000: \"ОО «Сельская жизнь» — проект «Медиа ресурс, как инструмент по улучшению качества жизни"
                    + " граждан». Проект направлен на содействие более активному участию граждан в процессах принятия"
                    + " решений на местном уровне ...\" names no place",
            "no-beneficiary-location 000-open-communities-mini-grants.json /grants/7/coverage",
            "seed 000: \"ОО «АИР Поддержка» – проект «Повышение правовой грамотности сельских женщин». Проект"
                    + " направлен на снижение недоверия жителей к правозащитным, судебным и правоохранительным"
                    + " органам ...\" names no place");

    private static QualityReport examples() throws IOException {
        QualityAnalysis analysis = QualityAnalysis.start(QualityOptions.asOf(LocalDate.of(2026, 12, 4))
                .withExamples(100));
        for (ExampleDataset example : ExampleDataset.values()) {
            try (InputStream in = example.openStream()) {
                DocumentQuality.analyse(KichiJson.reader(), in, example.getFileName(), analysis);
            }
        }
        return analysis.finish();
    }

    @Test
    void everyFindingOnTheFixturesIsATrueFindingAboutTheSources() throws IOException {
        QualityReport report = examples();
        assertThat(report.getResults()).hasSize(QualityCheck.values().length);
        List<String> found = new ArrayList<>();
        for (CheckResult r : report.getResults()) {
            assertThat(r.getFindings()).as(r.getCheck().getCode()).hasSize((int) r.getFlagged());
            for (Finding f : r.getFindings()) {
                found.add(r.getCheck().getCode() + " " + f.getSubjects().get(0).getDocument().orElseThrow() + " "
                        + f.getSubjects().get(0).getPointer().orElseThrow());
            }
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void theChecksThatNeedDataTheFixturesHaveLookedAtIt() throws IOException {
        QualityReport report = examples();
        // 42 grants in the five fixtures (8 in seed 000, 9 in 001, 25 in 002), each looked at for its title and place
        assertThat(report.result(QualityCheck.TITLE_TOO_LONG).getLookedAt()).isEqualTo(42);
        assertThat(report.result(QualityCheck.NO_BENEFICIARY_LOCATION).getLookedAt()).isEqualTo(42);
        assertThat(report.result(QualityCheck.PROBABLY_SAME_ORGANISATION).getLookedAt()).isPositive();
        assertThat(report.getDocuments()).containsExactly("000-open-communities-mini-grants.json",
                "001-public-councils-small-grants.json", "002-living-in-peace.json",
                "003-cfli-civil-society-leadership.json", "004-open-communities-open-media.json");
    }

    @Test
    void theWorkedCompetitionsFlagNothing() throws IOException {
        // the two worked competitions (900, and 901 with its reviewers and reviews, which no check looks at)
        QualityAnalysis analysis = QualityAnalysis.start(QualityOptions.asOf(LocalDate.of(2026, 12, 4)));
        for (String name : List.of("900-worked-competition.json", "901-worked-competition-evaluation.json")) {
            try (InputStream in = ExampleDataset.class.getResourceAsStream(ExampleDataset.RESOURCE_FOLDER + name)) {
                assertThat(in).as(name).isNotNull();
                DocumentQuality.analyse(KichiJson.reader(), in, name, analysis);
            }
        }
        QualityReport report = analysis.finish();
        assertThat(report.getResults()).allSatisfy(r -> assertThat(r.getFlagged()).as(r.getCheck().getCode()).isZero());
        // they hold calls with envelopes and no grants yet; 901 repeats 900's organisations, so every id is
        // described in both documents, and their names agree
        assertThat(report.result(QualityCheck.GRANTS_OVER_ENVELOPE).getLookedAt()).isPositive();
        assertThat(report.result(QualityCheck.TITLE_TOO_LONG).getLookedAt()).isZero();
        assertThat(report.result(QualityCheck.ID_WITH_SEVERAL_NAMES).getLookedAt())
                .isEqualTo(report.result(QualityCheck.PROBABLY_SAME_ORGANISATION).getLookedAt()).isPositive();
    }

    @Test
    void theReadmeSnippetRuns(@TempDir Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (ExampleDataset example : List.of(ExampleDataset.values()[0], ExampleDataset.values()[1])) {
            Path file = dir.resolve(example.getFileName());
            Files.writeString(file, example.readText());
            files.add(file);
        }
        // as in README.md
        QualityAnalysis analysis = QualityAnalysis.start(QualityOptions.asOf(LocalDate.of(2024, 6, 30)));
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                DocumentQuality.analyse(KichiJson.reader(), in, file.toString(), analysis);
            }
        }
        QualityReport report = analysis.finish();
        String text = QualityReportText.render(report, Locale.forLanguageTag("ky"));
        // seeds 000 and 001: three grants without a place, two long titles (as in the test above)
        assertThat(text).startsWith("документтер: 2, текшерүүлөр: 24; белгиленген объекттер: эскертүүлөр менен 0,"
                + " маалымат менен 5\n");
        assertThat(text).contains(files.get(0) + " /grants/3/coverage: g000-4 гранты:");
    }
}
