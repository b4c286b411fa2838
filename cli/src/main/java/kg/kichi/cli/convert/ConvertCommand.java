package kg.kichi.cli.convert;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import kg.kichi.cli.Arguments;
import kg.kichi.cli.Command;
import kg.kichi.cli.CommandFailure;
import kg.kichi.cli.Document;
import kg.kichi.cli.ExitCode;
import kg.kichi.cli.Io;
import kg.kichi.cli.Toolkit;
import kg.kichi.cli.UsageException;
import kg.kichi.cli.giving.GivingExport;
import kg.kichi.cli.validate.DocumentFiles;
import kg.kichi.cli.validate.Formats;
import kg.kichi.json.KichiJson;

/**
 * {@code kichi convert --to kichi|360giving FILE}: writes a document (Kichi or 360Giving, recognised by content or
 * named by {@code --from}) in the other format to stdout.
 */
public final class ConvertCommand implements Command {
    private static final String TO = "--to";

    private final Toolkit toolkit;

    /** @param toolkit the reader and exporter to use */
    public ConvertCommand(Toolkit toolkit) {
        this.toolkit = toolkit;
    }

    @Override
    public String name() {
        return "convert";
    }

    @Override
    public String summary() {
        return "write a document as a Kichi document or a 360Giving package to stdout";
    }

    @Override
    public String help() {
        return String.join(System.lineSeparator(),
                "Usage: kichi convert [--from kichi|360giving] --to kichi|360giving FILE",
                "",
                "Reads FILE (a Kichi JSON document or a 360Giving JSON package, recognised by its",
                "content unless --from says which) and writes it to stdout in the format --to names.",
                "A 360Giving package becomes a Kichi document whose objects keep every 360Giving member",
                "the model has no place for as \"360Giving:<name>\" members (read it with --lenient);",
                "converting that document --to 360giving gives back the package.",
                "Invalid input: its problems go to stderr and nothing is written.",
                "",
                "Options:",
                "  --from FORMAT     the input's format: kichi or 360giving (default: by content)",
                "  --to FORMAT       the output's format: kichi or 360giving",
                "  --debug           show stack traces of unexpected errors",
                "  --help            show this help",
                "",
                "Exit codes: 0 written, 1 the input is invalid or cannot be written in that format,",
                "2 usage or I/O error.",
                "");
    }

    @Override
    public Set<String> flags() {
        return Set.of();
    }

    @Override
    public Set<String> options() {
        return Set.of(TO);
    }

    @Override
    public int run(Arguments args, Io io) throws UsageException, CommandFailure {
        if (args.value(TO).isEmpty()) {
            throw new UsageException("--to is required: " + String.join(" or ", Formats.ALL));
        }
        String to = args.choice(TO, Formats.ALL);
        if (args.operands().size() != 1) {
            throw new UsageException(args.operands().isEmpty() ? "no FILE given" : "give exactly one FILE");
        }
        List<Document> documents = new DocumentFiles(toolkit.reader(), io).readValid(args.operands(), Locale.ENGLISH);
        if (to.equals(Formats.KICHI)) {
            KichiJson.write(documents.get(0).catalogue(), io.out());
            io.out().println();
            io.out().flush();
            return ExitCode.OK;
        }
        GivingExport export = toolkit.exporter().export(documents.get(0).catalogue());
        if (export.json().isEmpty()) {
            String file = args.operands().get(0);
            export.missing().forEach(line -> io.err().println(file + ": " + line));
            return ExitCode.PROBLEMS;
        }
        io.out().println(export.json().get());
        io.out().flush();
        return ExitCode.OK;
    }
}
