package org.detente.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;

import org.detente.formats.InputException;
import org.detente.isolation.Isolation;
import org.detente.isolation.Launch;
import org.detente.model.Domain;
import org.detente.model.NegotiationCase;
import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.Clock;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.SessionSpec;
import org.detente.rehearsal.mediation.Respondents;
import org.detente.tournament.ResultStore;
import org.detente.tournament.Totals;
import org.detente.tournament.TournamentEngine;
import org.detente.tournament.TournamentPlan;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code detente tournament}: every pairing of agents on every scenario, in parallel, resumable. */
@Command(name = "tournament", mixinStandardHelpOptions = true,
        header = "Run a tournament of agents over scenarios, resumable.",
        description = {
            "Run a tournament: agents × scenarios × role assignments × repetitions,",
            "on every core.",
            "",
            "CONFIG is a YAML file (see examples/tournament.yaml). Results stream into",
            "DIR as sessions finish: sessions.jsonl and sessions.csv (one row per",
            "session, with a stable session id), then summary.csv (per agent). Kill it",
            "at any time and run the same command again: finished sessions are kept",
            "and not rerun. The same seed gives the same results on any number of",
            "threads. An agent that throws, overflows its stack, runs out of memory,",
            "offers something invalid or exceeds the per-action limit forfeits that",
            "session; the tournament goes on.",
            "",
            "isolation: process in the file (or --isolate) runs every agent in a",
            "child process of its own, a JVM, under limits of time and memory: one",
            "that hangs, exits or runs out of memory is killed and forfeits. external:",
            "(or --external NAME=COMMAND) adds agents in any language, speaking the",
            "agent protocol (docs/agent-protocol.md) on their standard input and output.",
            "",
            "With 'protocol: single-text' and 'mediators: [...]' in CONFIG, every",
            "mediator runs every assignment of the agents, which then name party",
            "strategies (truthful, strategic); each record adds 'mediator'. A",
            "mediator that throws, asks an invalid text or exceeds the per-action",
            "limit forfeits its session for no party's fault (docs/mediation.md).",
            "",
            "--engine spark runs the same sessions on Apache Spark: the same results,",
            "row for row, and DIR/sessions.parquet too. It is a separate build, kept",
            "off this command's class path; ./detente builds it on first use. See the",
            "README, \"Running on a cluster\".",
            ""},
        footer = {"",
            "Examples:",
            "  detente tournament examples/tournament.yaml --out results/",
            "  detente tournament examples/tournament.yaml --out results/ --threads 1",
            "  detente tournament examples/tournament.yaml --out results/ --engine spark",
            "  detente tournament t.yaml --out r/ --engine spark --master spark://HOST:7077",
            "  detente tournament t.yaml --out r/ --isolate \\",
            "      --external 'py=python3 agents/python/example_agent.py'",
            "",
            "Exit codes: 0 done · 2 usage error · 3 invalid input · 4 limit exceeded",
            "            5 the engine asked for is not built (the message says how)",
            "            6 the run stopped before it finished (the engine failed, or an",
            "              agent called System.exit): run it again to resume"})
