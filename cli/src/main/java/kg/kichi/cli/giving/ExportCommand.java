package kg.kichi.cli.giving;

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
import kg.kichi.cli.validate.DocumentFiles;

/** {@code kichi export-360giving}: writes a dataset as a 360Giving package. */
public final class ExportCommand implements Command {
    private final Toolkit toolkit;

    /**
     * Creates the command.
     *
     * @param toolkit the reader and exporter to use
     */
    public ExportCommand(Toolkit toolkit) {
        this.toolkit = toolkit;
    }

    @Override
    public String name() {
        return "export-360giving";
    }

    @Override
    public String summary() {
        return "write a dataset's grants as a 360Giving package to stdout";
    }

    @Override
    public String help() {
        return String.join(System.lineSeparator(),
                "Usage: kichi export-360giving FILE",
                "",
                "Writes the grants of a Kichi document as a 360Giving data package (JSON) to stdout.",
                "360Giving requires, for each grant, fields Kichi may lack (such as the amount awarded",
                "and the award date); when any grant lacks one, nothing is written to stdout and each such",
                "grant gets one line on stderr naming what is missing.",
                "",
                "Options:",
                "  --debug           show stack traces of unexpected errors",
                "  --help            show this help",
                "",
                "Exit codes: 0 package written, 1 the document is invalid or grants lack required fields,",
                "2 usage or I/O error.",
                "");
    }

    @Override
    public Set<String> flags() {
        return Set.of();
    }

    @Override
    public Set<String> options() {
        return Set.of();
    }

    @Override
    public int run(Arguments args, Io io) throws UsageException, CommandFailure {
        if (args.operands().size() != 1) {
            throw new UsageException(args.operands().isEmpty() ? "no FILE given" : "give exactly one FILE");
        }
        List<Document> documents = new DocumentFiles(toolkit.reader(), io).readValid(args.operands(), Locale.ENGLISH);
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
