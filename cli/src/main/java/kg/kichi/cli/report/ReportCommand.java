package kg.kichi.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kg.kichi.cli.Arguments;
import kg.kichi.cli.Command;
import kg.kichi.cli.CommandFailure;
import kg.kichi.cli.ExitCode;
import kg.kichi.cli.Io;
import kg.kichi.cli.Toolkit;
import kg.kichi.cli.UsageException;
import kg.kichi.cli.validate.DocumentFiles;
import kg.kichi.cli.validate.WalkResult;

/** {@code kichi report}: counts, sums per currency, grants per region and organisations' grants. */
public final class ReportCommand implements Command {
    private static final List<String> FORMATS = List.of("text", "json");

    private final Toolkit toolkit;

    /**
     * Creates the command.
     *
     * @param toolkit the reader, examples and roll-up to use
     */
    public ReportCommand(Toolkit toolkit) {
        this.toolkit = toolkit;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "summarise datasets: counts, amounts per currency, grants per region, organisations";
    }

    @Override
    public String help() {
        return String.join(System.lineSeparator(),
                "Usage: kichi report [--format text|json] [--lang en|ru|ky] (--examples | FILE...)",
                "",
                "For each dataset: the number of programmes, projects, calls, applications and grants;",
                "the sum of the stated amounts per currency (and how many grants state none);",
                "grants per first-level unit (ISO 3166-2 code and name), with nationwide and not-stated",
                "grants counted apart. Then every organisation with all its grants across all the",
                "documents given (the same organisation identifier in several documents is one organisation).",
                "Grants that cover \"all oblasts\" count under every oblast; a grant in several units counts in",
                "each; grant components show the planned and awarded counts their sources state.",
                "",
                "Options:",
                "  --examples        report on the bundled example datasets instead of files",
                "  --format FORMAT   text (default, aligned tables) or json (shape in docs/cli.md)",
                "  --lang LANG       show titles and names in LANG when the data has them (en default),",
                "                    else in English, Russian, Kyrgyz",
                "  --debug           show stack traces of unexpected errors",
                "  --help            show this help",
                "",
                "Exit codes: 0 report written, 1 a document has problems (listed on stderr),",
                "2 usage or I/O error.",
                "");
    }

    @Override
    public Set<String> flags() {
        return Set.of("--examples");
    }

    @Override
    public Set<String> options() {
        return Set.of("--format", "--lang");
    }

    @Override
    public int run(Arguments args, Io io) throws UsageException, CommandFailure {
        boolean json = args.choice("--format", FORMATS).equals("json");
        boolean examples = args.has("--examples");
        String language = args.choice("--lang", List.of("en", "ru", "ky"));
        if (examples && !args.operands().isEmpty()) {
            throw new UsageException("give either --examples or FILEs, not both");
        }
        if (!examples && args.operands().isEmpty()) {
            throw new UsageException("no FILE given (or use --examples)");
        }
        Report report = examples ? new ReportBuilder(toolkit.rollUp(), language).build(toolkit.examples().get())
                : reportOnFiles(args.operands(), io, language);
        if (json) {
            ReportJson.write(report, io.out());
        } else {
            ReportText.write(report, io.out()::println);
            io.out().flush();
        }
        return ExitCode.OK;
    }

    private Report reportOnFiles(List<String> files, Io io, String language) throws CommandFailure {
        DocumentFiles reader = new DocumentFiles(toolkit.reader(), io);
        ReportBuilder builder = new ReportBuilder(toolkit.rollUp(), language);
        List<String> invalid = new ArrayList<>();
        for (String file : files) {
            WalkResult result = reader.walk(file, false, Locale.ENGLISH, builder.startDataset());
            builder.endDataset(file, result.id().orElse(""),
                    result.title().map(builder::text).orElse(""));
            if (!result.isValid()) {
                result.problems().forEach(p -> io.err().println(p.line(file)));
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
