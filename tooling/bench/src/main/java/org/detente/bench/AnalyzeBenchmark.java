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
 * End-to-end exact two-party analysis of enumerable linear additive cases: {@code issues} issues of
 * 10 values (10^4, 10^6, 10^7 outcomes), random or near zero-sum preferences, frontier by
 * enumeration (evaluate every outcome into primitive arrays, then bucket filter, sort and sweep) or
 * by the additive merge (no enumeration). One operation is a whole
 * {@link Analyzer#analyze(NegotiationCase, AnalysisOptions)}: frontier, solutions, opposition,
 * ZOPA and trade-offs. Reservation values are 0, so the additive path settles the ZOPA without
 * enumerating, and the enumerating path counts it in one extra pass over its arrays.
 *
 * <p>Every fork runs with a 1 GiB heap ({@code -Xms1g -Xmx1g}), so the 10^7 figures also show that
 * the analysis fits under 1 GiB.
 *
 * <pre>java -jar tooling/bench/target/benchmarks.jar AnalyzeBenchmark -f 1 -wi 2 -i 3 -t 1</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class AnalyzeBenchmark {
    /** Number of issues, each of 10 values: 10^issues outcomes. */
    @Param({"4", "6", "7"})
    public int issues;

    /** Preference shape. */
    @Param({"RANDOM", "OPPOSED"})
    public BenchCases.Shape shape;

    /** Frontier method. */
    @Param({"ENUMERATE", "ADDITIVE"})
    public FrontierMethod method;

    private NegotiationCase negotiationCase;
    private AnalysisOptions options;

    /** Builds the case once per trial. */
    @Setup
    public void setUp() {
        negotiationCase = BenchCases.of(issues, 10, shape);
        options = new AnalysisOptions(AnalysisOptions.DEFAULT_MAX_OUTCOMES, method);
    }

    /**
     * One full analysis.
     *
     * <pre>java -jar tooling/bench/target/benchmarks.jar AnalyzeBenchmark.analyze -f 1 -wi 2 -i 3 -t 1</pre>
     */
    @Benchmark
    public void analyze(Blackhole bh) {
        bh.consume(Analyzer.analyze(negotiationCase, options));
    }
}
