package org.detente.bench;

import org.detente.analysis.Analysis;
import org.detente.analysis.AnalysisOptions;
import org.detente.analysis.AnalysisOptions.FrontierMethod;
import org.detente.analysis.Analyzer;
import org.detente.model.NegotiationCase;

/**
 * Prints, for every benchmark case and method, the frontier size, the method the analysis reports,
 * the ZOPA and the wall time of one cold run (not a benchmark: the sizes are what matter).
 *
 * <pre>java -cp tooling/bench/target/benchmarks.jar org.detente.bench.FrontierSizes</pre>
 */
public final class FrontierSizes {
    private FrontierSizes() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        System.out.printf("%-7s %-9s %-9s %10s %12s %9s  %s%n", "size", "shape", "method", "|frontier|",
                "ZOPA", "cold ms", "analysis says");
        for (BenchCases.Shape shape : BenchCases.Shape.values()) {
            for (int issues : new int[] {4, 6, 7, 10}) {
                NegotiationCase c = BenchCases.of(issues, 10, shape);
                for (FrontierMethod m : new FrontierMethod[] {FrontierMethod.ENUMERATE, FrontierMethod.ADDITIVE}) {
                    if (issues == 10 && m == FrontierMethod.ENUMERATE) {
                        continue;
                    }
                    long t0 = System.nanoTime();
                    Analysis a = Analyzer.analyze(c, new AnalysisOptions(AnalysisOptions.DEFAULT_MAX_OUTCOMES, m));
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    System.out.printf("%-7s %-9s %-9s %10d %12s %9d  %s%n", issues + "x10", shape, m,
                            a.frontier().size(), a.zopa().map(z -> z.size()).orElse(null), ms, a.frontierMethodText());
                }
            }
        }
    }
}
