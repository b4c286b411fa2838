package kg.kichi.cli.quality;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import kg.kichi.cli.Arguments;
import kg.kichi.cli.Command;
import kg.kichi.cli.CommandFailure;
import kg.kichi.cli.ExitCode;
import kg.kichi.cli.Io;
import kg.kichi.cli.JsonOutput;
import kg.kichi.cli.TerminalText;
import kg.kichi.cli.UsageException;
import kg.kichi.core.quality.QualityAnalysis;
import kg.kichi.core.quality.QualityOptions;
import kg.kichi.core.quality.QualityReport;
import kg.kichi.core.quality.QualityReportText;
import kg.kichi.core.quality.Severity;
import kg.kichi.examples.ExampleDataset;
import kg.kichi.json.InvalidDocumentException;
import kg.kichi.json.KichiJson;
import kg.kichi.json.KichiReader;
import kg.kichi.json.Mode;
import kg.kichi.json.quality.DocumentQuality;
import kg.kichi.json.quality.QualityReportJson;

/**
 * {@code kichi quality}: the data-quality report over one or more documents checked together. Each document is
 * validated and checked in one streaming pass; the identity checks compare the organisations of all of them.
 */
public final class QualityCommand implements Command {
    private static final List<String> LANGUAGES = List.of("en", "ru", "ky");
    private static final List<String> FORMATS = List.of("text", "json");
    private static final List<String> LEVELS = List.of("warning", "info");

    @Override
    public String name() {
        return "quality";
    }

    @Override
    public String summary() {
        return "report what is valid but probably wrong or incomplete, within and across documents";
    }

    @Override
    public String help() {
        return String.join(System.lineSeparator(),
                "Usage: kichi quality [--strict|--lenient] [--lang en|ru|ky] [--format text|json]",
                "                     [--fail-on warning|info] [--published YYYY-MM-DD] (--examples | FILE...)",
                "",
                "Validates each document and runs the data-quality checks over all of them together:",
                "zero amounts, implausible dates, awards before the deadline or after the project ended,",
                "grants over their call's envelope or planned number, reported results that disagree",
                "with the grants and applications present, grants outside the eligible area or grant",
                "size, grants on applications that were not awarded, one organisation id under names",
                "that do not match, and several ids that are probably one organisation. For each check:",
                "how many objects it looked at, how many it flagged, and the first findings with their",
                "JSON Pointers. The checks are listed in docs/cli.md.",
                "",
                "Options:",
                "  --examples        check the bundled example datasets instead of files",
                "  --strict          unknown members are errors (the default)",
                "  --lenient         unknown members are kept, not reported",
                "  --lang LANG       language of titles and messages: en (default), ru or ky",
                "  --format FORMAT   text (default) or json (shape in docs/cli.md)",
                "  --fail-on LEVEL   exit 1 when a check of that severity or above flagged something:",
                "                    warning, or info (warnings and info)",
                "  --published DATE  when the data was published (default: today): awards after it and",
                "                    dates more than 10 years after it are flagged",
                "  --debug           show stack traces of unexpected errors",
                "  --help            show this help",
                "",
                "Exit codes: 0 the report was written (and, with --fail-on, nothing at that level found),",
                "1 a document is invalid (its problems on stderr, no report) or --fail-on found something,",
                "2 usage or I/O error.",
                "");
    }

    @Override
    public Set<String> flags() {
        return Set.of("--examples", "--strict", "--lenient");
    }

    @Override
    public Set<String> options() {
        return Set.of("--lang", "--format", "--fail-on", "--published");
    }

