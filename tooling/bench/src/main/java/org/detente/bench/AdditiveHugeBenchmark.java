package org.detente.bench;

import java.util.concurrent.TimeUnit;

import org.detente.analysis.AnalysisOptions;
import org.detente.analysis.AnalysisOptions.FrontierMethod;
import org.detente.analysis.Analyzer;
import org.detente.model.NegotiationCase;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * End-to-end exact analysis of 10 issues × 10 values (10^10 outcomes, beyond any enumeration) with
 * the additive merge, random and near zero-sum preferences. With reservation values 0 the ZOPA
 * (every outcome) is settled at once; with 0.5 it is counted exactly by meet in the middle (two
 * halves of 10^5 partial sums instead of 10^10 outcomes).
 *
 * <pre>java -jar tooling/bench/target/benchmarks.jar AdditiveHugeBenchmark -f 1 -wi 2 -i 3 -t 1</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class AdditiveHugeBenchmark {
    /** Number of issues, each of 10 values. */
    @Param({"10"})
    public int issues;

    /** Preference shape. */
    @Param({"RANDOM", "OPPOSED"})
    public BenchCases.Shape shape;

    /** Both parties' reservation value. */
    @Param({"0", "0.5"})
    public double reservation;

    private NegotiationCase negotiationCase;
    private AnalysisOptions options;

    /** Builds the case once per trial. */
    @Setup
    public void setUp() {
        negotiationCase = BenchCases.of(issues, 10, shape, reservation);
        options = new AnalysisOptions(AnalysisOptions.DEFAULT_MAX_OUTCOMES, FrontierMethod.ADDITIVE);
    }

    /**
     * One full analysis by the additive merge.
     *
     * <pre>java -jar tooling/bench/target/benchmarks.jar AdditiveHugeBenchmark.analyzeAdditive -f 1 -wi 2 -i 3 -t 1</pre>
     */
    @Benchmark
    public void analyzeAdditive(Blackhole bh) {
        bh.consume(Analyzer.analyze(negotiationCase, options));
    }
}
