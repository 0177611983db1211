package org.detente.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

import org.detente.analysis.Analysis;
import org.detente.analysis.AnalysisOptions;
import org.detente.analysis.AnalysisOptions.FrontierMethod;
import org.detente.analysis.Analyzer;
import org.detente.model.NegotiationCase;

/**
 * Peak heap of one end-to-end analysis: builds a case, collects, resets the heap pools' peak
 * counters, analyses it once, and prints the sum of the heap pools' peak usage (an upper bound on
 * the live peak: it includes garbage the collector had not yet reclaimed). Run it under a small
 * {@code -Xmx} to bound the live peak from the other side: the analysis fails with an
 * {@link OutOfMemoryError} if it does not fit.
 *
 * <pre>java -Xmx1g -cp tooling/bench/target/benchmarks.jar org.detente.bench.PeakMemory 7 RANDOM ENUMERATE</pre>
 */
public final class PeakMemory {
    private PeakMemory() {
    }

    /** @param args issues (of 10 values), shape, method */
    public static void main(String[] args) {
        int issues = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        BenchCases.Shape shape = args.length > 1 ? BenchCases.Shape.valueOf(args[1]) : BenchCases.Shape.RANDOM;
        FrontierMethod method = args.length > 2 ? FrontierMethod.valueOf(args[2]) : FrontierMethod.ENUMERATE;
        NegotiationCase c = BenchCases.of(issues, 10, shape);
        AnalysisOptions options = new AnalysisOptions(AnalysisOptions.DEFAULT_MAX_OUTCOMES, method);
        System.gc();
        long before = used();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long t0 = System.nanoTime();
        Analysis a = Analyzer.analyze(c, options);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%dx10 %s %s: |frontier| %d, %d ms, heap in use before %.1f MiB, "
                        + "sum of heap pool peaks %.1f MiB, max heap %.0f MiB%n",
                issues, shape, method, a.frontier().size(), ms, before / 1048576.0, peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    private static long used() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
