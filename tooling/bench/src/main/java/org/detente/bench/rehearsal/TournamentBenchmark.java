package org.detente.bench.rehearsal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.detente.rehearsal.Clock;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.LocalExecutor;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.SessionSpec;
import org.detente.rehearsal.agents.BuiltInAgents;
import org.detente.tournament.TournamentPlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tournament throughput: 2,000 sessions of 1,000 rounds on a 10^4-outcome scenario, run by the
 * {@link LocalExecutor} on {@code threads} threads with the per-action watchdog on (limit 1 s).
 * {@code hardliner}: two hardliners, who never agree, so every session runs all 1,000 rounds (the
 * issue's target case); {@code mixed}: every ordered pair of boulware, linear, conceder and hardliner,
 * sessions ending at agreement or the deadline as in a real tournament. Score: time per session
 * (sessions a minute = 60,000,000 / µs per session).
 *
 * <pre>
 * java -jar tooling/bench/target/benchmarks.jar TournamentBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class TournamentBenchmark {
    static final int SESSIONS = 2_000;

    @Param({"1", "2"})
    public int threads;

    @Param({"hardliner", "mixed"})
    public String agents;

    private List<SessionSpec> plan;
    private LocalExecutor executor;

    /** Builds the plan once. */
    @Setup
    public void plan() {
        Scenario s = Scenario.prepare(RehearsalScenarios.named("random-10000"));
        List<String> names = agents.equals("mixed") ? List.of("boulware", "linear", "conceder", "hardliner")
                : List.of("hardliner");
        int reps = SESSIONS / (names.size() * names.size());
        plan = TournamentPlan.of(List.of(s), names, reps, Deadline.rounds(1000), 1, Duration.ofSeconds(1));
        executor = new LocalExecutor(threads, BuiltInAgents.registry(), Clock.SYSTEM);
    }

    /** Runs the whole plan; the score is per session. */
    @Benchmark
    @OperationsPerInvocation(SESSIONS)
    public int tournament() throws InterruptedException {
        AtomicInteger rounds = new AtomicInteger();
        executor.execute(plan, (spec, r) -> rounds.addAndGet(r.rounds()));
        return rounds.get();
    }
}
