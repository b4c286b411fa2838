package kg.kichi.cli.resolve;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import kg.kichi.cli.ExitCode;
import kg.kichi.cli.Io;
import kg.kichi.cli.Options;
import kg.kichi.cli.TerminalText;
import kg.kichi.cli.TextTable;
import kg.kichi.cli.Usage;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.UnitLevel;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import kg.kichi.core.geo.resolve.AddressPart;
import kg.kichi.core.geo.resolve.Candidate;
import kg.kichi.core.geo.resolve.Resolution;
import kg.kichi.core.validation.InvalidModelException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kichi resolve}: what administrative units of Kyrgyzstan a place name may mean, by its gazetteer. */
@Command(name = "resolve",
        description = {
            "Resolves place names to administrative units of Kyrgyzstan.",
            "",
            "Resolves each place name (Kyrgyz, Russian or English) and prints its candidates, best first, with "
                + "level, code and confidence. An ambiguous name lists every candidate; an unknown name prints "
                + "the reason. An address of several parts (\"Нарынская обл., Кочкорский р-н\", in either order) "
                + "resolves to its most specific unit and prints the chain of units its parts name; a "
                + "contradictory address prints why."},
        exitCodeList = {"0:every name resolved (perhaps ambiguously)",
            "1:a name is unknown, an address is contradictory or has a part that could not be placed",
            "2:usage error (e.g. an unknown --within unit)"})
public final class ResolveCommand implements Callable<Integer> {
    private final Io io;
    private final Gazetteer gazetteer = Gazetteers.kyrgyzstan();

    @Spec
    CommandSpec spec;

    @Mixin
    Options.Help help;

    @Option(names = "--within", paramLabel = "CODE",
            description = "rank units inside this unit first, e.g. KG-N or iso3166-2:KG-N")
    String within;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "the place names or addresses")
    List<String> texts;

    /** @param io where to write */
    public ResolveCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        UnitRef context = within == null ? null : unit(within);
        int exit = ExitCode.OK;
        for (String text : texts) {
            Resolution resolution = gazetteer.resolve(text, context);
            String status = resolution.getStatus().name().toLowerCase(Locale.ROOT);
            List<Candidate> candidates = resolution.getCandidates();
            // the mention and whatever quotes it are escaped: an argument cannot forge lines or control the terminal
            if (candidates.isEmpty()) {
                io.out().println(TerminalText.escape(text) + ": " + status + ": "
                        + TerminalText.escape(resolution.getReason().orElse("no unit of that name")));
                exit = ExitCode.PROBLEMS;
                continue;
            }
            io.out().println(TerminalText.escape(text) + ": " + status + ", " + candidates.size()
                    + (candidates.size() == 1 ? " candidate" : " candidates")
                    + resolution.getReason().map(r -> " (" + TerminalText.escape(r) + ")").orElse(""));
            if (resolution.getParts().size() > 1 && !resolution.getChain().isEmpty()) {
                io.out().println("  chain: " + TerminalText.escape(resolution.getChain().stream()
                        .map(u -> name(u) + " (" + u.getLevel().getCode() + ")").collect(Collectors.joining(" > "))));
            }
            if (resolution.getParts().size() > 1) {
                for (AddressPart part : resolution.getParts()) {
                    if (!part.isPlaced()) {
                        io.out().println("  not placed: " + TerminalText.escape("'" + part.getText() + "': "
                                + part.getProblem().orElse("")));
                        exit = ExitCode.PROBLEMS;
                    }
                }
            }
            TextTable table = new TextTable(List.of("code", "level", "name", "within", "match", "confidence"),
                    false, false, false, false, false, true);
            for (Candidate c : candidates) {
                AdministrativeUnit unit = c.getUnit();
                table.row(unit.getRef().toString(), unit.getLevel().getCode(), name(unit), ancestors(unit),
                        c.getMatchedName() + " (" + c.getMatchKind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                                + ")", String.format(Locale.ROOT, "%.2f", c.getConfidence()));
            }
            io.out().print(table.render("  "));
        }
        io.out().flush();
        return exit;
    }

    private UnitRef unit(String code) {
        try {
            UnitRef ref = code.indexOf(':') >= 0 ? UnitRef.parse(code) : UnitRef.iso(code);
            if (gazetteer.find(ref).isPresent()) {
                return ref;
            }
        } catch (InvalidModelException malformed) {
            // reported below
        }
        throw Usage.error(spec, "unknown unit '" + TerminalText.escape(code)
                + "' for --within (use e.g. KG-N or soate:…)");
    }

    private String ancestors(AdministrativeUnit unit) {
        return gazetteer.getAncestors(unit.getRef()).stream()
                .filter(a -> a.getLevel() != UnitLevel.COUNTRY)
                .map(ResolveCommand::name)
                .collect(Collectors.joining(", "));
    }

    /** A unit's name for the command line: English, else the gazetteer's display name. */
    private static String name(AdministrativeUnit unit) {
        return unit.getName("en").orElse(unit.getDisplayName());
    }
}
