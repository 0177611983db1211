package org.detente.bench.rehearsal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.detente.analysis.AnalysisOptions;
import org.detente.analysis.CounterpartSampler;
import org.detente.analysis.Prepare;
import org.detente.analysis.RobustnessAnalysis;
import org.detente.analysis.RobustnessOptions;
import org.detente.formats.casefile.CaseFiles;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Preferences;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.UtilityTable;
import org.detente.rehearsal.plan.Rehearsal;
import org.detente.rehearsal.plan.RehearsalOptions;
import org.detente.rehearsal.plan.RehearsalReport;
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
 * The rehearsal against the profile on the flagship case (examples/arms-control.yaml, 761,805
 * packages, red lines), single-threaded, the United States facing Russia:
 *
 * <ul>
 *   <li>{@code table}: {@link UtilityTable#of} on Russia's stated preferences (every package scored,
 *       the ~370k its red lines permit ranked);</li>
 *   <li>{@code sampledTable}: the same on sampled counterpart 0 (its red lines real or not as drawn);</li>
 *   <li>{@code rehearse}: {@link Rehearsal#run} with {@code sessions} sampled counterparts, each met by
 *       the plan and by the Strategist (200 rounds), on one thread: the fixed set-up (both stated
 *       tables, the analysis, the viable packages, the plan's ladder) plus, per counterpart, its
 *       scenario ({@link Scenario#withPreferences}: its table and the new case's analysis) and the two
 *       sessions. The cost of one counterpart is the difference between the two sizes over their
 *       difference in sessions.</li>
 * </ul>
 * The robustness analysis (10,000 samples, seed 1) is computed once, outside the measurement.
 *
 * <pre>
 * ./mvnw -B -q -pl tooling/bench -am package -DskipTests
 * java -jar tooling/bench/target/benchmarks.jar ProfileRehearsalBenchmark
 * </pre>
 * (from the project root; {@code -Ddetente.examples=DIR} to read the case elsewhere).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ProfileRehearsalBenchmark {
    static final String US = "United States";
    static final String THEM = "Russia";

    @Param({"1", "9"})
    public int sessions;

    private NegotiationCase negotiationCase;
    private RobustnessAnalysis robustness;
    private Preferences russia;
    private Preferences sampled;

    /** Reads the case, runs the robustness analysis, draws counterpart 0. */
    @Setup(Level.Trial)
    public void prepare() throws Exception {
        negotiationCase = CaseFiles.read(Path.of(System.getProperty("detente.examples", "examples"),
                "arms-control.yaml"));
        robustness = Prepare.prepare(negotiationCase, US, THEM, AnalysisOptions.defaults(),
                RobustnessOptions.of(RobustnessOptions.DEFAULT_SAMPLES, RobustnessOptions.DEFAULT_SEED))
                .robustness().orElseThrow();
        russia = negotiationCase.party(negotiationCase.partyIndex(THEM)).preferences();
        var profile = Prepare.profile(negotiationCase, US, THEM);
        CounterpartSampler.Sample s = new CounterpartSampler(negotiationCase.domain(),
                (LinearAdditiveUtility) russia.utility(), profile).draw(RobustnessOptions.DEFAULT_SEED, 0);
        sampled = new Preferences(s.utility(), s.reservation(), russia.discountFactor(),
                s.redLinesReal() ? profile.redLines() : List.of());
    }

    /** Russia's stated table. */
    @Benchmark
    public UtilityTable table() {
        return UtilityTable.of(russia, Scenario.DEFAULT_MAX_OUTCOMES);
    }

    /** Sampled counterpart 0's table. */
    @Benchmark
    public UtilityTable sampledTable() {
        return UtilityTable.of(sampled, Scenario.DEFAULT_MAX_OUTCOMES);
    }

    /** The rehearsal of {@code sessions} counterparts on one thread. */
    @Benchmark
    public RehearsalReport rehearse() {
        return Rehearsal.run(negotiationCase, robustness, new RehearsalOptions(sessions,
                RehearsalOptions.DEFAULT_ROUNDS, RobustnessOptions.DEFAULT_SEED, 1), null);
    }
}
