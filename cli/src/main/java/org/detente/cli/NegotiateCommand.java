package org.detente.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.detente.model.NegotiationCase;
import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.Clock;
import org.detente.rehearsal.LocalExecutor;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.SessionOptions;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.SessionSpec;
import org.detente.rehearsal.Sessions;
import org.detente.rehearsal.TracedOffer;
import org.detente.report.SessionJson;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code detente negotiate}: one rehearsal session between automated agents. */
@Command(name = "negotiate", mixinStandardHelpOptions = true,
        header = "Rehearse: one alternating-offers session between agents.",
        description = {
            "Rehearse: run one alternating-offers session between automated agents",
            "on a scenario.",
            "",
            "SCENARIO is a case file, or a GENIUS / GeniusWeb domain followed by",
            "one profile per party (as `detente analyze` takes them). --agents",
            "names one agent per party, in turn order. Built-in agents: boulware,",
            "linear, conceder, hardliner, boulware-frequency, tit-for-tat, random,",
            "improviser, strategist, strategist-bayes (and any on the class path).",
            ""},
        footer = {"",
            "Examples:",
            "  detente negotiate examples/arms-control.yaml \\",
            "      --agents strategist,improviser --rounds 200 --seed 1",
            "  detente negotiate domain.xml a.xml b.xml \\",
            "      --agents boulware,conceder --time 5s --seed 7 --json",
            "  detente negotiate case.yaml --agents boulware,linear --rounds 100 \\",
            "      --seed 1 --trace offers.jsonl",
            "",
            "Exit codes: 0 done · 2 usage error · 3 invalid input · 4 limit exceeded"})
final class NegotiateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "A case file, or a domain file and one profile per party.")
    List<Path> files;

    @Option(names = "--agents", required = true, split = ",", paramLabel = "A,B[,C]", description = "One agent per party, in turn order.")
    List<String> agents;

    @ArgGroup(exclusive = true, multiplicity = "1")
    DeadlineOptions deadline;

    @Option(names = "--seed", required = true, paramLabel = "K", description = "Seed of the agents' randomness.")
    long seed;

    @Option(names = "--action-limit", paramLabel = "MS", defaultValue = "0",
            description = "Longest one action may take, in milliseconds; 0 (the default) for no limit.")
    long actionLimitMillis;

    @Option(names = "--json", description = "Print one JSON object instead of tables.")
    boolean json;

    @Option(names = "--trace", paramLabel = "FILE", description = "Write every offer, with every party's utility, to FILE (JSON Lines).")
    Path trace;

    @Option(names = "--show", defaultValue = "20", paramLabel = "N", description = "Offers to print in the table (default ${DEFAULT-VALUE}: the first and last halves).")
    int show;

    @Mixin
    InputMixin input;

    @Mixin
    AgentJarsMixin agentJars;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        NegotiationCase c = input.load(files, spec);
        AgentRegistry registry = agentJars.registry(List.of());
        if (!AgentJarsMixin.known(registry, agents, "", spec.commandLine().getErr())) {
            return ExitCode.USAGE;
        }
        if (agents.size() != c.parties().size()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the scenario has " + c.parties().size()
                    + " parties (" + String.join(", ", c.partyNames()) + ") but " + agents.size() + " agents were named");
        }
        if (actionLimitMillis < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--action-limit must not be negative");
        }
        Scenario scenario = Scenario.prepare(c);
        var sessionSpec = new SessionSpec("negotiate", scenario, agents, deadline.deadline(), seed,
                Duration.ofMillis(actionLimitMillis));
        SessionResult r = actionLimitMillis == 0
                ? Sessions.run(sessionSpec, registry, SessionOptions.defaults().withTrace(trace != null || !json))
                : watched(sessionSpec, registry);
        if (trace != null) {
            writeTrace(c, r);
        }
        var out = spec.commandLine().getOut();
        if (json) {
            var node = SessionJson.result(c.domain(), c.partyNames(), r);
            node.put("scenario", c.name());
            node.put("seed", seed);
            out.println(node.toString());
        } else {
            out.print(SessionText.render(c, r, deadline.deadline(), seed, show));
        }
        out.flush();
        return ExitCode.OK;
    }

    /** With an action limit, the session runs under the executor's watchdog, so that a hanging agent forfeits. */
    private SessionResult watched(SessionSpec s, AgentRegistry registry) throws InterruptedException {
        SessionResult[] out = new SessionResult[1];
        new LocalExecutor(1, registry, Clock.SYSTEM, trace != null || !json).execute(List.of(s), (x, r) -> out[0] = r);
        return out[0];
    }

    private void writeTrace(NegotiationCase c, SessionResult r) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(trace, StandardCharsets.UTF_8)) {
            for (TracedOffer t : r.trace()) {
                w.write(SessionJson.offer(c.domain(), c.partyNames(), r, t).toString());
                w.write('\n');
            }
        }
    }
}
