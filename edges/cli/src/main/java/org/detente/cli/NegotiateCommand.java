package org.detente.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.detente.analysis.AnalysisLimitException;
import org.detente.formats.casefile.Format;
import org.detente.formats.casefile.RecordFiles;
import org.detente.isolation.Isolation;
import org.detente.model.NegotiationCase;
import org.detente.model.NegotiationRecord;
import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.Clock;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.LocalExecutor;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.SessionOptions;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.SessionSpec;
import org.detente.rehearsal.Sessions;
import org.detente.rehearsal.TracedOffer;
import org.detente.rehearsal.mediation.Mediation;
import org.detente.rehearsal.mediation.Mediators;
import org.detente.rehearsal.mediation.Respondents;
import org.detente.report.SessionJson;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code detente negotiate}: one rehearsal session between automated agents. */
@Command(name = "negotiate", mixinStandardHelpOptions = true,
        header = "Rehearse: one alternating-offers or mediated session between agents.",
        description = {
            "Rehearse: run one alternating-offers session between automated agents",
            "on a scenario, or (--protocol single-text) one mediated session.",
            "",
            "SCENARIO is a case file, or a GENIUS / GeniusWeb domain followed by",
            "one profile per party (as `detente analyze` takes them). --agents",
            "names one agent per party, in turn order. Built-in agents: boulware,",
            "linear, conceder, hardliner, boulware-frequency, tit-for-tat, random,",
            "improviser, strategist, strategist-bayes; the classic ANAC agents",
            "agentk, hardheaded, cuhkagent, atlas3, nice-tit-for-tat (and any on",
            "the class path). --isolate runs them in child JVMs; --external",
            "NAME=COMMAND adds an agent in any language speaking the agent protocol",
            "(docs/agent-protocol.md).",
            "",
            "Single text: a mediator (--mediator hill-climber, annealer, feedback or",
            "nash-seeker) puts one text at a time to every party, who compare it with",
            "the current text or vote on it; --agents then names how each party",
            "answers: truthful or strategic (vetoes every text below halfway from",
            "its reservation value to its best outcome).",
            ""},
        footer = {"",
            "Examples:",
            "  detente negotiate examples/arms-control.yaml \\",
            "      --agents strategist,improviser --rounds 200 --seed 1",
            "  detente negotiate domain.xml a.xml b.xml \\",
            "      --agents boulware,conceder --time 5s --seed 7 --json",
            "  detente negotiate case.yaml --agents boulware,linear --rounds 100 \\",
            "      --seed 1 --trace offers.jsonl",
            "  detente negotiate examples/arms-control.yaml --agents strategist,boulware \\",
            "      --rounds 100 --seed 1 --record talks.yaml",
            "  detente negotiate examples/arms-control.yaml --agents boulware,py \\",
            "      --external 'py=python3 agents/python/example_agent.py' --rounds 200",
            "  detente negotiate examples/arms-control.yaml --protocol single-text \\",
            "      --mediator nash-seeker --agents truthful,strategic --rounds 200 --seed 1",
            "",
            "A round deadline whose offer log cannot fit in half the JVM's memory is",
            "refused before the session starts (exit 4, naming --rounds).",
            "",
            "Exit codes: 0 done · 2 usage error · 3 invalid input · 4 limit exceeded"})
