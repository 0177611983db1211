package org.detente.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.detente.brief.Brief;
import org.detente.brief.BriefFiles;
import org.detente.brief.BriefOptions;
import org.detente.brief.sections.BriefDocument;
import org.detente.formats.casefile.CaseFiles;
import org.detente.formats.casefile.Format;
import org.detente.model.NegotiationCase;
import org.detente.rehearsal.plan.RehearsalReport;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code detente demo}: the bundled example, analysed, rehearsed and briefed. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {
            "Analyse, rehearse and brief the bundled US–Russia example.",
            "",
            "US–Russia nuclear risk reduction (examples/arms-control.yaml): a case",
            "on public facts — New START's limits and inspections, the 1963",
            "hotline, the 1988 launch-notification agreement — with illustrative",
            "preferences. Prints the analysis (frontier, solution points, ZOPA,",
            "what the status quo leaves on the table, trade-offs), the US plan",
            "(opening, target, last offer) and how it fared when rehearsed against",
            "Russias sampled from the US profile of Russia, then writes the",
            "preparation brief (detente brief) and says where it is. The demo",
            "rehearses 50 sampled counterparts and 5 seeds per seat (detente brief:",
            "200 and 10 by default).",
            ""},
        footer = {"",
            "Examples:",
            "  detente demo                        (writes ./detente-brief.html)",
            "  detente demo -o /tmp/brief.md       (Markdown, charts as SVG beside it)",
            "  detente demo --json --no-brief      (the analysis as JSON only)"})
final class DemoCommand implements Callable<Integer> {
    static final String RESOURCE = "/org/detente/cli/examples/arms-control.yaml";
    static final String DEFAULT_BRIEF = "detente-brief.html";
    /** The demo's rehearsal is smaller than {@code detente brief}'s default, to finish in seconds. */
    static final BriefOptions OPTIONS = new BriefOptions(org.detente.analysis.AnalysisOptions.defaults(), 10_000, 50,
            200, 5, 1, Runtime.getRuntime().availableProcessors(), false);

    @Option(names = "--json", description = "Print the analysis as JSON (the brief's path then goes to stderr).")
    boolean json;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = DEFAULT_BRIEF,
            description = "Where to write the brief, .html or .md (default ./${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--no-brief", description = "Analyse only: no rehearsal, no brief written.")
    boolean noBrief;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!noBrief) {
            BriefCommand.checkOutput(spec, output);
        }
        NegotiationCase c = CaseFiles.read("examples/arms-control.yaml", text(), Format.YAML);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!json) {
            out.println("Détente demo — " + c.name());
            if (!c.description().isBlank()) {
                out.println(c.description().strip());
            }
            out.println();
        }
        int code = AnalyzeCommand.report(spec, c, org.detente.analysis.AnalysisOptions.defaults(), Map.of(), "", json, false, 8);
        if (noBrief || code != ExitCode.OK) {
            return code;
        }
        String us = Sides.us(c, null);
        String them = Sides.counterpart(c, us, null, spec);
        Brief b = BriefCommand.compute(c, us, them, OPTIONS, new BriefProgress(err));
        var written = BriefFiles.write(BriefDocument.of(b), output);
        PrintWriter say = json ? err : out;
        if (!json) {
            summary(out, b);
        }
        for (Path p : written.subList(0, written.size() - 1)) {
            say.println("wrote " + p.toAbsolutePath().normalize());
        }
        say.println("The brief: " + output.toAbsolutePath().normalize() + " — open it in a browser"
                + (output.toString().endsWith(".md") ? " or a Markdown viewer" : "") + ".");
        say.flush();
        return ExitCode.OK;
    }

    private static void summary(PrintWriter out, Brief b) {
        out.println();
        var p = b.preparation();
        out.println("Preparation: " + p.us() + ", facing " + p.counterpart());
        p.robustness().asOptional().flatMap(r -> r.plan()).ifPresent(plan -> {
            out.printf(Locale.ROOT, "  opening    u %.3f, accepted by %s of sampled counterparts%n",
                    plan.opening().ourUtility(), Numbers.percent(plan.opening().pAccept()));
            out.printf(Locale.ROOT, "  target     u %.3f, accepted by %s (best expected utility, %.3f)%n",
                    plan.target().ourUtility(), Numbers.percent(plan.target().pAccept()), plan.target().expectedUtility());
            out.printf(Locale.ROOT, "  last offer u %.3f, accepted by %s; below it, no agreement (our alternative, %.3f)%n",
                    plan.lastOffer().ourUtility(), Numbers.percent(plan.lastOffer().pAccept()),
                    b.preparation().robustness().orElseThrow().reservation());
        });
        b.rehearsal().ifComputed(r -> {
            out.println("Rehearsal: " + r.options().sessions() + " counterparts sampled from the profile ("
                    + r.style() + "), " + r.options().rounds() + " rounds");
            for (RehearsalReport.Run run : r.runs()) {
                out.printf(Locale.ROOT, "  %-10s ratifiable deals %s, our mean utility %.3f%n", run.agent(),
                        Numbers.percent(run.viableRate()), run.ours().mean());
            }
        });
        if (!b.pairings().orElse(List.of()).isEmpty()) {
            out.println("Strategist and Improviser, stated preferences, " + b.options().repetitions()
                    + " seeds per seat (mean over agreements):");
        }
        for (var x : b.pairings().orElse(List.of())) {
            out.printf(Locale.ROOT, "  %s vs %s: distance to Pareto %.3f, to Nash %.3f%n", x.first(), x.second(),
                    x.pareto(), x.nash());
        }
        out.println();
    }

    private static String text() throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the bundled example " + RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
