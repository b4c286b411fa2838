package kg.kichi.cli.screen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import kg.kichi.cli.CommandFailure;
import kg.kichi.cli.ExitCode;
import kg.kichi.cli.Io;
import kg.kichi.cli.JsonOutput;
import kg.kichi.cli.Options;
import kg.kichi.cli.TerminalText;
import kg.kichi.cli.Usage;
import kg.kichi.cli.validate.DocumentFiles;
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
import kg.kichi.json.InvalidDocumentException;
import kg.kichi.json.Mode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;

/**
 * {@code kichi screen}: screens every application of the documents against its call's effective rule set and prints
 * each verdict: the outcome and every failed, unknown and warning rule (text), or the full verdicts (json).
 */
@Command(name = "screen",
        description = {
            "Screens applications against their call's eligibility rules.",
            "",
            "Reads each document whole and screens every application against the effective rule set of its "
                + "call: the criteria the call states (legal forms, partner kinds, grant size, currency, "
                + "duration, coverage, deadline, implementation period) and its explicit eligibility rules. Each "
                + "application is eligible, ineligible (an error rule fails) or incomplete (no error rule fails "
                + "but a fact is missing). Text lists each application's outcome and every failed, unknown and "
                + "warning rule with its message; json gives the full verdicts and the rules checked (shape in "
                + "docs/cli.md)."},
        exitCodeList = {"0:the screening ran (whatever the verdicts)",
            "1:a document has problems (listed on stderr)", "2:usage or I/O error"})
public final class ScreenCommand implements Callable<Integer> {
    private final Io io;

    @Spec
    CommandSpec spec;

    @Mixin
    Options.Help help;

    @Option(names = "--call", paramLabel = "ID", description = "screen only the applications to this call")
    String callId;

    @Mixin
    Options.Language language;

    @Mixin
    Options.Output output;

    @Option(names = "--rates", paramLabel = "RATES", description = "exchange rates for amounts in other currencies, e.g. "
            + "EUR/KGS=95.00,USD/KGS=87.50 (1 EUR = 95.00 KGS); without a rate such a check is unknown, never guessed")
    String ratesText = "";

    @Mixin
    Options.Strictness strictness;

    @Mixin
    Options.Input input;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "the documents to screen")
    List<String> files;

    /** @param io where to write */
    public ScreenCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Mode mode = strictness.mode();
        Locale locale = language.locale();
        boolean json = output.json();
        ExchangeRates rates = rates(ratesText);
        DocumentFiles reader = input.files(io);
        List<Screened> screened = new ArrayList<>();
        int exit = ExitCode.OK;
        for (String file : files) {
            Catalogue catalogue;
            try {
                catalogue = reader.read(file, mode);
            } catch (CommandFailure failure) {
                io.err().println("kichi screen: " + TerminalText.escape(failure.getMessage()));
                exit = Math.max(exit, ExitCode.USAGE);
                continue;
            } catch (InvalidDocumentException problems) {
                reader.printProblems(file, problems, locale);
                io.err().println("kichi screen: " + TerminalText.escape(file)
                        + " is not a valid Kichi document; not screened");
                exit = Math.max(exit, ExitCode.PROBLEMS);
                continue;
            }
            if (callId != null && catalogue.call(callId).isEmpty()) {
                io.err().println("kichi screen: " + TerminalText.escape(file + " has no call '" + callId
                        + "'; not screened"));
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
    private ExchangeRates rates(String text) {
        ExchangeRates rates = ExchangeRates.none();
        if (text.isBlank()) {
            return rates;
        }
        for (String part : text.split(",", -1)) {
            String item = part.strip();
            int slash = item.indexOf('/');
            int equals = item.indexOf('=');
            if (slash < 0 || equals < slash) {
                throw Usage.error(spec, "--rates wants FROM/TO=RATE items separated by commas, e.g. "
                        + "EUR/KGS=95.00, not '" + item + "'");
            }
            String from = item.substring(0, slash).strip();
            String to = item.substring(slash + 1, equals).strip();
            BigDecimal rate;
            try {
                rate = new BigDecimal(item.substring(equals + 1).strip());
            } catch (NumberFormatException e) {
                throw Usage.error(spec, "--rates: '" + item.substring(equals + 1).strip() + "' is not a number");
            }
            try {
                rates = rates.with(from, to, rate);
            } catch (InvalidModelException e) {
                throw Usage.error(spec, "--rates: " + item + ": " + e.getViolations().get(0).getMessage());
            }
        }
        return rates;
    }

    private static void writeText(Screened s, Locale locale, Io io) {
        // every line escaped: the file name and the values messages quote cannot forge lines or control the terminal
        io.out().println(TerminalText.escape(s.file()) + ": " + s.catalogue().getId() + ", " + s.verdicts().size()
                + " applications");
        for (Verdict v : s.verdicts()) {
            io.out().println(v.getApplication() + "  " + v.getOutcome().getCode());
            for (RuleResult r : v.getResults()) {
                String label = label(r);
                if (label != null) {
                    io.out().println(String.format("  %-8s %s", label, TerminalText.escape(r.getMessage(locale))));
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
