package org.detente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.detente.analysis.Prepare;
import org.detente.analysis.PreparationReport;
import org.detente.analysis.RobustnessOptions;
import org.detente.model.NegotiationCase;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code detente prepare}: zoom in on the counterpart — win-sets, moves, robustness of the plan. */
@Command(name = "prepare", mixinStandardHelpOptions = true,
        description = {
            "Prepare one side for one counterpart: zoom in.",
            "",
            "Two-level acceptability: each side's win-set (what it and all its",
            "domestic ratifiers accept), the packages ratifiable on both sides, and",
            "how much ratification shrinks the ZOPA. Moves: gestures (each",
            "acknowledgement with the disagreement stated beside it, respect,",
            "process, sequencing) ranked with the trade-offs, low cost to the giver",
            "and high value to the receiver first. Robustness: a seeded Monte Carlo",
            "over our beliefs about the counterpart: for each candidate package,",
            "the probability it accepts and our expected utility; the plan: a",
            "concession ladder from the opening through the target to the last",
            "offer, never taking a concession back; the belief that costs the plan",
            "most if wrong. The bottom line comes first.",
            ""},
        footer = {"",
            "Examples:",
            "  detente prepare examples/arms-control.yaml",
            "  detente prepare examples/arms-control.yaml --samples 50000 --seed 7",
            "  detente prepare examples/arms-control.yaml --json > preparation.json",
            "  detente prepare examples/arms-control.yaml --party Russia",
            "      (no Russian profile in the file: its stated preferences, certain)",
            "",
            "Same seed, same numbers, whatever the number of processors.",
            "Exit codes: 0 done · 2 usage · 3 invalid input · 4 a stated limit exceeded"})
final class PrepareCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "A case file, or a domain file and one profile per party.")
    List<Path> files;

    @Mixin
    Sides sides;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "10000",
            description = "Sampled counterparts (default ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--seed", paramLabel = "K", defaultValue = "1", description = "Seed of the Monte Carlo (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--all", description = "Show every move, candidate and belief, not only the first 12 of each.")
    boolean all;

    @Option(names = "--json", description = "Print one JSON object instead of tables.")
    boolean json;

    @Mixin
    InputMixin input;

    @Mixin
    AnalysisMixin analysis;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * A preparation that has run this long says on stderr what it is doing — at a terminal only, so
     * that a script's stderr keeps to one line per problem.
     */
    static final long PROGRESS_AFTER_MILLIS = 2_000;

    @Override
    public Integer call() throws Exception {
        OptionRanges.check(spec, samples, 1, 100_000_000, "--samples");
        NegotiationCase c;
        PreparationReport r;
        try (StillWorking progress = StillWorking.start(spec.commandLine().getErr(), "prepare",
                System.console() != null ? PROGRESS_AFTER_MILLIS : Long.MAX_VALUE)) {
            progress.phase("reading the case");
            c = input.loadEnumerable(files, spec);
            String us = sides.us(c);
            String them = sides.them(c, us, spec);
            r = Prepare.prepare(c, us, them, analysis.options(), RobustnessOptions.of(samples, seed), progress::phase);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? PrepareJson.render(c, r) : PrepareText.render(c, r, all ? Integer.MAX_VALUE : 12));
        out.flush();
        return ExitCode.OK;
    }
}
