package kg.kichi.cli.validate;

import kg.kichi.cli.TerminalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kg.kichi.cli.Arguments;
import kg.kichi.cli.Command;
import kg.kichi.cli.CommandFailure;
import kg.kichi.cli.ExitCode;
import kg.kichi.cli.Io;
import kg.kichi.cli.JsonOutput;
import kg.kichi.cli.UsageException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code kichi validate}: checks documents and lists every problem with its JSON Pointer. */
public final class ValidateCommand implements Command {
    private static final List<String> LANGUAGES = List.of("en", "ru", "ky");
    private static final List<String> FORMATS = List.of("text", "json");

    private final DocumentReader reader;

    /**
     * Creates the command.
     *
     * @param reader how documents are read
     */
    public ValidateCommand(DocumentReader reader) {
        this.reader = reader;
    }

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check Kichi JSON documents and list every problem";
    }

    @Override
    public String help() {
        return String.join(System.lineSeparator(),
                "Usage: kichi validate [--strict|--lenient] [--lang en|ru|ky] [--format text|json] FILE...",
                "",
                "Checks each Kichi JSON document and prints every problem as",
                "  file:pointer: code: message",
                "where pointer is a JSON Pointer to the value at fault.",
                "",
                "Options:",
                "  --strict          unknown members are errors (the default)",
                "  --lenient         unknown members are kept, not reported",
                "  --lang LANG       language of the messages: en (default), ru or ky",
                "  --format FORMAT   text (default) or json (shape in docs/cli.md)",
                "  --max-document-length SIZE",
                "                    the longest document read, in bytes, or with k, m or g (default 1g)",
                "  --debug           show stack traces of unexpected errors",
                "  --help            show this help",
                "",
                "Exit codes: 0 all documents valid, 1 a document has problems, 2 usage or I/O error.",
                "");
    }

    @Override
    public Set<String> flags() {
        return Set.of("--strict", "--lenient");
    }

    @Override
    public Set<String> options() {
        return Set.of("--lang", "--format", "--max-document-length");
    }

    @Override
    public int run(Arguments args, Io io) throws UsageException {
        if (args.has("--strict") && args.has("--lenient")) {
            throw new UsageException("--strict and --lenient exclude each other");
        }
        boolean strict = !args.has("--lenient");
        Locale locale = Locale.forLanguageTag(args.choice("--lang", LANGUAGES));
        boolean json = args.choice("--format", FORMATS).equals("json");
        if (args.operands().isEmpty()) {
            throw new UsageException("no FILE given");
        }
        DocumentReader limited = reader;
        if (args.value("--max-document-length").isPresent()) {
            limited = reader.withMaxDocumentLength(size(args.value("--max-document-length").get()));
        }
        DocumentFiles files = new DocumentFiles(limited, io);
        int exit = ExitCode.OK;
        ObjectNode report = JsonOutput.object();
        report.put("valid", true);
        report.put("mode", strict ? "strict" : "lenient");
        ArrayNode results = report.putArray("files");
        for (String file : args.operands()) {
            ObjectNode entry = results.addObject();
            entry.put("file", file);
            List<Problem> problems = new ArrayList<>();
            try {
                problems.addAll(files.check(file, strict, locale).problems());
            } catch (CommandFailure failure) {
                io.err().println("kichi validate: " + TerminalText.escape(failure.getMessage()));
                entry.put("valid", false);
                entry.put("error", failure.getMessage());
                exit = Math.max(exit, ExitCode.USAGE);
                continue;
            } catch (RuntimeException unexpected) {
                // a fault of the library on one file does not drop the results of the others
                String message = "cannot check " + file + ": unexpected error: " + unexpected;
                io.err().println("kichi validate: " + TerminalText.escape(message));
                entry.put("valid", false);
                entry.put("error", message);
                exit = Math.max(exit, ExitCode.USAGE);
                continue;
            }
            entry.put("valid", problems.isEmpty());
            ArrayNode list = entry.putArray("problems");
            for (Problem p : problems) {
                if (!json) {
                    io.out().println(p.line(file));
                }
                ObjectNode problem = list.addObject();
                problem.put("pointer", p.pointer());
                problem.put("code", p.code());
                problem.put("message", p.message());
            }
            if (!problems.isEmpty()) {
                exit = Math.max(exit, ExitCode.PROBLEMS);
            }
        }
        report.put("valid", exit == ExitCode.OK);
        if (json) {
            JsonOutput.write(report, io.out());
        }
        io.out().flush();
        return exit;
    }

    /** {@code 1048576}, {@code 512k}, {@code 100m}, {@code 2g}: a positive number of bytes. */
    static long size(String text) throws UsageException {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        long unit = 1;
        if (t.endsWith("k") || t.endsWith("m") || t.endsWith("g")) {
            unit = t.endsWith("k") ? 1L << 10 : t.endsWith("m") ? 1L << 20 : 1L << 30;
            t = t.substring(0, t.length() - 1);
        }
        try {
            long n = Long.parseLong(t);
            if (n <= 0 || n > Long.MAX_VALUE / unit) {
                throw new NumberFormatException();
            }
            return n * unit;
        } catch (NumberFormatException e) {
            throw new UsageException("--max-document-length: not a size: " + TerminalText.escape(text));
        }
    }
}