    @Override
    public int run(Arguments args, Io io) throws UsageException, CommandFailure {
        if (args.has("--strict") && args.has("--lenient")) {
            throw new UsageException("--strict and --lenient exclude each other");
        }
        Locale locale = Locale.forLanguageTag(args.choice("--lang", LANGUAGES));
        boolean json = args.choice("--format", FORMATS).equals("json");
        Optional<Severity> failOn = args.value("--fail-on").isPresent()
                ? Severity.fromCode(args.choice("--fail-on", LEVELS)) : Optional.empty();
        LocalDate published = published(args);
        boolean examples = args.has("--examples");
        if (examples && !args.operands().isEmpty()) {
            throw new UsageException("give either --examples or FILEs, not both");
        }
        if (!examples && args.operands().isEmpty()) {
            throw new UsageException("no FILE given (or use --examples)");
        }
        KichiReader reader = KichiJson.reader().withMode(args.has("--lenient") ? Mode.LENIENT : Mode.STRICT);
        QualityOptions options = QualityOptions.asOf(published);
        QualityAnalysis analysis = QualityAnalysis.start(options);
        List<String> invalid = new ArrayList<>();
        if (examples) {
            for (ExampleDataset example : ExampleDataset.values()) {
                try (InputStream in = example.openStream()) {
                    analysis = analyse(reader, in, example.getFileName(), analysis, options, invalid, io, locale);
                } catch (IOException e) {
                    throw new CommandFailure("cannot read the bundled example " + example.getFileName(), e);
                }
            }
        } else {
            for (String file : args.operands()) {
                analysis = analyseFile(reader, file, analysis, options, invalid, io, locale);
            }
        }
        if (!invalid.isEmpty()) {
            throw new CommandFailure("not a valid Kichi document: " + String.join(", ", invalid)
                    + " (no report; run kichi validate for details)", null, ExitCode.PROBLEMS);
        }
        QualityReport report = analysis.finish();
        if (json) {
            JsonOutput.write(QualityReportJson.toJson(report, locale), io.out());
        } else {
            io.out().print(QualityReportText.render(report, locale, TerminalText::escape));
            io.out().flush();
        }
        if (failOn.isPresent() && report.hasFindings(failOn.get())) {
            return ExitCode.PROBLEMS;
        }
        return ExitCode.OK;
    }

    private static LocalDate published(Arguments args) throws UsageException {
        if (args.value("--published").isEmpty()) {
            return LocalDate.now();
        }
        String text = args.value("--published").get();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException bad) {
            throw new UsageException("--published needs a date as YYYY-MM-DD, not " + text);
        }
    }

    private static QualityAnalysis analyseFile(KichiReader reader, String file, QualityAnalysis analysis,
            QualityOptions options, List<String> invalid, Io io, Locale locale) throws CommandFailure {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException bad) {
            throw new CommandFailure("cannot read " + file + ": not a valid file name", bad);
        }
        if (Files.isDirectory(path)) {
            throw new CommandFailure("cannot read " + file + ": is a directory", null);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            return analyse(reader, in, file, analysis, options, invalid, io, locale);
        } catch (NoSuchFileException missing) {
            throw new CommandFailure("cannot read " + file + ": no such file", missing);
        } catch (AccessDeniedException denied) {
            throw new CommandFailure("cannot read " + file + ": permission denied", denied);
        } catch (IOException failed) {
            throw new CommandFailure("cannot read " + file + ": " + failed.getMessage(), failed);
        }
    }

    /**
     * Streams one document into the analysis. An invalid document's problems go to stderr; the analysis it
     * was fed to is then unusable, so the next documents go to a fresh one, only to be validated.
     */
    private static QualityAnalysis analyse(KichiReader reader, InputStream in, String name, QualityAnalysis analysis,
            QualityOptions options, List<String> invalid, Io io, Locale locale) throws IOException {
        try {
            DocumentQuality.analyse(reader, in, name, analysis);
            return analysis;
        } catch (InvalidDocumentException e) {
            e.getProblems().forEach(p -> io.err().println(TerminalText.escape(name + ":" + p.getPointer() + ": "
                    + p.getCode() + ": " + p.getMessage(locale) + (p.getLine() > 0 ? " (line " + p.getLine()
                    + ", column " + p.getColumn() + ")" : ""))));
            invalid.add(name);
            return QualityAnalysis.start(options);
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        }
    }
}
