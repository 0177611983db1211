package org.detente.bench.rehearsal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.detente.model.NegotiationCase;
import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.SessionOptions;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.SessionSpec;
import org.detente.rehearsal.Sessions;
import org.detente.rehearsal.agents.BuiltInAgents;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole Boulware-vs-Boulware session of 1,000 rounds on 10^6 outcomes, set-up included: both
 * parties' utility tables (every outcome scored and ranked), the exact Pareto frontier and Nash
 * point for the result's distances, the session, and the post-session distances. The case model
 * (the parsed files) is built outside the measurement.
 *
 * <pre>
 * java -jar tooling/bench/target/benchmarks.jar SessionBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class SessionBenchmark {
    @Param({"random-1000000"})
    public String scenario;

    private NegotiationCase negotiationCase;
    private final AgentRegistry registry = BuiltInAgents.registry();

    /** Builds the case model. */
    @Setup
    public void read() {
        negotiationCase = RehearsalScenarios.named(scenario);
    }

    /** Set-up, session and analysis. */
    @Benchmark
    public SessionResult session() {
        Scenario s = Scenario.prepare(negotiationCase);
        return Sessions.run(new SessionSpec("bench", s, List.of("boulware", "boulware"), Deadline.rounds(1000), 1,
                Duration.ZERO), registry, SessionOptions.defaults());
    }
}
