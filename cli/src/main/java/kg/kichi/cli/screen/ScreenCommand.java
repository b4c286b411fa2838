package kg.kichi.cli.screen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kg.kichi.cli.Arguments;
import kg.kichi.cli.Command;
import kg.kichi.cli.CommandFailure;
import kg.kichi.cli.ExitCode;
import kg.kichi.cli.Io;
import kg.kichi.cli.JsonOutput;
import kg.kichi.cli.UsageException;
import kg.kichi.cli.validate.DocumentFiles;
import kg.kichi.cli.validate.DocumentReader;
import kg.kichi.cli.validate.ReadResult;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.eligibility.Outcome;
import kg.kichi.core.eligibility.RuleResult;
import kg.kichi.core.eligibility.RuleStatus;
import kg.kichi.core.eligibility.Screening;
import kg.kichi.core.eligibility.Severity;
import kg.kichi.core.eligibility.Verdict;
import kg.kichi.core.money.ExchangeRates;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.EligibilityJson;
import tools.jackson.core.JsonGenerator;

/**
 * {@code kichi screen}: screens every application of the documents against its call's effective rule set and prints
 * each verdict: the outcome and every failed, unknown and warning rule (text), or the full verdicts (json).
 */
public final class ScreenCommand implements Command {
    private static final List<String> LANGUAGES = List.of("en", "ru", "ky");
    private static final List<String> FORMATS = List.of("text", "json");

    private final DocumentReader reader;

    /**
     * Creates the command.
     *
     * @param reader how documents are read
     */
    public ScreenCommand(DocumentReader reader) {
        this.reader = reader;
    }

    @Override
    public String name() {
        return "screen";
    }

    @Override
    public String summary() {
        return "screen applications against their call's eligibility rules";
    }

    @Override
    public String help() {
        return String.join(System.lineSeparator(),
                "Usage: kichi screen [--call ID] [--lang en|ru|ky] [--format text|json] [--rates RATES]",
                "                    [--strict|--lenient] FILE...",
                "",
                "Reads each document whole and screens every application against the effective rule set of",
                "its call: the criteria the call states (legal forms, partner kinds, grant size, currency,",
                "duration, coverage, deadline, implementation period) and its explicit eligibility rules.",
                "Each application is eligible, ineligible (an error rule fails) or incomplete (no error",
                "rule fails but a fact is missing). Text lists each application's outcome and every",
                "failed, unknown and warning rule with its message; json gives the full verdicts and the",
                "rules checked (shape in docs/cli.md).",
                "",
                "Options:",
                "  --call ID         screen only the applications to this call",
                "  --lang LANG       language of the messages: en (default), ru or ky",
                "  --format FORMAT   text (default) or json",
                "  --rates RATES     exchange rates for amounts in other currencies, e.g.",
                "                    EUR/KGS=95.00,USD/KGS=87.50 (1 EUR = 95.00 KGS); without a rate such",
                "                    a check is unknown, never guessed",
                "  --strict          reject unknown members (default)",
                "  --lenient         keep unknown members",
                "  --debug           show stack traces of unexpected errors",
                "  --help            show this help",
                "",
                "Exit codes: 0 the screening ran (whatever the verdicts), 1 a document has problems",
                "(listed on stderr), 2 usage or I/O error.",
                "");
    }

    @Override
    public Set<String> flags() {
        return Set.of("--strict", "--lenient");
    }

    @Override
    public Set<String> options() {
        return Set.of("--call", "--lang", "--format", "--rates");
    }

    @Override
    public int run(Arguments args, Io io) throws UsageException {
        if (args.has("--strict") && args.has("--lenient")) {
            throw new UsageException("--strict and --lenient exclude each other");
        }
        boolean strict = !args.has("--lenient");
        Locale locale = Locale.forLanguageTag(args.choice("--lang", LANGUAGES));
        boolean json = args.choice("--format", FORMATS).equals("json");
        ExchangeRates rates = rates(args.value("--rates").orElse(""));
        String callId = args.value("--call").orElse(null);
        if (args.operands().isEmpty()) {
            throw new UsageException("no FILE given");
        }
        DocumentFiles files = new DocumentFiles(reader, io);
        List<Screened> screened = new ArrayList<>();
        int exit = ExitCode.OK;
        for (String file : args.operands()) {
            ReadResult result;
            try {
                result = files.read(file, strict, locale);
            } catch (CommandFailure failure) {
                io.err().println("kichi screen: " + failure.getMessage());
                exit = Math.max(exit, ExitCode.USAGE);
                continue;
            }
            if (!result.isValid()) {
                result.problems().forEach(p -> io.err().println(p.line(file)));
                io.err().println("kichi screen: " + file + " is not a valid Kichi document; not screened");
                exit = Math.max(exit, ExitCode.PROBLEMS);
                continue;
            }
            Catalogue catalogue = result.catalogue().orElseThrow();
            if (callId != null && catalogue.call(callId).isEmpty()) {
                io.err().println("kichi screen: " + file + " has no call '" + callId + "'; not screened");
                exit = Math.max(exit, ExitCode.USAGE);
                continue;
            }
            Screening screening = Screening.of(catalogue).withExchangeRates(rates);
            List<Verdict> verdicts = callId == null ? screening.screenAll() : screening.screenCall(callId);
            screened.add(new Screened(file, catalogue, screening, verdicts));
        }
        if (json) {
            writeJson(screened, locale, io);
        } else {
            screened.forEach(s -> writeText(s, locale, io));
        }
        io.out().flush();
        return exit;
    }

