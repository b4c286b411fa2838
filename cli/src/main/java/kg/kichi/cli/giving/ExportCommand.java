package kg.kichi.cli.giving;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import kg.kichi.cli.CommandFailure;
import kg.kichi.cli.ExitCode;
import kg.kichi.cli.Io;
import kg.kichi.cli.Options;
import kg.kichi.cli.TerminalText;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import kg.kichi.core.validation.Violation;
import kg.kichi.json.giving360.Giving360Exporter;
import kg.kichi.json.giving360.MissingFieldsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code kichi export-360giving}: writes a dataset as a 360Giving package with {@link Giving360Exporter}. */
@Command(name = "export-360giving",
        description = {
            "Writes a dataset's grants as a 360Giving package to stdout.",
            "",
            "360Giving requires, for each grant, fields Kichi may lack (such as the amount awarded and the award "
                + "date); when any grant lacks one, nothing is written to stdout and each such grant gets one "
                + "line on stderr naming what is missing."},
        exitCodeList = {"0:package written", "1:the document is invalid or grants lack required fields",
            "2:usage or I/O error"})
public final class ExportCommand implements Callable<Integer> {
    private final Io io;

    @Mixin
    Options.Help help;

    @Mixin
    Options.Input input;

    @Parameters(index = "0", paramLabel = "FILE", description = "the document to export")
    String file;

    /** @param io where to write */
    public ExportCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws CommandFailure {
        Catalogue catalogue = input.files(io).readValid(List.of(file), Locale.ENGLISH).get(0).catalogue();
        return write(catalogue, file, io);
    }

    /**
     * Writes a dataset as a 360Giving package to stdout; units given by SOATE code get the ISO 3166-2 code the
     * gazetteer gives the unit itself (first-level units only: nothing is rolled up or invented).
     *
     * @param catalogue the dataset
     * @param file where it was read from, for the messages
     * @param io where to write
     * @return {@link ExitCode#OK}, or {@link ExitCode#PROBLEMS} when grants lack required fields: nothing is then
     *     written to stdout, and stderr gets one line per such grant
     */
    public static int write(Catalogue catalogue, String file, Io io) {
        Gazetteer gazetteer = Gazetteers.kyrgyzstan();
        Giving360Exporter exporter = Giving360Exporter.builder()
                .isoCodeResolver(unit -> gazetteer.find(unit).flatMap(ExportCommand::isoCode))
                .build();
        String json;
        try {
            json = exporter.toJson(catalogue);
        } catch (MissingFieldsException missing) {
            missingFields(missing).forEach(line -> io.err().println(TerminalText.escape(file + ": " + line)));
            return ExitCode.PROBLEMS;
        }
        io.out().println(json);
        io.out().flush();
        return ExitCode.OK;
    }

    private static Optional<String> isoCode(AdministrativeUnit unit) {
        return unit.getCode(UnitRef.ISO_3166_2).map(UnitRef::getCode);
    }

    /** One line per grant lacking fields, naming them all: {@code grant g-1: missing required …: a, b}. */
    private static List<String> missingFields(MissingFieldsException missing) {
        Map<String, List<String>> fieldsByGrant = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (Violation v : missing.getViolations()) {
            Object grant = v.getArguments().get("grant");
            if (grant == null) {
                lines.add(v.getMessage(Locale.ENGLISH));
                continue;
            }
            String field = String.valueOf(v.getArguments().get("field"));
            if (MissingFieldsException.IMPRECISE.equals(v.getCode())) {
                field += " (a full date is required, only " + v.getArguments().get("value") + " is stated)";
            }
            fieldsByGrant.computeIfAbsent(grant.toString(), k -> new ArrayList<>()).add(field);
        }
        fieldsByGrant.forEach((grant, fields) -> lines.add("grant " + grant
                + ": missing required 360Giving fields: " + String.join(", ", fields)));
        return lines;
    }
}
