package org.detente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.detente.analysis.RobustnessOptions;
import org.detente.formats.any.CaseInputs;
import org.detente.formats.InputException;
import org.detente.formats.casefile.RecordFiles;
import org.detente.formats.genius.GeniusOptions;
import org.detente.model.NegotiationCase;
import org.detente.model.NegotiationRecord;
import org.detente.report.TrackJson;
import org.detente.track.TrackOptions;
import org.detente.track.TrackedCase;
import org.detente.track.Tracking;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code detente track}: at the table, learn the counterpart from its offers and recommend the next move. */
@Command(name = "track", mixinStandardHelpOptions = true,
        header = "At the table: learn the counterpart from its offers; recommend the next offer.",
        description = {
            "Read a negotiation record (docs/record.md): judge every offer with what",
            "we now believe, update our beliefs about the counterpart from its offers,",
            "and recommend the next offer from the plan's concession ladder (never",
            "taking a concession back, never crossing our red lines).",
            "",
            "SCENARIO is a case file, or a GENIUS / GeniusWeb domain and OUR profile",
            "only: then the counterpart starts from an uninformed prior (its true",
            "preferences are never read) and the plan is made against what its offers",
            "reveal. A case with our profile of the counterpart uses the profile's",
            "beliefs as the prior; a case without one, the uninformed prior.",
            ""},
        footer = {"",
            "Examples:",
            "  detente track examples/arms-control.yaml \\",
            "      --record examples/records/arms-control-talks.yaml",
            "  detente track domain.xml ours.xml --record talks.yaml --json",
            "",
            "Same record, same seed, same result.",
            "Exit codes: 0 done · 2 usage error · 3 invalid input · 4 limit exceeded"})
final class TrackCommand implements Callable<Integer> {
    @Parameters(arity = "1..2", paramLabel = "SCENARIO", description = "A case file, or a domain file and our profile.")
    List<Path> files;

    @Option(names = "--record", required = true, paramLabel = "FILE", description = "The negotiation record (YAML or JSON).")
    Path record;

    @Option(names = "--show", defaultValue = "40", paramLabel = "N",
            description = "Offers to print in the table (default ${DEFAULT-VALUE}: the first and last halves; --json has them all).")
    int show;

    @Option(names = "--json", description = "Print one JSON object instead of tables.")
    boolean json;

    @Option(names = "--seed", paramLabel = "K", defaultValue = "1", description = "Seed of the hypotheses and the plan's Monte Carlo (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--hypotheses", paramLabel = "N", defaultValue = "" + TrackOptions.HYPOTHESES,
            description = "Counterparts drawn from the prior and weighed by their offers (default ${DEFAULT-VALUE}).")
    int hypotheses;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "2000",
            description = "Sampled counterparts of the plan's robustness analysis (default ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--rationality", paramLabel = "B", defaultValue = "" + TrackOptions.RATIONALITY,
            description = "β of the offer model (docs/record.md): how sharply offers reveal preferences (default ${DEFAULT-VALUE}).")
    double rationality;

    @Mixin
    InputMixin input;

    @Mixin
    AnalysisMixin analysis;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OptionRanges.check(spec, hypotheses, 1, 1_000_000, "--hypotheses");
        OptionRanges.check(spec, samples, 1, 100_000_000, "--samples");
        OptionRanges.check(spec, show, 0, Integer.MAX_VALUE, "--show");
        if (!(rationality >= 0) || Double.isInfinite(rationality)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rationality must be a finite number ≥ 0");
        }
        if (!Files.isRegularFile(record)) {
            throw new InputException(record, 0, 0, "", Files.exists(record) ? "not a regular file" : "no such file");
        }
        TrackOptions options = new TrackOptions(hypotheses, seed, rationality);
        Tracked t = files.size() == 1 ? fromCase(options) : fromProfile(options);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? TrackJson.render(t.c(), t.record(), t.tracking()) + "\n"
                : TrackText.render(t.c(), t.record(), t.tracking(), show));
        out.flush();
        return ExitCode.OK;
    }

    private record Tracked(NegotiationCase c, NegotiationRecord record, Tracking tracking) {
        Tracked(NegotiationRecord record, TrackedCase t) {
            this(t.c(), record, t.tracking());
        }
    }

    private Tracked fromCase(TrackOptions options) throws InputException, IOException {
        NegotiationCase c = input.load(files, spec);
        NegotiationRecord r = RecordFiles.read(record, RecordFiles.Scenario.of(c));
        return new Tracked(r, TrackedCase.of(c, r, analysis.options(), RobustnessOptions.of(samples, seed), options));
    }

    private Tracked fromProfile(TrackOptions options) throws InputException, IOException {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new InputException(f, 0, 0, "", Files.exists(f) ? "not a regular file" : "no such file");
            }
        }
        CaseInputs.Side side = CaseInputs.readSide(files.get(0), files.get(1),
                input.realIntervals == null ? GeniusOptions.DEFAULT : new GeniusOptions(input.realIntervals));
        var scenario = new RecordFiles.Scenario(List.of(side.domain().name()), side.domain(),
                List.of(side.party().name()));
        NegotiationRecord r = RecordFiles.read(record, scenario);
        return new Tracked(r, TrackedCase.learned(side.domain(), side.party(), r, analysis.options(),
                RobustnessOptions.of(samples, seed), options, null));
    }
}
