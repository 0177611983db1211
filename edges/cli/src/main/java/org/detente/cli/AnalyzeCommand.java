package org.detente.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.detente.analysis.Analysis;
import org.detente.analysis.AnalysisOptions;
import org.detente.analysis.Analyzer;
import org.detente.analysis.ValueLeft;
import org.detente.model.Deal;
import org.detente.model.NegotiationCase;
import org.detente.report.AnalysisJson;
import org.detente.report.DealReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code detente analyze}: the zoom-out analysis of a case. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {
            "Analyse a case: frontier, solutions, ZOPA, trade-offs.",
            "",
            "Counts the outcomes; finds the exact Pareto frontier; the Nash,",
            "Kalai–Smorodinsky, egalitarian and max-welfare points; GENIUS's Kalai",
            "and both opposition measures; the ZOPA; the trade-off table; and what",
            "each deal named in the case (or given with --deal) leaves on the table,",
            "naming every red line it crosses and by whom.",
            "",
            "The text opens with a summary (the space, the ZOPA, the solution",
            "points, each deal's verdict), then lists the frontier inside the ZOPA;",
            "--all lists everything (the whole frontier, every improvement whole).",
            "--json always gives every figure.",
            "",
            "Inputs, parties in the order given:",
            "  detente analyze CASE.yaml | CASE.json        (Détente case file)",
            "  detente analyze DOMAIN.xml PROFILE.xml ...   (GENIUS, 2+ profiles)",
            "  detente analyze DOMAIN.json PROFILE.json ... (GeniusWeb, 2+ profiles)",
            "",
            "Linear additive preferences are analysed exactly without enumerating",
            "the outcomes. Others are enumerated up to --max-outcomes, then searched",
            "exactly by branch and bound up to --max-search-nodes; beyond that the",
            "command stops with exit 4 — it never truncates.",
            ""},
        footer = {"",
            "Examples:",
            "  detente analyze examples/arms-control.yaml",
            "  detente analyze examples/arms-control.yaml --all   (every point)",
            "  detente analyze examples/arms-control.yaml --json > analysis.json",
            "  detente analyze examples/arms-control.yaml \\",
            "      --from \"status quo ante\" --deal inspections=10 \\",
            "      --deal missileDefenceTalks=expert-consultations",
            "  detente analyze examples/arms-control.yaml \\",
            "      --from \"status quo ante\" --deal inspections=4",
            "                       (names the United States' red line it crosses)",
            "  detente analyze examples/apartment-lease.yaml --deal rent=1600 \\",
            "      --deal leaseLength=24-months --deal startDate=1-july \\",
            "      --deal deposit=one-month --deal pets=cat-only \\",
            "      --deal smallRepairs=tenant-pays",
            "",
            "Exit codes: 0 done · 2 usage error · 3 invalid input · 4 limit exceeded"})
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "A case file, or a domain file and one profile per party.")
    List<Path> files;

    @Option(names = "--json", description = "Print one JSON object (the machine contract) instead of tables.")
    boolean json;

    @Option(names = "--all", description = "Print everything: the whole frontier (also the points outside the ZOPA), every trade-off, and every improvement as a whole package. By default: a summary, then the first --show frontier points inside the ZOPA, trade-offs and improvements of each deal (as changes from the deal), with a count of the rest.")
    boolean all;

    @Option(names = "--show", defaultValue = "10", paramLabel = "N", description = "How many frontier points, trade-offs and improvements of each deal to print without --all (default ${DEFAULT-VALUE}).")
    int show;

    @Option(names = "--deal", paramLabel = "ISSUE=VALUE", description = "An outcome to examine, one ISSUE=VALUE per issue (repeat the option): the value it leaves on the table and the packages better for every party. The deals named in a case file are examined too.")
    Map<String, String> deal = new LinkedHashMap<>();

    @Option(names = "--from", paramLabel = "DEAL", description = "Start --deal from this deal named in the case: the issues --deal does not name keep its values (e.g. --from \"status quo ante\" --deal inspections=10).")
    String from;

    @Mixin
    AnalysisMixin analysis;

    @Mixin
    InputMixin input;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        NegotiationCase c = input.loadEnumerable(files, spec);
        String note = from == null ? "the outcome given on the command line"
                : "\"" + from + "\" with " + (deal.isEmpty() ? "nothing changed" : String.join(", ",
                deal.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        if (show < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--show must be at least 1, not " + show);
        }
        return report(spec, c, analysis.options(), withBase(c), note, json, all, show);
    }

    /** The --deal values over those of the --from deal, if one is named. */
    private Map<String, String> withBase(NegotiationCase c) {
        if (from == null) {
            return deal;
        }
        Deal base = c.deals().stream().filter(d -> d.name().equals(from)).findFirst()
                .orElseThrow(() -> new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--from names no deal of the case: '" + from + "'; its deals: "
                                + (c.deals().isEmpty() ? "none" : String.join(", ",
                                c.deals().stream().map(d -> "'" + d.name() + "'").toList()))));
        Map<String, String> values = new LinkedHashMap<>(c.domain().labels(base.outcome()));
        values.putAll(deal);
        return values;
    }

    static int report(picocli.CommandLine.Model.CommandSpec spec, NegotiationCase c, AnalysisOptions options,
                      Map<String, String> deal, String dealNote, boolean json, boolean all, int limit) {
        Analysis a = Analyzer.analyze(c, options);
        ValueLeft left = deal.isEmpty() ? null : Analyzer.valueLeft(c, a, c.domain().outcome(deal));
        List<DealReport> deals = new ArrayList<>(AnalysisJson.deals(c, a));
        if (left != null) {
            deals.add(new DealReport("--deal", dealNote, left));
        }
        var out = spec.commandLine().getOut();
        if (json) {
            AnalysisJson.render(out, c.name(), c.domain(), a, left, deals);
            out.print("\n");
        } else {
            out.print(AnalysisText.render(c.name(), c.domain(), a, deals, all, limit));
        }
        out.flush();
        return ExitCode.OK;
    }
}
