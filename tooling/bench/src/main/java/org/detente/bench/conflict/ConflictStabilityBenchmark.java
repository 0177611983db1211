package org.detente.bench.conflict;

import java.util.concurrent.TimeUnit;

import org.detente.conflict.stability.CoalitionResult;
import org.detente.conflict.stability.Coalitions;
import org.detente.conflict.stability.Stability;
import org.detente.conflict.stability.StabilityResult;
import org.detente.conflict.stability.StateSpace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * GMCR stability analysis of three decision makers with 16 options (65,536 states): the state space
 * (moves, preference levels) and every concept — Nash, GMR, SMR, SEQ, SIM, SEQ∧SIM, L(2) — with
 * exact multi-DM sanctions; and, separately, the coalition analysis. Single-threaded.
 *
 * <p>Run: {@code ./mvnw -B -q -pl tooling/bench -am package -DskipTests && java -jar tooling/bench/target/benchmarks.jar
 * ConflictStabilityBenchmark -f 1 -wi 2 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:ActiveProcessorCount=1"})
public class ConflictStabilityBenchmark {
    /** "ranking": strict random rankings; "statements": 12 prioritised statements per DM (ties). */
    @Param({"ranking", "statements"})
    public String preferences;

    /** Random infeasible patterns, each fixing three options (0: all 65,536 states feasible). */
    @Param({"0", "6"})
    public int patterns;

    private org.detente.conflict.model.Conflict conflict;
    private StateSpace space;
    private StabilityResult stability;

    /** Builds the model (seeded) and one analysis for the coalition benchmark. */
    @Setup(Level.Trial)
    public void setUp() {
        conflict = ConflictModels.threeBySixteen(42, preferences.equals("ranking"), patterns);
        space = StateSpace.of(conflict);
        stability = Stability.analyze(space, 2);
    }

    /** State space + every stability concept, from the model. */
    @Benchmark
    public StabilityResult everyConcept() {
        return Stability.analyze(StateSpace.of(conflict), 2);
    }

    /** The coalition analysis (four coalitions of two or three). */
    @Benchmark
    public CoalitionResult coalitions() {
        return Coalitions.analyze(space, stability);
    }
}
