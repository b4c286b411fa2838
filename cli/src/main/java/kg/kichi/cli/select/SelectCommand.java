package kg.kichi.cli.select;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import kg.kichi.cli.CommandFailure;
import kg.kichi.cli.ExitCode;
import kg.kichi.cli.Io;
import kg.kichi.cli.JsonOutput;
import kg.kichi.cli.Options;
import kg.kichi.cli.TerminalText;
import kg.kichi.cli.Usage;
import kg.kichi.cli.validate.DocumentFiles;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.evaluation.ApplicationScore;
import kg.kichi.core.evaluation.Decision;
import kg.kichi.core.evaluation.ExcludedReview;
import kg.kichi.core.evaluation.Finding;
import kg.kichi.core.evaluation.RankedApplication;
import kg.kichi.core.evaluation.RegionCount;
import kg.kichi.core.evaluation.Selection;
import kg.kichi.core.evaluation.SelectionResult;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import kg.kichi.json.InvalidDocumentException;
import kg.kichi.json.Mode;
import kg.kichi.json.SelectionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;

/**
 * {@code kichi select}: scores, ranks and selects the applications of one call or lot of a document and prints the
 * ranking, the funding line, the reserve list, the regional counts and every decision with its reason (text), or
 * the selection result (json, {@link SelectionJson}).
 */
@Command(name = "select",
        description = {
            "Scores, ranks and selects the applications of a call or lot.",
            "",
            "Reads the document whole and evaluates the applications of one call (or one of its lots) whose "
                + "status is eligible or under evaluation: aggregates their reviews with the call's evaluation "
                + "grid, ranks the passing ones and selects within the envelope, the planned number of grants "
                + "and the regional quotas of the selection policy (the lot's, else the call's, else the "
                + "defaults). Text prints the ranking with totals, the funding line, the reserve list, the "
                + "regional counts against their quotas and every decision with its reason; json gives the "
                + "whole selection result (shape in docs/cli.md)."},
        exitCodeList = {"0:the selection ran",
            "1:the document has problems or cannot be selected on (no grid, no envelope; listed on stderr)",
            "2:usage or I/O error"})
public final class SelectCommand implements Callable<Integer> {
    private final Io io;
    private final Gazetteer gazetteer = Gazetteers.kyrgyzstan();

    @Spec
    CommandSpec spec;

    @Mixin
    Options.Help help;

    @Option(names = "--call", paramLabel = "ID",
            description = "the call; may be left out when one call of the document has a grid")
    String callOption;

    @Option(names = "--lot", paramLabel = "ID",
            description = "select within this lot of the call (its envelope and planned number)")
    String lotId;

    @Mixin
    Options.Language language;

    @Mixin
    Options.Output output;

    @Mixin
    Options.Strictness strictness;

    @Mixin
    Options.Input input;

    @Parameters(index = "0", paramLabel = "FILE", description = "the document")
    String file;

