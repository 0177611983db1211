package org.detente.bench;

import java.util.concurrent.TimeUnit;

import org.detente.analysis.ParetoKernels;
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

/**
 * The two-party frontier kernel alone, {@link ParetoKernels#frontier2(double[], double[], int)}, on
 * arrays filled once in setup with the utilities of the benchmark cases (10^issues outcomes), and a
 * plain primitive loop over the same arrays as a floor: what one pass over the data costs.
 *
 * <pre>java -jar tooling/bench/target/benchmarks.jar KernelBenchmark -f 1 -wi 2 -i 3 -t 1</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class KernelBenchmark {
    /** Number of issues, each of 10 values: 10^issues points. */
    @Param({"4", "6", "7"})
    public int issues;

    /** Preference shape the points come from. */
    @Param({"RANDOM", "OPPOSED"})
    public BenchCases.Shape shape;

    private double[] u1;
    private double[] u2;
    private int n;

    /** Fills the arrays once per trial (the kernel does not modify them). */
    @Setup
    public void setUp() {
        NegotiationCase c = BenchCases.of(issues, 10, shape);
        u1 = BenchCases.utilities(c, 0);
        u2 = BenchCases.utilities(c, 1);
        n = u1.length;
    }

    /**
     * Frontier indices of the pre-filled points.
     *
     * <pre>java -jar tooling/bench/target/benchmarks.jar KernelBenchmark.frontier2 -f 1 -wi 2 -i 3 -t 1</pre>
     */
    @Benchmark
    public int[] frontier2() {
        return ParetoKernels.frontier2(u1, u2, n);
    }

    /**
     * Baseline: one pass over both arrays computing the largest utility sum (no frontier).
     *
     * <pre>java -jar tooling/bench/target/benchmarks.jar KernelBenchmark.primitiveMaxLoop -f 1 -wi 2 -i 3 -t 1</pre>
     */
    @Benchmark
    public double primitiveMaxLoop() {
        double[] a = u1;
        double[] b = u2;
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double s = a[i] + b[i];
            if (s > best) {
                best = s;
            }
        }
        return best;
    }
}
