package kg.kichi.cli.resolve;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import kg.kichi.cli.Arguments;
import kg.kichi.cli.Command;
import kg.kichi.cli.CommandFailure;
import kg.kichi.cli.ExitCode;
import kg.kichi.cli.Io;
import kg.kichi.cli.TerminalText;
import kg.kichi.cli.TextTable;
import kg.kichi.cli.UsageException;

/** {@code kichi resolve}: what administrative units a place name may mean. */
public final class ResolveCommand implements Command {
    private final PlaceResolver resolver;

    /**
     * Creates the command.
     *
     * @param resolver the gazetteer's resolution
     */
    public ResolveCommand(PlaceResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public String name() {
        return "resolve";
    }

    @Override
    public String summary() {
        return "resolve place names to administrative units of Kyrgyzstan";
    }

    @Override
    public String help() {
        return String.join(System.lineSeparator(),
                "Usage: kichi resolve [--within CODE] TEXT...",
                "",
                "Resolves each place name (Kyrgyz, Russian or English) and prints its candidates,",
                "best first, with level, code and confidence. An ambiguous name lists every candidate;",
                "an unknown name prints the reason. An address of several parts (\"Нарынская обл.,",
                "Кочкорский р-н\", in either order) resolves to its most specific unit and prints the",
                "chain of units its parts name; a contradictory address prints why.",
                "",
                "Options:",
                "  --within CODE     search only inside this unit, e.g. KG-N or iso3166-2:KG-N",
                "  --debug           show stack traces of unexpected errors",
                "  --help            show this help",
                "",
                "Exit codes: 0 every name resolved (perhaps ambiguously), 1 a name is unknown, an",
                "address is contradictory or has a part that could not be placed,",
                "2 usage error (e.g. an unknown --within unit).",
                "");
    }

    @Override
    public Set<String> flags() {
        return Set.of();
    }

    @Override
    public Set<String> options() {
        return Set.of("--within");
    }

    @Override
    public int run(Arguments args, Io io) throws UsageException, CommandFailure {
        if (args.operands().isEmpty()) {
            throw new UsageException("no TEXT given");
        }
        Optional<String> within = args.value("--within");
        int exit = ExitCode.OK;
        for (String text : args.operands()) {
            Resolution resolution;
            try {
                resolution = resolver.resolve(text, within);
            } catch (IllegalArgumentException badWithin) {
                throw new UsageException(badWithin.getMessage());
            }
            List<Candidate> candidates = resolution.candidates();
            if (candidates.isEmpty()) {
                io.out().println(TerminalText.escape(text) + ": " + resolution.status() + ": "
                        + TerminalText.escape(resolution.reason().orElse("no unit of that name")));
                exit = ExitCode.PROBLEMS;
                continue;
            }
            // the mention and whatever quotes it are escaped: an argument cannot forge lines or control the terminal
            io.out().println(TerminalText.escape(text) + ": " + resolution.status() + ", " + candidates.size()
                    + (candidates.size() == 1 ? " candidate" : " candidates")
                    + resolution.reason().map(r -> " (" + TerminalText.escape(r) + ")").orElse(""));
            if (!resolution.chain().isEmpty()) {
                io.out().println("  chain: " + TerminalText.escape(String.join(" > ", resolution.chain())));
            }
            resolution.unplaced().forEach(u -> io.out().println("  not placed: " + TerminalText.escape(u)));
            if (!resolution.unplaced().isEmpty()) {
                exit = ExitCode.PROBLEMS;
            }
            TextTable table = new TextTable(List.of("code", "level", "name", "within", "match", "confidence"),
                    false, false, false, false, false, true);
            candidates.forEach(c -> table.row(c.code(), c.level(), c.name(), c.within(), c.match(), c.confidence()));
            io.out().print(table.render("  "));
        }
        io.out().flush();
        return exit;
    }
}