    /** @param io where to write; regional quotas are counted with Kyrgyzstan's gazetteer */
    public SelectCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Mode mode = strictness.mode();
        Locale locale = language.locale();
        boolean json = output.json();
        DocumentFiles reader = input.files(io);
        Catalogue catalogue;
        try {
            catalogue = reader.read(file, mode);
        } catch (CommandFailure failure) {
            io.err().println("kichi select: " + TerminalText.escape(failure.getMessage()));
            return ExitCode.USAGE;
        } catch (InvalidDocumentException problems) {
            reader.printProblems(file, problems, locale);
            io.err().println("kichi select: " + TerminalText.escape(file)
                    + " is not a valid Kichi document; nothing selected");
            return ExitCode.PROBLEMS;
        }
        String callId = callId(catalogue);
        CallForProposals call = catalogue.call(callId).orElseThrow();
        if (lotId != null && call.lot(lotId).isEmpty()) {
            throw Usage.error(spec, "call '" + callId + "' of " + file + " has no lot '" + lotId + "'");
        }
        SelectionResult selection;
        try {
            selection = Selection.of(catalogue, callId, lotId, gazetteer).run();
        } catch (InvalidModelException e) {
            for (Violation v : e.getViolations()) {
                io.err().println(TerminalText.escape(file + ": " + v.getPath() + ": " + v.getMessage(locale)));
            }
            io.err().println("kichi select: " + TerminalText.escape(file) + ": nothing selected");
            return ExitCode.PROBLEMS;
        }
        if (json) {
            try (JsonGenerator out = JsonOutput.generator(io.out())) {
                out.writeStartObject();
                out.writeStringProperty("file", file);
                out.writeStringProperty("document", catalogue.getId());
                out.writeName("selection");
                SelectionJson.write(selection, locale, out);
                out.writeEndObject();
            }
            io.out().println();
        } else {
            writeText(file, catalogue, selection, locale, io);
        }
        io.out().flush();
        return ExitCode.OK;
    }

    private String callId(Catalogue catalogue) {
        if (callOption != null) {
            if (catalogue.call(callOption).isEmpty()) {
                throw Usage.error(spec, file + " has no call '" + callOption + "'");
            }
            return callOption;
        }
        List<String> graded = catalogue.getCalls().stream().filter(c -> c.getEvaluationGrid().isPresent())
                .map(CallForProposals::getId).toList();
        if (graded.size() != 1) {
            throw Usage.error(spec, (graded.isEmpty() ? "no call of " + file + " has an evaluation grid"
                    : "calls " + graded + " of " + file + " have grids") + "; name one with --call");
        }
        return graded.get(0);
    }

    private static void writeText(String file, Catalogue catalogue, SelectionResult r, Locale locale, Io io) {
        // every line escaped: ids, reasons and the file name cannot forge lines or control the terminal
        Consumer<String> out = line -> io.out().println(TerminalText.escape(line));
        out.accept(file + ": " + catalogue.getId() + ", call " + r.getCall() + r.getLot().map(l -> ", lot " + l)
                .orElse("") + ", stage " + r.getStage() + ", " + r.getPolicy().getMode().getCode() + " ("
                + r.getPolicy().getRule().getCode() + ")");
        out.accept("envelope " + r.getEnvelope() + r.getPlannedGrants().map(n -> ", " + n + " grants planned")
                .orElse("") + "; allocated " + r.getAllocated() + ", remaining " + r.getRemaining()
                + r.getShortlistLimit().map(l -> "; shortlist limit " + l).orElse(""));
        out.accept("ranking:");
        for (RankedApplication ranked : r.getRanking()) {
            Decision d = r.decision(ranked.getApplication().getId()).orElseThrow();
            String outcome = d.getOutcome().getCode() + d.getReservePosition().map(p -> " " + p).orElse("");
            out.accept((String.format("  %3d  %-24s %14s  %-12s", ranked.getRank(),
                    ranked.getApplication().getId(), ranked.getKey().toPlainString(), outcome)
                    + d.getAmount().map(a -> " " + a).orElse("")
                    + ranked.getDecidedBy().map(t -> "  (tie broken by " + t.getCode() + ")").orElse(""))
                    .stripTrailing());
        }
        out.accept("funding line: " + r.getFundingLine().map(n -> "rank " + n).orElse("none"));
        List<Decision> reserve = r.getDecisions().stream().filter(d -> d.getReservePosition().isPresent()).toList();
        out.accept("reserve: " + (reserve.isEmpty() ? "none" : String.join(", ", reserve.stream()
                .map(d -> d.getReservePosition().get() + ". " + d.getApplication()).toList())));
        if (!r.getRegions().isEmpty()) {
            out.accept("regions:");
            for (RegionCount c : r.getRegions()) {
                out.accept(String.format("  %-16s selected %d, min %d, max %s, passing %d%s", c.getUnit(),
                        c.getSelected(), c.getMin(), c.getMax().map(String::valueOf).orElse("-"), c.getPassing(),
                        c.isMinimumMet() ? "" : "  MINIMUM NOT MET"));
            }
        }
        out.accept("decisions:");
        for (Decision d : r.getDecisions()) {
            out.accept("  " + d.getApplication() + "  " + d.getMessage(locale));
        }
        List<String> excluded = new java.util.ArrayList<>();
        List<String> divergent = new java.util.ArrayList<>();
        for (ApplicationScore s : r.getScores()) {
            for (ExcludedReview e : s.getExcludedReviews()) {
                excluded.add("  " + s.getApplication() + "  " + e.getMessage(locale));
            }
            if (s.isDivergent()) {
                divergent.add("  " + s.getApplication() + "  reviewers' totals " + s.getReviewerTotals().values()
                        .stream().map(v -> v.stripTrailingZeros().toPlainString()).toList() + " differ by "
                        + s.getSpread().orElseThrow().stripTrailingZeros().toPlainString());
            }
        }
        if (!excluded.isEmpty()) {
            out.accept("reviews not counted:");
            excluded.forEach(out);
        }
        if (!divergent.isEmpty()) {
            out.accept("divergent (needs another reviewer):");
            divergent.forEach(out);
        }
        if (!r.getNotEvaluated().isEmpty()) {
            Map<String, Integer> byStatus = new TreeMap<>();
            for (Finding f : r.getNotEvaluated()) {
                byStatus.merge(f.getArguments().get("status"), 1, Integer::sum);
            }
            out.accept("not evaluated: " + r.getNotEvaluated().size() + " applications by status " + byStatus);
        }
    }
}
