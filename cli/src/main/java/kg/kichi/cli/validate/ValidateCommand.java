package kg.kichi.cli.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import kg.kichi.cli.CommandFailure;
import kg.kichi.cli.ExitCode;
import kg.kichi.cli.Io;
import kg.kichi.cli.JsonOutput;
import kg.kichi.cli.Options;
import kg.kichi.cli.TerminalText;
import kg.kichi.cli.Usage;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.InvalidDocumentException;
import kg.kichi.json.Mode;
import kg.kichi.json.ReadLimits;
import kg.kichi.json.stream.DocumentHandler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code kichi validate}: checks documents, streaming, and lists every problem with its JSON Pointer. */
@Command(name = "validate", description = {
    "Checks Kichi JSON documents and 360Giving packages and lists every problem.",
    "",
    "Prints each problem of each document as%n  file:pointer: code: message%nwhere pointer is the JSON Pointer "
        + "of the value at fault. A valid document prints nothing. Documents are streamed: memory does not "
        + "grow with their size."},
        exitCodeList = {"0:every document is valid", "1:a document has problems",
            "2:usage or I/O error (a file that cannot be read)"})
public final class ValidateCommand implements Callable<Integer> {
    private static final DocumentHandler DISCARD = new DocumentHandler() {
    };

    private final Io io;

    @Spec
    CommandSpec spec;

    @Mixin
    Options.Help help;

    @Mixin
    Options.Strictness strictness;

    @Mixin
    Options.Language language;

    @Mixin
    Options.Output output;

    @Mixin
    Options.Input input;

    @Option(names = "--max-document-length", paramLabel = "SIZE",
            description = "the longest document read, in bytes, or with k, m or g (default 1g)")
    String maxDocumentLength;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "the documents to check")
    List<String> files;

    /** @param io where to write */
    public ValidateCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Mode mode = strictness.mode();
        Locale locale = language.locale();
        boolean json = output.json();
        ReadLimits limits = ReadLimits.defaults();
        if (maxDocumentLength != null) {
            limits = limits.withMaxDocumentLength(size(maxDocumentLength));
        }
        DocumentFiles reader = input.files(io, limits);
        int exit = ExitCode.OK;
        ObjectNode report = JsonOutput.object();
        report.put("valid", true);
        report.put("mode", mode == Mode.STRICT ? "strict" : "lenient");
        ArrayNode results = report.putArray("files");
        for (String file : files) {
            ObjectNode entry = results.addObject();
            entry.put("file", file);
            List<DocumentProblem> problems = new ArrayList<>();
            try {
                reader.stream(file, mode, DISCARD);
            } catch (InvalidDocumentException invalid) {
                problems.addAll(invalid.getProblems());
            } catch (CommandFailure failure) {
                fail(entry, failure.getMessage());
                exit = Math.max(exit, ExitCode.USAGE);
                continue;
            } catch (RuntimeException unexpected) {
                // a fault of the library on one file does not drop the results of the others
                fail(entry, "cannot check " + file + ": unexpected error: " + unexpected);
                exit = Math.max(exit, ExitCode.USAGE);
                continue;
            }
            entry.put("valid", problems.isEmpty());
            ArrayNode list = entry.putArray("problems");
            for (DocumentProblem p : problems) {
                if (!json) {
                    io.out().println(DocumentFiles.line(file, p, locale));
                }
                ObjectNode problem = list.addObject();
                problem.put("pointer", p.getPointer());
                problem.put("code", p.getCode());
                problem.put("message", DocumentFiles.message(p, locale));
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

    private void fail(ObjectNode entry, String message) {
        io.err().println("kichi validate: " + TerminalText.escape(message));
        entry.put("valid", false);
        entry.put("error", message);
    }

    /** {@code 1048576}, {@code 512k}, {@code 100m}, {@code 2g}: a positive number of bytes. */
    private long size(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
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
            throw Usage.error(spec, "--max-document-length: not a size: " + TerminalText.escape(text));
        }
    }
}
