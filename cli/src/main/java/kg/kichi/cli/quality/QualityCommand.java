package kg.kichi.cli.quality;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import kg.kichi.cli.CommandFailure;
import kg.kichi.cli.ExitCode;
import kg.kichi.cli.Io;
import kg.kichi.cli.JsonOutput;
import kg.kichi.cli.Options;
import kg.kichi.cli.TerminalText;
import kg.kichi.cli.Usage;
import kg.kichi.cli.validate.DocumentFiles;
import kg.kichi.core.application.Application;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Project;
import kg.kichi.core.quality.QualityAnalysis;
import kg.kichi.core.quality.QualityOptions;
import kg.kichi.core.quality.QualityReport;
import kg.kichi.core.quality.QualityReportText;
import kg.kichi.core.quality.Severity;
import kg.kichi.examples.ExampleDataset;
import kg.kichi.json.InvalidDocumentException;
import kg.kichi.json.Mode;
import kg.kichi.json.quality.QualityReportJson;
import kg.kichi.json.stream.DocumentHandler;
import kg.kichi.json.stream.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kichi quality}: the data-quality report over one or more documents checked together. Each document (a
 * Kichi document or a 360Giving package) is validated and checked in one streaming pass; the identity checks
 * compare the organisations of all of them.
 */
@Command(name = "quality",
        description = {
            "Reports what is valid but probably wrong or incomplete, within and across documents.",
            "",
            "Validates each document and runs the data-quality checks over all of them together: zero amounts, "
                + "implausible dates, awards before the deadline or after the project ended, grants over their "
                + "call's envelope or planned number, reported results that disagree with the grants and "
                + "applications present, grants outside the eligible area or grant size, grants on applications "
                + "that were not awarded, one organisation id under names that do not match, and several ids "
                + "that are probably one organisation. For each check: how many objects it looked at, how many "
                + "it flagged, and the first findings with their JSON Pointers. The checks are listed in "
                + "docs/cli.md."},
        exitCodeList = {"0:the report was written (and, with --fail-on, nothing at that level found)",
            "1:a document is invalid (its problems on stderr, no report) or --fail-on found something",
            "2:usage or I/O error"})
public final class QualityCommand implements Callable<Integer> {
    private static final List<String> LEVELS = List.of("warning", "info");

    private final Io io;

    @Spec
    CommandSpec spec;

    @Mixin
    Options.Help help;

    @Option(names = "--examples", description = "check the bundled example datasets instead of files")
    boolean examples;

    @Mixin
    Options.Strictness strictness;

    @Mixin
    Options.Language language;

    @Mixin
    Options.Output output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "exit 1 when a check of that severity or above flagged something: "
            + "warning, or info (warnings and info)")
    String failOn;

    @Option(names = "--published", paramLabel = "DATE", description = "when the data was published, YYYY-MM-DD (default: today): awards after it and "
            + "dates more than 10 years after it are flagged")
    String published;

    @Mixin
    Options.Input input;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "the documents to check together")
    List<String> files = List.of();

    /** @param io where to write */
    public QualityCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws CommandFailure {
        Mode mode = strictness.mode();
        Locale locale = language.locale();
        boolean json = output.json();
        Optional<Severity> level = failOn == null ? Optional.empty()
                : Severity.fromCode(Usage.choice(spec, "--fail-on", failOn, LEVELS));
        QualityOptions options = QualityOptions.asOf(published());
        if (examples && !files.isEmpty()) {
            throw Usage.error(spec, "give either --examples or FILEs, not both");
        }
        if (!examples && files.isEmpty()) {
            throw Usage.error(spec, "no FILE given (or use --examples)");
        }
        DocumentFiles reader = input.files(io);
        Analysis analysis = new Analysis(options, reader, mode, locale);
        if (examples) {
            for (ExampleDataset example : ExampleDataset.values()) {
                try (InputStream in = example.openStream()) {
                    analysis.document(example.getFileName(), new BufferedInputStream(in));
                } catch (IOException e) {
                    throw new CommandFailure("cannot read the bundled example " + example.getFileName(), e);
                }
            }
        } else {
            for (String file : files) {
                reader.open(file, in -> {
                    analysis.document(file, in);
                    return null;
                });
            }
        }
        if (!analysis.invalid.isEmpty()) {
            throw new CommandFailure("not a valid Kichi document: " + String.join(", ", analysis.invalid)
                    + " (no report; run kichi validate for details)", null, ExitCode.PROBLEMS);
        }
        QualityReport report = analysis.current.finish();
        if (json) {
            JsonOutput.write(QualityReportJson.toJson(report, locale), io.out());
        } else {
            io.out().print(QualityReportText.render(report, locale, TerminalText::escape));
            io.out().flush();
        }
        return level.isPresent() && report.hasFindings(level.get()) ? ExitCode.PROBLEMS : ExitCode.OK;
    }

    private LocalDate published() {
        if (published == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(published);
        } catch (DateTimeParseException bad) {
            throw Usage.error(spec, "--published needs a date as YYYY-MM-DD, not " + TerminalText.escape(published));
        }
    }

    /** The documents streamed into one analysis, and those found invalid. */
    private static final class Analysis {
        final List<String> invalid = new ArrayList<>();
        private final QualityOptions options;
        private final DocumentFiles reader;
        private final Mode mode;
        private final Locale locale;
        QualityAnalysis current;

        Analysis(QualityOptions options, DocumentFiles reader, Mode mode, Locale locale) {
            this.options = options;
            this.reader = reader;
            this.mode = mode;
            this.locale = locale;
            this.current = QualityAnalysis.start(options);
        }

        /**
         * Streams one document into the analysis. An invalid document's problems go to stderr; the analysis it
         * was fed to is then unusable, so the next documents go to a fresh one, only to be validated.
         */
        void document(String name, BufferedInputStream in) throws IOException {
            current.startDocument(name);
            try {
                reader.stream(in, mode, new Feed(current));
                current.endDocument();
            } catch (InvalidDocumentException problems) {
                reader.printProblems(name, problems, locale);
                invalid.add(name);
                current = QualityAnalysis.start(options);
            }
        }
    }

    /**
     * Hands each object to the analysis with its JSON Pointer ({@code /grants/12}) when it has one: the objects of
     * a 360Giving package have none in the model's terms ({@link DocumentFiles#stream}), so their findings name
     * the object and its property ({@code grant 360G-x-1.coverage}) instead.
     */
    private static final class Feed implements DocumentHandler {
        private final QualityAnalysis analysis;

        Feed(QualityAnalysis analysis) {
            this.analysis = analysis;
        }

        @Override
        public void element(Section section, int index, Object value) {
            if (section != Section.REVIEWERS && section != Section.REVIEWS) { // no check looks at them
                feed(section, value, "/" + section.member() + "/" + index);
            }
        }

        @Override
        public void accept(Section section, Object value) {
            feed(section, value, null);
        }

        private void feed(Section section, Object value, String pointer) {
            switch (section) {
                case ORGANISATIONS -> analysis.organisation((Organisation) value, pointer);
                case PROGRAMMES -> analysis.programme((DonorProgramme) value, pointer);
                case PROJECTS -> analysis.project((Project) value, pointer);
                case CALLS -> analysis.call((CallForProposals) value, pointer);
                case APPLICATIONS -> analysis.application((Application) value, pointer);
                case GRANTS -> analysis.grant((Grant) value, pointer);
                default -> {
                    // reviewers and reviews: no quality check looks at them
                }
            }
        }
    }
}
