package kg.kichi.examples.cli.report;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import kg.kichi.examples.cli.Arguments;
import kg.kichi.examples.cli.Command;
import kg.kichi.examples.cli.CommandFailure;
import kg.kichi.examples.cli.Document;
import kg.kichi.examples.cli.ExitCode;
import kg.kichi.examples.cli.Io;
import kg.kichi.examples.cli.JsonOutput;
import kg.kichi.examples.cli.Toolkit;
import kg.kichi.examples.cli.UsageException;
import kg.kichi.examples.cli.validate.DocumentFiles;

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
                "Usage: kichi report [--format text|json] (--examples | FILE...)",
                "",
                "For each dataset: the number of programmes, projects, calls, applications and grants;",
                "the sum of the stated amounts per currency (and how many grants state none);",
                "grants per first-level unit (ISO 3166-2 code and name), with nationwide and not-stated",
                "grants counted apart. Then every organisation with all its grants across all the",
                "documents given (the same organisation identifier in several documents is one organisation).",
                "",
                "Options:",
                "  --examples        report on the bundled example datasets instead of files",
                "  --format FORMAT   text (default, aligned tables) or json (shape in docs/cli.md)",
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
        return Set.of("--format");
    }

    @Override
    public int run(Arguments args, Io io) throws UsageException, CommandFailure {
        boolean json = args.choice("--format", FORMATS).equals("json");
        boolean examples = args.has("--examples");
        if (examples && !args.operands().isEmpty()) {
            throw new UsageException("give either --examples or FILEs, not both");
        }
        if (!examples && args.operands().isEmpty()) {
            throw new UsageException("no FILE given (or use --examples)");
        }
        List<Document> documents = examples
                ? toolkit.examples().get()
                : new DocumentFiles(toolkit.reader(), io).readValid(args.operands(), Locale.ENGLISH);
        Report report = new ReportBuilder(toolkit.rollUp()).build(documents);
        if (json) {
            JsonOutput.write(ReportJson.toJson(report), io.out());
        } else {
            io.out().print(ReportText.render(report));
            io.out().flush();
        }
        return ExitCode.OK;
    }
}
