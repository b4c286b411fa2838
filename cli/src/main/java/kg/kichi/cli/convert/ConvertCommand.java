package kg.kichi.cli.convert;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import kg.kichi.cli.CommandFailure;
import kg.kichi.cli.ExitCode;
import kg.kichi.cli.Io;
import kg.kichi.cli.Options;
import kg.kichi.cli.Usage;
import kg.kichi.cli.giving.ExportCommand;
import kg.kichi.cli.validate.Format;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.json.KichiJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kichi convert --to kichi|360giving FILE}: writes a document (Kichi or 360Giving, recognised by content or
 * named by {@code --from}) in the format {@code --to} names to stdout.
 */
@Command(name = "convert",
        description = {
            "Writes a document as a Kichi document or a 360Giving package to stdout.",
            "",
            "Reads FILE (a Kichi JSON document or a 360Giving JSON package, recognised by its content unless "
                + "--from says which) and writes it in the format --to names. A 360Giving package becomes a "
                + "Kichi document whose objects keep every 360Giving member the model has no place for as "
                + "\"360Giving:<name>\" members (read it with --lenient); converting that document --to "
                + "360giving gives back the package. Invalid input: its problems go to stderr and nothing is "
                + "written."},
        exitCodeList = {"0:written", "1:the input is invalid or cannot be written in that format",
            "2:usage or I/O error"})
public final class ConvertCommand implements Callable<Integer> {
    private final Io io;

    @Spec
    CommandSpec spec;

    @Mixin
    Options.Help help;

    @Mixin
    Options.Input input;

    @Option(names = "--to", paramLabel = "OUT_FORMAT", required = true, completionCandidates = Options.FormatCandidates.class,
            description = "the output's format: kichi or 360giving")
    String to;

    @Parameters(index = "0", paramLabel = "FILE", description = "the document to convert")
    String file;

    /** @param io where to write */
    public ConvertCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws CommandFailure {
        Format target = Format.of(Usage.choice(spec, "--to", to, Format.codes()));
        Catalogue catalogue = input.files(io).readValid(List.of(file), Locale.ENGLISH).get(0).catalogue();
        if (target == Format.GIVING360) {
            return ExportCommand.write(catalogue, file, io);
        }
        KichiJson.write(catalogue, io.out());
        io.out().println();
        io.out().flush();
        return ExitCode.OK;
    }
}
