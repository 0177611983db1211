package org.detente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.detente.brief.Brief;
import org.detente.brief.BriefFiles;
import org.detente.brief.BriefOptions;
import org.detente.brief.sections.BriefDocument;
import org.detente.model.NegotiationCase;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code detente brief}: the preparation brief, as one HTML page or Markdown with SVG charts. */
@Command(name = "brief", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Write the preparation brief (HTML or Markdown, with charts).",
        description = {
            "Write the preparation brief for one side facing one counterpart.",
            "",
            "Five sections. Zoom out: each side's priorities and alternatives, the",
            "agreement space with its frontier and ZOPA, what the status quo leaves",
            "on the table. Zoom in: our profile of the counterpart, the evidence,",
            "what each side can ratify at home. Moves: low-cost, high-value trades",
            "and gestures, every acknowledgement beside its disagreement. Plan:",
            "opening, target, last offer, the concession ladder, sequencing, and",
            "the plan rehearsed against counterparts sampled from the profile.",
            "Risks: no deal, ratification, what a wrong belief costs.",
            "",
            "-o brief.html writes one self-contained page (inline style, charts as",
            "inline SVG, nothing fetched: it opens offline). -o brief.md writes",
            "Markdown with each chart as an SVG file beside it (brief-frontier.svg,",
            "…). Nothing is written until everything is computed; no partial brief",
            "is ever left behind.",
            ""},
        footer = {"",
            "Examples:",
            "  detente brief examples/arms-control.yaml -o brief.html",
            "  detente brief examples/arms-control.yaml -o brief.md --seed 7",
            "  detente brief case.yaml -o b.html --party Buyer --counterpart Seller",
            "  detente brief examples/arms-control.yaml -o brief.html --mediated",
            "  detente brief case.yaml -o b.html --samples 2000 --sessions 50",
            "      (quicker, rougher: fewer samples and rehearsed counterparts)",
            "",
            "Same seed, same brief, whatever the number of processors.",
            "Progress goes to stderr. Exit codes: 0 done · 2 usage · 3 invalid",
            "input (one line naming the file and field) · 4 a stated limit exceeded"})
final class BriefCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "A case file, or a domain file and one profile per party.")
    List<Path> files;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "Where to write the brief: a .html or a .md file.")
    Path output;

    @Mixin
    Sides sides;

    @Option(names = "--seed", paramLabel = "K", defaultValue = "1",
            description = "Seed of every random choice (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "10000",
            description = "Counterparts sampled for the robustness analysis (default ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--sessions", paramLabel = "N", defaultValue = "200",
            description = "Sampled counterparts met in the rehearsal, each by the plan and by the Strategist (default ${DEFAULT-VALUE}).")
    int sessions;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "200",
            description = "Rounds before the deadline of each rehearsed session (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--repetitions", paramLabel = "N", defaultValue = "10",
            description = "Seeds per seat of each Strategist / Improviser pairing (default ${DEFAULT-VALUE}).")
    int repetitions;

    @Option(names = "--mediated", description = "Add a section for a party that will face a mediator: what to confide,"
            + " what a strategic veto costs, which texts to expect.")
    boolean mediated;

    @Mixin
    InputMixin input;

    @Mixin
    AnalysisMixin analysis;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OptionRanges.check(spec, repetitions, 1, 10_000, "--repetitions");
        BriefOptions o = options(spec, samples, sessions, rounds, seed).withAnalysis(analysis.options())
                .withRepetitions(repetitions).withMediation(mediated);
        checkOutput(spec, output);
        NegotiationCase c = input.loadEnumerable(files, spec);
        String us = sides.us(c);
        String them = sides.them(c, us, spec);
        PrintWriter out = spec.commandLine().getOut();
        for (Path p : write(c, us, them, o, output, new BriefProgress(spec.commandLine().getErr()))) {
            out.println("wrote " + p);
        }
        out.flush();
        return ExitCode.OK;
    }

    /** The brief options, or a usage error naming the option out of range. */
    static BriefOptions options(CommandLine.Model.CommandSpec spec, int samples, int sessions, int rounds, long seed) {
        OptionRanges.check(spec, samples, 1, 100_000_000, "--samples");
        OptionRanges.check(spec, sessions, 1, 100_000, "--sessions");
        OptionRanges.check(spec, rounds, 1, 100_000, "--rounds");
        return BriefOptions.defaults().with(samples, sessions, rounds, seed);
    }

    /** A usage error unless {@code output} names a .html or a .md file. */
    static void checkOutput(CommandLine.Model.CommandSpec spec, Path output) {
        if (!BriefFiles.supported(output)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "-o must name a .html or a .md file, was '" + output + "'");
        }
    }

    /** Computes the brief of {@code us} facing {@code them}, its progress shown on {@code progress}. */
    static Brief compute(NegotiationCase c, String us, String them, BriefOptions o, BriefProgress progress) {
        Brief b = Brief.prepare(c, us, them, o, progress);
        progress.finish();
        return b;
    }

    /** Computes the brief and writes it; returns the files written. */
    static List<Path> write(NegotiationCase c, String us, String them, BriefOptions o, Path output,
                            BriefProgress progress) throws java.io.IOException {
        return BriefFiles.write(BriefDocument.of(compute(c, us, them, o, progress)), output);
    }
}
