package org.detente.bench.rehearsal;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.detente.rehearsal.Agent;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.Negotiation;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.SessionOptions;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.agents.TimeDependentBidding;
import org.detente.rehearsal.boa.AcceptanceStrategy;
import org.detente.rehearsal.boa.BoaAgent;
import org.detente.rehearsal.boa.OpponentModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * Cost of one round (two offers) between two Boulware agents (e = 0.2, GENIUS's curve, bid near the
 * target by a search from the previous answer in the pre-sorted utilities), single-threaded, on 10^3 … 10^6 outcomes and on Energy. The agents
 * never accept, so every session runs its full 10,000 rounds; set-up is outside the measurement.
 *
 * <pre>
 * ./mvnw -B -q -pl tooling/bench -am package -DskipTests
 * java -Ddetente.testData=testdata -jar tooling/bench/target/benchmarks.jar RoundBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RoundBenchmark {
    static final int ROUNDS = 10_000;

    @Param({"random-1000", "random-10000", "random-100000", "random-1000000", "energy"})
    public String scenario;

    private Scenario prepared;
    private List<Agent> agents;

    /** Prepares the scenario once. */
    @Setup(Level.Trial)
    public void prepare() {
        prepared = Scenario.prepare(RehearsalScenarios.named(scenario));
    }

    /** Fresh agents for each invocation (they are stateless here, but this is what a session costs). */
    @Setup(Level.Invocation)
    public void agents() {
        AcceptanceStrategy never = (v, o, n) -> false;
        agents = List.of(new BoaAgent(new TimeDependentBidding(0.2, 0, 1), never, OpponentModel.NONE),
                new BoaAgent(new TimeDependentBidding(0.2, 0, 1), never, OpponentModel.NONE));
    }

    /** One session of 10,000 rounds; the score is per round. */
    @Benchmark
    @OperationsPerInvocation(ROUNDS)
    public SessionResult round() {
        return Negotiation.run(prepared, agents, List.of("boulware", "boulware"), Deadline.rounds(ROUNDS),
                SessionOptions.defaults());
    }
}