final class NegotiateCommand implements Callable<Integer> {
    private static final String ALTERNATING = "alternating-offers";
    private static final String SINGLE_TEXT = "single-text";

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "A case file, or a domain file and one profile per party.")
    List<Path> files;

    @Option(names = "--agents", required = true, split = ",", paramLabel = "A,B[,C]", description = "One agent per party, in turn order.")
    List<String> agents;

    @Option(names = "--protocol", defaultValue = ALTERNATING, paramLabel = "P",
            description = "alternating-offers (the default) or single-text (a mediator moves one text).")
    String protocol;

    @Option(names = "--mediator", paramLabel = "NAME",
            description = "With --protocol single-text: hill-climber, annealer, feedback or nash-seeker.")
    String mediator;

    @ArgGroup(exclusive = true, multiplicity = "1")
    DeadlineOptions deadline;

    /** The seed used when none is given. */
    static final long DEFAULT_SEED = 1;

    @Option(names = "--seed", paramLabel = "K",
            description = "Seed of the agents' randomness (default " + DEFAULT_SEED + ", printed on stderr when not given).")
    Long seedOption;

    @Option(names = "--action-limit", paramLabel = "MS", defaultValue = "0",
            description = "Longest one action may take, in milliseconds; 0 (the default) for no limit.")
    long actionLimitMillis;

    @Option(names = "--json", description = "Print one JSON object instead of tables.")
    boolean json;

    @Option(names = "--trace", paramLabel = "FILE", description = "Write every offer, with every party's utility, to FILE (JSON Lines; at most 1,000,000 offers, exit 4 beyond).")
    Path trace;

    @Option(names = "--record", paramLabel = "FILE",
            description = "Write the session as a negotiation record (YAML or JSON by the extension; see docs/record.md):"
                    + " the first party is 'us', the second the counterpart. Two parties only.")
    Path record;

    @Option(names = "--show", defaultValue = "20", paramLabel = "N", description = "Offers to print in the table (default ${DEFAULT-VALUE}: the first and last halves).")
    int show;

    @Mixin
    InputMixin input;

    @Mixin
    AgentJarsMixin agentJars;

    @Mixin
    IsolationMixin isolation;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        boolean mediated = checkProtocol();
        NegotiationCase c = input.loadEnumerable(files, spec);
        AgentRegistry registry = agentJars.registry(List.of());
        IsolationMixin.Isolating isolating = isolation.resolve(spec.commandLine(), false, List.of(), null, null);
        if (mediated && isolating.any()) {
            throw usage("--isolate and --external apply to alternating offers, not to --protocol single-text");
        }
        try (Isolation iso = isolating.any() ? Isolation.start(isolating.limits(), agentJars.all(List.of())) : null) {
            if (iso != null) {
                try {
                    registry = iso.registry(registry, isolating.isolate(), isolating.external());
                } catch (IllegalArgumentException e) {
                    throw usage(e.getMessage());
                }
            }
            return negotiate(c, mediated, registry);
        }
    }

    private int negotiate(NegotiationCase c, boolean mediated, AgentRegistry registry) throws Exception {
        if (mediated) {
            for (String a : agents) {
                if (!Respondents.names().contains(a)) {
                    throw usage("unknown party strategy '" + a + "'; known strategies: "
                            + String.join(", ", Respondents.names()));
                }
            }
        } else if (!AgentJarsMixin.known(registry, agents, "", spec.commandLine().getErr())) {
            return ExitCode.USAGE;
        }
        if (agents.size() != c.parties().size()) {
            throw usage("the scenario has " + c.parties().size()
                    + " parties (" + String.join(", ", c.partyNames()) + ") but " + agents.size() + " agents were named");
        }
        if (record != null && c.parties().size() != 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--record needs two parties, the scenario has "
                    + c.parties().size());
        }
        if (record != null) {
            try {
                Format.of(record);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--record: " + e.getMessage());
            }
        }
        if (actionLimitMillis < 0) {
            throw usage("--action-limit must not be negative");
        }
        long seed = seedOption == null ? DEFAULT_SEED : seedOption;
        checkMemory(deadline.deadline(), c.parties().size(), trace != null || !json);
        Scenario scenario = Scenario.prepare(c);
        var sessionSpec = new SessionSpec("negotiate", scenario, agents, deadline.deadline(), seed,
                Duration.ofMillis(actionLimitMillis), mediated ? mediator : "");
        SessionOptions options = SessionOptions.defaults().withTrace(trace != null || record != null || !json);
        SessionResult r = actionLimitMillis > 0 ? watched(sessionSpec, registry)
                : mediated ? Mediation.run(sessionSpec, options) : Sessions.run(sessionSpec, registry, options);
        if (trace != null) {
            writeTrace(c, r);
        }
        if (record != null) {
            RecordFiles.write(record(c, r, deadline.deadline()), c.domain(), record);
        }
        var out = spec.commandLine().getOut();
        if (json) {
            var node = SessionJson.result(c.domain(), c.partyNames(), r);
            if (mediated) {
                node.put("mediator", mediator);
            } else {
                node.putNull("mediator");
            }
            node.put("scenario", c.name());
            node.put("seed", seed);
            out.println(node.toString());
        } else {
            out.print(SessionText.render(c, r, deadline.deadline(), seed, show));
        }
        out.flush();
        if (seedOption == null) {
            spec.commandLine().getErr().println("detente: seed " + seed + " (the default; --seed K for another session)");
        }
        return ExitCode.OK;
    }

    /** Whether the session is mediated; checks --protocol and --mediator. */
    private boolean checkProtocol() {
        if (!protocol.equals(ALTERNATING) && !protocol.equals(SINGLE_TEXT)) {
            throw usage("unknown protocol '" + protocol + "'; known protocols: " + ALTERNATING + ", " + SINGLE_TEXT);
        }
        boolean mediated = protocol.equals(SINGLE_TEXT);
        if (!mediated && mediator != null) {
            throw usage("--mediator needs --protocol single-text");
        }
        if (mediated && mediator == null) {
            throw usage("--protocol single-text needs --mediator (" + String.join(", ", Mediators.names()) + ")");
        }
        if (mediated && !Mediators.contains(mediator)) {
            throw usage("unknown mediator '" + mediator + "'; known mediators: " + String.join(", ", Mediators.names()));
        }
        return mediated;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** The offer log: 24 bytes an offer, twice that while it grows by doubling. */
    static final long LOG_BYTES_PER_OFFER = 48;
    /** A traced offer kept for the table or --trace: the offer and every party's utility. */
    static final long TRACE_BYTES_PER_OFFER = 160;
    /** The most offers --trace writes (about 300 MB of JSON Lines). */
    static final int MAX_TRACE_OFFERS = 1_000_000;

    /**
     * Refuses a round deadline whose offer log could not fit in memory, before the session starts.
     *
     * @throws AnalysisLimitException naming --rounds
     */
    static void checkMemory(Deadline deadline, int parties, boolean traced) {
        if (!(deadline instanceof Deadline.Rounds r)) {
            return;
        }
        long offers = (long) r.rounds() * parties;
        long bytes = offers * (LOG_BYTES_PER_OFFER + (traced ? TRACE_BYTES_PER_OFFER : 0));
        long budget = Runtime.getRuntime().maxMemory() / 2;
        if (bytes > budget) {
            throw new AnalysisLimitException(String.format(Locale.ROOT, "--rounds %,d: up to %,d offers need about %,d MiB"
                    + " for the offer log%s, more than half the %,d MiB this JVM may use; lower --rounds (at most %,d here)",
                    r.rounds(), offers, bytes >> 20, traced ? " and its trace" : "", Runtime.getRuntime().maxMemory() >> 20,
                    budget / parties / (LOG_BYTES_PER_OFFER + (traced ? TRACE_BYTES_PER_OFFER : 0))));
        }
    }

    /**
     * With an action limit, the session runs under the executor's watchdog, so that a hanging agent,
     * party or mediator forfeits.
     */
    private SessionResult watched(SessionSpec s, AgentRegistry registry) throws InterruptedException {
        SessionResult[] out = new SessionResult[1];
        new LocalExecutor(1, Mediation.anyProtocol(registry), Clock.SYSTEM, trace != null || record != null || !json)
                .execute(List.of(s), (x, r) -> out[0] = r);
        return out[0];
    }

    /** The session as a record kept by the first party; rounds are recorded when the deadline is in rounds. */
    static NegotiationRecord record(NegotiationCase c, SessionResult r, Deadline d) {
        var space = c.domain().outcomeSpace();
        Optional<NegotiationRecord.When> deadline = d instanceof Deadline.Rounds n
                ? Optional.of(new NegotiationRecord.Round(n.rounds())) : Optional.empty();
        List<NegotiationRecord.Offer> offers = new ArrayList<>();
        for (TracedOffer t : r.trace()) {
            Optional<NegotiationRecord.When> when = deadline.isPresent()
                    ? Optional.of(new NegotiationRecord.Round(t.round() + 1L)) : Optional.empty();
            offers.add(new NegotiationRecord.Offer(c.partyNames().get(t.party()), space.outcome(t.outcome()), when,
                    ""));
        }
        return new NegotiationRecord(c.name(), c.partyNames().get(0), c.partyNames().get(1), deadline, offers);
    }

    private void writeTrace(NegotiationCase c, SessionResult r) throws IOException {
        if (r.trace().size() > MAX_TRACE_OFFERS) {
            throw new AnalysisLimitException(String.format(Locale.ROOT, "--trace %s: the session made %,d offers;"
                    + " a trace holds at most %,d (nothing written): set a --rounds deadline of at most %,d",
                    trace, r.trace().size(), MAX_TRACE_OFFERS, MAX_TRACE_OFFERS / c.parties().size()));
        }
        try (BufferedWriter w = Files.newBufferedWriter(trace, StandardCharsets.UTF_8)) {
            for (TracedOffer t : r.trace()) {
                w.write(SessionJson.offer(c.domain(), c.partyNames(), r, t).toString());
                w.write('\n');
            }
        }
    }
}
