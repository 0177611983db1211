package org.detente.bench.rehearsal;

import org.detente.rehearsal.agents.BuiltInAgents;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.detente.rehearsal.Action;
import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.Offer;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.SessionOptions;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.SessionSpec;
import org.detente.rehearsal.Sessions;
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
 * Cost of one round (two offers) of a registered agent against an opponent that offers its own best
 * outcome every turn and never accepts, single-threaded, on 10^4 outcomes and on Energy (390,625):
 * the agent's whole turn (learning, target, search, acceptance) plus the engine's. A session is
 * {@value #ROUNDS} rounds and the score divides by that number; an agent that accepts the
 * opponent's offer before the deadline (the classic agents may, in their last turns) makes the
 * score an underestimate by the share of rounds it did not play. Agent creation is inside the
 * measurement, as in a tournament.
 *
 * <pre>
 * ./mvnw -B -q -pl tooling/bench -am package -DskipTests
 * java -Ddetente.testData=testdata -jar tooling/bench/target/benchmarks.jar ClassicAgentsBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ClassicAgentsBenchmark {
    static final int ROUNDS = 2_000;
    private static final String WALL = "wall";

    @Param({"boulware", "agentk", "hardheaded", "cuhkagent", "atlas3", "nice-tit-for-tat"})
    public String agent;

    @Param({"random-10000", "energy"})
    public String scenario;

    private AgentRegistry registry;
    private SessionSpec spec;

    /** Prepares the scenario and the registry once. */
    @Setup(Level.Trial)
    public void prepare() {
        Scenario s = Scenario.prepare(RehearsalScenarios.named(scenario));
        registry = BuiltInAgents.registry().with(WALL, setup -> view -> wall(view.own().outcomeAt(0)));
        spec = new SessionSpec("bench", s, List.of(agent, WALL), Deadline.rounds(ROUNDS), 1, Duration.ZERO);
    }

    private static Action wall(int best) {
        return new Offer(best);
    }

    /** One session; the score is per round. */
    @Benchmark
    @OperationsPerInvocation(ROUNDS)
    public SessionResult round() {
        return Sessions.run(spec, registry, SessionOptions.defaults());
    }
}