final class TournamentCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CONFIG", description = "The tournament file (YAML).")
    Path config;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where results go (created; resumed if it holds a previous run).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Sessions run at once (default: one per core).")
    Integer threads;

    @Option(names = "--max-sessions", paramLabel = "N", hidden = true, description = "Stop after running N more sessions (to test resuming).")
    Integer maxSessions;

    @Option(names = "--no-progress", description = "Do not draw the progress bar.")
    boolean noProgress;

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = LOCAL,
            description = "Where sessions run: local (this JVM's threads, default) or spark.")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "With --engine spark: local[N] (default: local[*], on 127.0.0.1 only), spark://HOST:PORT or yarn.")
    String master;

    @CommandLine.Mixin
    AgentJarsMixin agentJars;

    @CommandLine.Mixin
    IsolationMixin isolation;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static final String LOCAL = "local";
    /** Lines of warnings about abandoned agents, then a count. */
    private static final int MAX_WARNINGS = 5;

    @Override
    public Integer call() throws Exception {
        Object writes = new Object(); // held while a result is written (and by a halt, see EngineLauncher)
        EngineLauncher.watchLauncher(writes);
        TournamentEngine remote = null;
        if (!engine.equals(LOCAL) && (isolation.isolate || !isolation.external.isEmpty())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--engine " + engine + " runs agents in its own"
                    + " JVMs: --isolate and --external need the local engine");
        }
        if (!engine.equals(LOCAL)) {
            remote = engines().get(engine);
            if (remote == null) {
                return relaunch();
            }
        } else if (master != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--master needs --engine spark");
        }
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        TournamentConfig cfg = TournamentConfig.read(config);
        IsolationMixin.Isolating isolating = isolation.resolve(spec.commandLine(), cfg.isolate(), cfg.external(),
                cfg.sessionLimit(), cfg.agentMemory());
        if (remote != null && isolating.any()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--engine " + engine + " runs agents in its own"
                    + " JVMs: isolated and external agents need the local engine");
        }
        boolean mediated = !cfg.mediators().isEmpty();
        if (mediated && isolating.any()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "isolated and external agents make offers;"
                    + " a single-text tournament's parties answer a mediator in this JVM");
        }
        if (mediated) {
            for (String a : cfg.agents()) {
                if (!Respondents.names().contains(a)) {
                    spec.commandLine().getErr().println("detente: " + config + ": unknown party strategy '" + a
                            + "' for protocol single-text; known strategies: " + String.join(", ", Respondents.names()));
                    return ExitCode.USAGE;
                }
            }
            return run(cfg, agentJars.registry(cfg.agentJars()), remote, null, isolating, writes);
        }
        AgentRegistry registry = agentJars.registry(cfg.agentJars());
        try (IsolationMixin.Started started = isolating.start(spec.commandLine(), registry,
                agentJars.all(cfg.agentJars()))) {
            Isolation iso = started.isolation();
            if (iso != null) {
                spec.commandLine().getErr().println("detente: " + iso.describe(isolating.isolate(),
                        !isolating.external().isEmpty()));
                spec.commandLine().getErr().flush();
            }
            if (!AgentJarsMixin.known(started.registry(), cfg.agents(), config + ": ", spec.commandLine().getErr())) {
                return ExitCode.USAGE;
            }
            return run(cfg, started.registry(), remote, iso, isolating, writes);
        }
    }

    @SuppressWarnings("try") // the run guard is a resource held only for its scope (its shutdown hook)
    private int run(TournamentConfig cfg, AgentRegistry registry, TournamentEngine remote, Isolation iso,
                    IsolationMixin.Isolating isolating, Object writes) throws Exception {
        boolean mediated = !cfg.mediators().isEmpty();
        List<Scenario> scenarios = new ArrayList<>();
        Map<String, Domain> domains = new LinkedHashMap<>();
        Map<String, List<Path>> files = new LinkedHashMap<>();
        int parties = 0;
        InputMixin loader = new InputMixin();
        for (TournamentConfig.ScenarioRef ref : cfg.scenarios()) {
            NegotiationCase c = loader.load(ref.files(), spec);
            scenarios.add(Scenario.prepare(ref.name(), c, Scenario.DEFAULT_MAX_OUTCOMES));
            domains.put(ref.name(), c.domain());
            files.put(ref.name(), ref.files());
            parties = Math.max(parties, c.parties().size());
        }
        org.detente.rehearsal.Deadline deadline = cfg.deadline();
        if (remote == null) {
            deadline = checkMemory(deadline, parties, threads == null ? Runtime.getRuntime().availableProcessors() : threads);
            if (deadline instanceof org.detente.rehearsal.Deadline.Time t) {
                spec.commandLine().getErr().printf(java.util.Locale.ROOT, "detente: each session also stops after %,d"
                        + " rounds if its agents get there before its time: what its parties' histories may hold%n",
                        t.maxRounds());
            }
        }
        List<SessionSpec> plan = TournamentPlan.of(scenarios, cfg.agents(), cfg.mediators(), cfg.repetitions(),
                deadline, cfg.seed(), cfg.actionLimit());
        var err = spec.commandLine().getErr();
        try (ResultStore results = ResultStore.open(out, fingerprint(cfg, isolating), parties, mediated, domains);
             TournamentEngine.Run run = remote == null ? TournamentEngine.local(threads, registry)
                     : remote.start(new TournamentEngine.Settings(master, threads, files, agentJars.all(cfg.agentJars()),
                             EngineLauncher.code()))) {
            List<SessionSpec> todo = results.unfinished(plan);
            for (String d : results.dropped()) {
                err.println("detente: " + d);
            }
            int skipped = plan.size() - todo.size();
            if (skipped > 0) {
                err.println("resuming: " + skipped + " of " + plan.size() + " sessions already finished in " + out);
            }
            if (maxSessions != null && maxSessions < todo.size()) {
                todo = todo.subList(0, Math.max(0, maxSessions));
            }
            Progress progress = noProgress ? null : new Progress(err, plan.size(), skipped, Clock.SYSTEM);
            try (RunGuard guard = RunGuard.install(err, out, iso == null ? () -> { } : iso::close)) {
                run.execute(todo, (s, r) -> {
                    synchronized (writes) {
                        results.accept(s, r);
                    }
                    if (progress != null) {
                        progress.step();
                    }
                });
            }
            if (progress != null) {
                progress.finish();
            }
            List<org.detente.rehearsal.AbandonedAgent> abandoned = run.abandoned();
            for (int i = 0; i < abandoned.size() && i < MAX_WARNINGS; i++) {
                err.println("detente: warning: " + abandoned.get(i).describe() + "; an agent in a JVM cannot be"
                        + " stopped by force: make it answer Thread.interrupt(), or leave it out");
            }
            if (abandoned.size() > MAX_WARNINGS) {
                err.println("detente: warning: and " + (abandoned.size() - MAX_WARNINGS) + " more forfeited agents still run");
            }
            List<org.detente.rehearsal.CappedSession> capped = run.capped();
            if (!capped.isEmpty()) {
                var caps = capped.stream().mapToInt(org.detente.rehearsal.CappedSession::rounds).summaryStatistics();
                err.printf(java.util.Locale.ROOT, "detente: %,d session%s stopped after %s rounds, before %s time"
                        + " deadline: the most %s parties' histories fit in half an executor's memory over its task"
                        + " slots (give the executors more memory to let them run longer)%n", capped.size(),
                        capped.size() == 1 ? "" : "s", caps.getMin() == caps.getMax()
                                ? String.format(java.util.Locale.ROOT, "%,d", caps.getMin())
                                : String.format(java.util.Locale.ROOT, "%,d to %,d", caps.getMin(), caps.getMax()),
                        capped.size() == 1 ? "its" : "their", capped.size() == 1 ? "its" : "their");
            }
            List<Totals> totals = run.summarize(out, cfg.agents(), results.records());
            results.writeSummary(totals);
            List<Totals> byMediator = Totals.ofMediators(cfg.mediators(), results.records());
            if (mediated) {
                results.writeMediatorSummary(byMediator);
            }
            var o = spec.commandLine().getOut();
            o.println(results.records().size() + " of " + plan.size() + " sessions in " + out.resolve(ResultStore.JSONL)
                    + " and " + ResultStore.CSV + "; per agent in " + ResultStore.SUMMARY
                    + (mediated ? ", per mediator in " + ResultStore.MEDIATORS : "")
                    + (remote == null ? "" : " (engine " + remote.name() + ")"));
            TextTable t = new TextTable("agent", "seats", "agreement", "mean utility", "to Pareto", "to Nash", "forfeits");
            for (Totals a : totals) {
                List<String> c = a.cells();
                t.row(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(7));
            }
            o.print(t.render("  "));
            if (mediated) {
                TextTable m = new TextTable("mediator", "sessions", "agreement", "mean utility", "to Pareto", "to Nash",
                        "forfeits");
                for (Totals a : byMediator) {
                    List<String> c = a.cells();
                    m.row(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(7));
                }
                o.print(m.render("  "));
            }
            if (!abandoned.isEmpty()) {
                long cpu = abandoned.stream().mapToLong(a -> Math.max(0, a.cpuNanos())).sum();
                o.printf(java.util.Locale.ROOT, "  %d forfeited agent%s still running (ignored the interrupt), %.1f s of CPU"
                        + " since the forfeits%n", abandoned.size(), abandoned.size() == 1 ? "" : "s", cpu / 1e9);
            }
            o.flush();
        }
        return ExitCode.OK;
    }

    /**
     * Refuses, before any session starts, a round deadline whose sessions — {@code concurrent} at once,
     * each party keeping its copy of the offers — could not fit in half the memory this JVM may use;
     * caps a time deadline at the rounds that fit (fast agents make millions of offers a second).
     *
     * @return the deadline to run: {@code deadline}, a time deadline with its cap
     * @throws AnalysisLimitException naming {@code rounds}
     */
    static org.detente.rehearsal.Deadline checkMemory(org.detente.rehearsal.Deadline deadline, int parties,
                                                      int concurrent) {
        long budget = Runtime.getRuntime().maxMemory() / 2;
        if (deadline instanceof org.detente.rehearsal.Deadline.Time t) {
            return t.fitting(budget / concurrent, parties);
        }
        if (!(deadline instanceof org.detente.rehearsal.Deadline.Rounds r)) {
            throw new AssertionError(deadline);
        }
        long fits = org.detente.rehearsal.Deadline.roundsThatFit(budget / concurrent, parties);
        long perSession = org.detente.rehearsal.Deadline.historyBytes(r.rounds(), parties);
        if (perSession > budget / concurrent) {
            throw new org.detente.analysis.AnalysisLimitException(String.format(java.util.Locale.ROOT, "rounds %,d: a"
                    + " session of %d parties may hold about %,d MiB of offers, and %d run at once, more than half the"
                    + " %,d MiB this JVM may use; lower rounds (at most %,d here) or --threads", r.rounds(), parties,
                    perSession >> 20, concurrent, Runtime.getRuntime().maxMemory() >> 20, fits));
        }
        return deadline;
    }

    /** The engines on the class path, by name. */
    private static Map<String, TournamentEngine> engines() {
        Map<String, TournamentEngine> m = new LinkedHashMap<>();
        for (TournamentEngine e : ServiceLoader.load(TournamentEngine.class)) {
            m.putIfAbsent(e.name(), e);
        }
        return m;
    }

    /** Runs this command again in a JVM that has the engine's module (see {@link EngineLauncher}). */
    private int relaunch() throws Exception {
        if (!engine.matches("[a-z][a-z0-9-]*") || !engine.equals("spark") && EngineLauncher.home(engine) == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown engine '" + engine
                    + "'; engines: local, spark");
        }
        List<String> args = new ArrayList<>(List.of("tournament", config.toString(), "--out", out.toString(),
                "--engine", engine));
        if (master != null) {
            args.addAll(List.of("--master", master));
        }
        if (threads != null) {
            args.addAll(List.of("--threads", threads.toString()));
        }
        if (maxSessions != null) {
            args.addAll(List.of("--max-sessions", maxSessions.toString()));
        }
        if (noProgress) {
            args.add("--no-progress");
        }
        for (Path j : agentJars.jars) {
            args.addAll(List.of("--agent-jar", j.toAbsolutePath().toString()));
        }
        List<String> command;
        try {
            command = EngineLauncher.command(engine, args);
        } catch (EngineLauncher.Unavailable e) {
            spec.commandLine().getErr().println("detente: " + e.getMessage());
            return ExitCode.UNAVAILABLE;
        }
        return EngineLauncher.run(command, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    private static String fingerprint(TournamentConfig cfg, IsolationMixin.Isolating isolating) {
        var sb = new StringBuilder("detente tournament plan v1\n");
        sb.append("seed ").append(cfg.seed()).append('\n');
        sb.append("deadline ").append(cfg.deadline() instanceof org.detente.rehearsal.Deadline.Rounds r
                ? r.rounds() + " rounds" : ((org.detente.rehearsal.Deadline.Time) cfg.deadline()).duration()).append('\n');
        sb.append("repetitions ").append(cfg.repetitions()).append('\n');
        sb.append("actionLimit ").append(cfg.actionLimit()).append('\n');
        sb.append("agents ").append(String.join(",", cfg.agents())).append('\n');
        for (var s : cfg.scenarios()) {
            sb.append("scenario ").append(s.name()).append(' ').append(s.files()).append('\n');
        }
        for (Launch.External e : isolating.external()) {
            sb.append("external ").append(e.name()).append(' ').append(e.command()).append('\n');
        }
        if (!cfg.mediators().isEmpty()) {
            sb.append("protocol single-text\nmediators ").append(String.join(",", cfg.mediators())).append('\n');
        }
        return sb.toString();
    }
}
