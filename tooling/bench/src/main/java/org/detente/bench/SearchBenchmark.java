package org.detente.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.detente.analysis.Analyzer;
import org.detente.formats.genius.GeniusXml;
import org.detente.model.NegotiationCase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The exact branch-and-bound frontier on GENIUS's non-linear 10-issue scenario (hyper-rectangle
 * utilities, 10^10 outcomes), read from the reference data in testdata/
 * ({@code -Ddetente.testData=DIR}, default {@code testdata} from the working directory).
 *
 * <pre>java -jar tooling/bench/target/benchmarks.jar SearchBenchmark -f 1 -wi 2 -i 3 -t 1</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class SearchBenchmark {
    private NegotiationCase negotiationCase;

    /** Reads the scenario once per trial. */
    @Setup
    public void setUp() throws Exception {
        Path base = Path.of(System.getProperty("detente.testData", "testdata"))
                .resolve("genius/anac/y2014/10issues");
        negotiationCase = GeniusXml.readCase(base.resolve("10issues-domain.xml"),
                List.of(base.resolve("profile-1.xml"), base.resolve("profile-2.xml")));
    }

    /**
     * One full analysis: branch-and-bound frontier (10 points), solutions, opposition.
     *
     * <pre>java -jar tooling/bench/target/benchmarks.jar SearchBenchmark.analyzeNonLinear -f 1 -wi 2 -i 3 -t 1</pre>
     */
    @Benchmark
    public void analyzeNonLinear(Blackhole bh) {
        bh.consume(Analyzer.analyze(negotiationCase));
    }
}
