package kg.kichi.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import kg.kichi.cli.CommandFailure;
import kg.kichi.cli.Document;
import kg.kichi.cli.ExitCode;
import kg.kichi.cli.Io;
import kg.kichi.cli.Options;
import kg.kichi.cli.Usage;
import kg.kichi.cli.validate.DocumentFiles;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import kg.kichi.json.InvalidDocumentException;
import kg.kichi.json.Mode;
import kg.kichi.json.stream.DocumentHandler;
import kg.kichi.json.stream.DocumentSummary;
import kg.kichi.json.stream.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kichi report}: counts, sums per currency, grants per region and organisations' grants. */
@Command(name = "report",
        description = {
            "Summarises datasets: counts, amounts per currency, grants per region, organisations.",
            "",
            "For each dataset: the number of programmes, projects, calls, applications and grants; the sum of "
                + "the stated amounts per currency (and how many grants state none); grants per first-level unit "
                + "(ISO 3166-2 code and name), with nationwide and not-stated grants counted apart. Then every "
                + "organisation with all its grants across all the documents given (the same organisation "
                + "identifier in several documents is one organisation).",
            "Grants that cover \"all oblasts\" count under every oblast; a grant in several units counts in "
                + "each; grant components show the planned and awarded counts their sources state. Titles and "
                + "names are shown in --lang when the data has them, else in English, Russian or Kyrgyz."},
        exitCodeList = {"0:report written", "1:a document has problems (listed on stderr)",
            "2:usage or I/O error"})
public final class ReportCommand implements Callable<Integer> {
    private final Io io;
    private final Supplier<List<Document>> examples;
    private final RegionRollUp rollUp = new GazetteerRollUp(Gazetteers.kyrgyzstan());

    @Spec
    CommandSpec spec;

    @Mixin
    Options.Help help;

    @Mixin
    Options.Output output;

    @Mixin
    Options.Language language;

    @Mixin
    Options.Input input;

    @Option(names = "--examples", description = "report on the bundled example datasets instead of files")
    boolean examplesWanted;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "the documents to report on")
    List<String> files = List.of();

    /**
     * Creates the command.
     *
     * @param io where to write
     * @param examples the bundled example datasets
     */
    public ReportCommand(Io io, Supplier<List<Document>> examples) {
        this.io = io;
        this.examples = examples;
    }

    @Override
    public Integer call() throws CommandFailure {
        boolean json = output.json();
        String lang = language.code();
        if (examplesWanted && !files.isEmpty()) {
            throw Usage.error(spec, "give either --examples or FILEs, not both");
        }
        if (!examplesWanted && files.isEmpty()) {
            throw Usage.error(spec, "no FILE given (or use --examples)");
        }
        Report report = examplesWanted ? new ReportBuilder(rollUp, lang).build(examples.get())
                : reportOnFiles(lang);
        if (json) {
            ReportJson.write(report, io.out());
        } else {
            ReportText.write(report, io.out()::println);
            io.out().flush();
        }
        return ExitCode.OK;
    }

    private Report reportOnFiles(String lang) throws CommandFailure {
        DocumentFiles reader = input.files(io);
        ReportBuilder builder = new ReportBuilder(rollUp, lang);
        List<String> invalid = new ArrayList<>();
        for (String file : files) {
            DatasetTally tally = builder.startDataset();
            try {
                DocumentSummary summary = reader.stream(file, Mode.LENIENT, new DocumentHandler() {
                    @Override
                    public void accept(Section section, Object value) {
                        tally.accept(value);
                    }
                });
                builder.endDataset(file, summary.getId(), summary.getTitle().map(builder::text).orElse(""));
            } catch (InvalidDocumentException problems) {
                builder.endDataset(file, "", "");
                reader.printProblems(file, problems, Locale.ENGLISH);
                invalid.add(file);
            }
        }
        if (!invalid.isEmpty()) {
            throw new CommandFailure("not a valid Kichi document: " + String.join(", ", invalid)
                    + " (run kichi validate for details)", null, ExitCode.PROBLEMS);
        }
        return builder.report();
    }
}
