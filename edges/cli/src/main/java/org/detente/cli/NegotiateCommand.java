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
import org.detente.model.NegotiationCase;
import org.detente.model.NegotiationRecord;
import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.Clock;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.Ending;
import org.detente.rehearsal.LocalExecutor;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.SessionOptions;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.SessionSpec;
import org.detente.rehearsal.Sessions;
import org.detente.rehearsal.TraceWindow;
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
            "Memory: each party keeps its own copy of the offers (20 bytes an offer);",
            "the table keeps only the offers it shows, --trace and --record the first",
            "--max-offers. A round deadline whose offers cannot fit in half the JVM's",
            "memory is refused before the session starts (exit 4, naming --rounds); a",
            "time deadline lasts its time, or until the offers fill that half if fast",
            "agents get there first (then a line on stderr says so).",
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

    @Option(names = "--trace", paramLabel = "FILE", description = "Write every offer, with every party's utility, to FILE (JSON Lines; the first --max-offers of them).")
    Path trace;

    /**
     * The most offers --trace and --record keep by default: about 45 MB of JSON Lines or 40 MB of
     * YAML on a case of nine issues.
     */
    static final int DEFAULT_MAX_OFFERS = 100_000;

    @Option(names = "--max-offers", paramLabel = "N", defaultValue = "" + DEFAULT_MAX_OFFERS,
            description = "The most offers --trace and --record keep (default ${DEFAULT-VALUE}); a longer session goes on,"
                    + " its trace stops there and the output says so. Refused (exit 4) when N offers could not fit in memory.")
    int maxOffers;

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
        try (IsolationMixin.Started started = isolating.start(spec.commandLine(), registry, agentJars.all(List.of()))) {
            return negotiate(c, mediated, started.registry());
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
        if (maxOffers < 1) {
            throw usage("--max-offers must be at least 1, was " + maxOffers);
        }
        if (show < 0) {
            throw usage("--show must not be negative, was " + show);
        }
        long seed = seedOption == null ? DEFAULT_SEED : seedOption;
        TraceWindow window = window();
        Deadline limit = checkMemory(deadline.deadline(), c.parties().size(), window, kept(), keptBytes(c));
        Scenario scenario = Scenario.prepare(c);
        var sessionSpec = new SessionSpec("negotiate", scenario, agents, limit, seed,
                Duration.ofMillis(actionLimitMillis), mediated ? mediator : "");
        SessionOptions options = SessionOptions.defaults().withTrace(window);
        SessionResult r = actionLimitMillis > 0 ? watched(sessionSpec, registry, window)
                : mediated ? Mediation.run(sessionSpec, options) : Sessions.run(sessionSpec, registry, options);
        boolean stopped = kept() && r.offers() > maxOffers;
        if (limit instanceof Deadline.Time t && r.ending() == Ending.DEADLINE && r.rounds() >= t.maxRounds()) {
            spec.commandLine().getErr().printf(Locale.ROOT, "detente: the session stopped after %,d rounds, before its"
                    + " time deadline: the most whose history fits in half the %,d MiB this JVM may use (give Java more"
                    + " with JAVA_TOOL_OPTIONS=-Xmx… to let it run longer)%n", r.rounds(),
                    Runtime.getRuntime().maxMemory() >> 20);
        }
        if (trace != null) {
            writeTrace(c, r);
        }
        if (record != null) {
            RecordFiles.write(record(c, r, limit, maxOffers), c.domain(), record);
        }
        if (stopped) {
            spec.commandLine().getErr().printf(Locale.ROOT, "detente: %s stopped after %,d offers of the session's %,d"
                    + " (--max-offers %,d; raise it to keep more)%n", kept(trace, record), maxOffers, r.offers(), maxOffers);
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
            if (stopped) {
                node.put("traceStoppedAfter", maxOffers);
            }
            out.println(node.toString());
        } else {
            out.print(SessionText.render(c, r, limit, seed, show));
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

    /** Whether --trace or --record keeps the session's offers (up to --max-offers). */
    private boolean kept() {
        return trace != null || record != null;
    }

    /** What the output names when the kept offers stop short. */
    private static String kept(Path trace, Path record) {
        return trace != null && record != null ? "--trace " + trace + " and --record " + record
                : trace != null ? "--trace " + trace : "--record " + record;
    }

    /**
     * The offers the session keeps: the first --max-offers for --trace and --record, and for the table
     * the first and last halves of --show; nothing else.
     */
    private TraceWindow window() {
        int tail = json ? 0 : show - show / 2;
        int head = kept() ? Math.max(maxOffers, show / 2) : json ? 0 : show / 2;
        return new TraceWindow(head, tail);
    }

    /** A traced offer kept for the table, --trace or --record: the offer and every party's utility. */
    static final long TRACE_BYTES_PER_OFFER = 160;
    /**
     * What --record adds an offer, per issue, while the record's text is built (measured: 100,000 offers
     * of a nine-issue case need 400–600 MiB).
     */
    static final long RECORD_BYTES_PER_ISSUE = 600;

    /** The memory one offer kept for --trace or --record takes. */
    private long keptBytes(NegotiationCase c) {
        return TRACE_BYTES_PER_OFFER + (record != null ? RECORD_BYTES_PER_ISSUE * c.domain().issues().size() : 0);
    }

    /**
     * Refuses, before the session starts, a round deadline whose offers could not fit in memory, and
     * a --max-offers whose trace could not; caps a time deadline at the rounds whose history fits (a
     * fast pair of agents makes millions of offers a second).
     *
     * @param window    what the trace keeps
     * @param kept      whether --trace or --record asked for it (then too many offers name --max-offers)
     * @param keptBytes the memory an offer kept takes
     * @return the deadline to run: {@code deadline}, a time deadline with its cap
     * @throws AnalysisLimitException naming --rounds or --max-offers
     */
    static Deadline checkMemory(Deadline deadline, int parties, TraceWindow window, boolean kept, long keptBytes) {
        long budget = Runtime.getRuntime().maxMemory() / 2;
        long windowBytes = ((long) window.head() + window.tail()) * keptBytes;
        if (kept && windowBytes > budget) {
            throw new AnalysisLimitException(String.format(Locale.ROOT, "--max-offers %,d: keeping that many offers"
                    + " needs about %,d MiB, more than half the %,d MiB this JVM may use; lower --max-offers (at most %,d"
                    + " here)", window.head(), windowBytes >> 20, Runtime.getRuntime().maxMemory() >> 20,
                    Math.max(1, budget / keptBytes - window.tail())));
        }
        if (deadline instanceof Deadline.Time t) {
            return t.fitting(budget - windowBytes, parties);
        }
        long fits = Deadline.roundsThatFit(budget - windowBytes, parties);
        if (!(deadline instanceof Deadline.Rounds r)) {
            throw new AssertionError(deadline);
        }
        long offers = (long) r.rounds() * parties;
        long bytes = Deadline.historyBytes(r.rounds(), parties) + Math.min(offers, (long) window.head() + window.tail()) * keptBytes;
        if (bytes > budget) {
            throw new AnalysisLimitException(String.format(Locale.ROOT, "--rounds %,d: up to %,d offers need about %,d MiB"
                    + " for the parties' copies of the history%s, more than half the %,d MiB this JVM may use;"
                    + " lower --rounds (at most %,d here)", r.rounds(), offers, bytes >> 20,
                    window.keeps() ? " and the trace" : "", Runtime.getRuntime().maxMemory() >> 20, fits));
        }
        return deadline;
    }

    /**
     * With an action limit, the session runs under the executor's watchdog, so that a hanging agent,
     * party or mediator forfeits.
     */
    private SessionResult watched(SessionSpec s, AgentRegistry registry, TraceWindow window)
            throws InterruptedException {
        SessionResult[] out = new SessionResult[1];
        new LocalExecutor(1, Mediation.anyProtocol(registry), Clock.SYSTEM, window)
                .execute(List.of(s), (x, r) -> out[0] = r);
        return out[0];
    }

    /**
     * The session as a record kept by the first party; rounds are recorded when the deadline is in
     * rounds. It holds the first {@code max} offers; when the session made more, the last one's note says so.
     */
    static NegotiationRecord record(NegotiationCase c, SessionResult r, Deadline d, int max) {
        var space = c.domain().outcomeSpace();
        Optional<NegotiationRecord.When> deadline = d instanceof Deadline.Rounds n
                ? Optional.of(new NegotiationRecord.Round(n.rounds())) : Optional.empty();
        List<NegotiationRecord.Offer> offers = new ArrayList<>();
        int kept = Math.min(max, r.trace().size());
        for (int i = 0; i < kept; i++) {
            TracedOffer t = r.trace().get(i);
            Optional<NegotiationRecord.When> when = deadline.isPresent()
                    ? Optional.of(new NegotiationRecord.Round(t.round() + 1L)) : Optional.empty();
            String note = i == kept - 1 && r.offers() > kept ? String.format(Locale.ROOT, "the record stops here:"
                    + " the session went on to %,d offers (--max-offers %,d)", r.offers(), max) : "";
            offers.add(new NegotiationRecord.Offer(c.partyNames().get(t.party()), space.outcome(t.outcome()), when,
                    note));
        }
        return new NegotiationRecord(c.name(), c.partyNames().get(0), c.partyNames().get(1), deadline, offers);
    }

    /** Writes the first --max-offers offers of the trace. */
    private void writeTrace(NegotiationCase c, SessionResult r) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(trace, StandardCharsets.UTF_8)) {
            for (TracedOffer t : r.trace().subList(0, Math.min(maxOffers, r.trace().size()))) {
                w.write(SessionJson.offer(c.domain(), c.partyNames(), r, t).toString());
                w.write('\n');
            }
        }
    }
}