    /** One document screened. */
    private record Screened(String file, Catalogue catalogue, Screening screening, List<Verdict> verdicts) {
        Map<Outcome, Integer> counts() {
            Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
            for (Outcome o : Outcome.values()) {
                counts.put(o, 0);
            }
            verdicts.forEach(v -> counts.merge(v.getOutcome(), 1, Integer::sum));
            return counts;
        }
    }

    /** Parses {@code EUR/KGS=95.00,USD/KGS=87.5}. */
    static ExchangeRates rates(String text) throws UsageException {
        ExchangeRates rates = ExchangeRates.none();
        if (text.isBlank()) {
            return rates;
        }
        for (String part : text.split(",", -1)) {
            String item = part.strip();
            int slash = item.indexOf('/');
            int equals = item.indexOf('=');
            if (slash < 0 || equals < slash) {
                throw new UsageException("--rates wants FROM/TO=RATE items separated by commas, e.g. "
                        + "EUR/KGS=95.00, not '" + item + "'");
            }
            String from = item.substring(0, slash).strip();
            String to = item.substring(slash + 1, equals).strip();
            BigDecimal rate;
            try {
                rate = new BigDecimal(item.substring(equals + 1).strip());
            } catch (NumberFormatException e) {
                throw new UsageException("--rates: '" + item.substring(equals + 1).strip() + "' is not a number");
            }
            try {
                rates = rates.with(from, to, rate);
            } catch (InvalidModelException e) {
                throw new UsageException("--rates: " + item + ": " + e.getViolations().get(0).getMessage());
            }
        }
        return rates;
    }

    private static void writeText(Screened s, Locale locale, Io io) {
        io.out().println(s.file() + ": " + s.catalogue().getId() + ", " + s.verdicts().size() + " applications");
        for (Verdict v : s.verdicts()) {
            io.out().println(v.getApplication() + "  " + v.getOutcome().getCode());
            for (RuleResult r : v.getResults()) {
                String label = label(r);
                if (label != null) {
                    io.out().println(String.format("  %-8s %s", label, r.getMessage(locale)));
                }
            }
        }
        Map<Outcome, Integer> counts = s.counts();
        io.out().println("eligible " + counts.get(Outcome.ELIGIBLE) + ", ineligible " + counts.get(Outcome.INELIGIBLE)
                + ", incomplete " + counts.get(Outcome.INCOMPLETE));
    }

    /** fail, unknown or warning; null for a line not shown (passed, not applicable). */
    private static String label(RuleResult r) {
        boolean shown = r.getStatus() == RuleStatus.FAIL || r.getStatus() == RuleStatus.UNKNOWN;
        if (!shown) {
            return null;
        }
        return r.getRule().getSeverity() == Severity.WARNING ? "warning" : r.getStatus().getCode();
    }

    private static void writeJson(List<Screened> screened, Locale locale, Io io) {
        try (JsonGenerator out = JsonOutput.generator(io.out())) {
            out.writeStartObject();
            out.writeName("files");
            out.writeStartArray();
            for (Screened s : screened) {
                out.writeStartObject();
                out.writeStringProperty("file", s.file());
                out.writeStringProperty("document", s.catalogue().getId());
                Map<Outcome, Integer> counts = s.counts();
                out.writeName("summary");
                out.writeStartObject();
                for (Outcome o : Outcome.values()) {
                    out.writeNumberProperty(o.getCode(), counts.get(o));
                }
                out.writeEndObject();
                out.writeName("calls");
                out.writeStartArray();
                s.verdicts().stream().map(Verdict::getCall).distinct().forEach(call -> {
                    out.writeStartObject();
                    out.writeStringProperty("call", call);
                    out.writeName("rules");
                    EligibilityJson.writeRules(s.screening().rules(call), out);
                    out.writeEndObject();
                });
                out.writeEndArray();
                out.writeName("verdicts");
                out.writeStartArray();
                for (Verdict v : s.verdicts()) {
                    EligibilityJson.writeVerdict(v, locale, out);
                }
                out.writeEndArray();
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        io.out().println();
    }
}
