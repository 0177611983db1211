package org.detente.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.detente.formats.any.CaseInputs;
import org.detente.formats.genius.GeniusOptions;
import org.detente.rehearsal.CappedSession;
import org.detente.rehearsal.Clock;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.Ending;
import org.detente.rehearsal.LocalExecutor;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.SessionExecutor;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.SessionSpec;
import org.detente.rehearsal.agents.BuiltInAgents;
import org.detente.rehearsal.testing.FaultyAgents;
import org.detente.tournament.TournamentPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Spark executor against the in-JVM one: same results, faults isolated, retries not duplicated. */
class SparkExecutorTest {
    private static List<Scenario> scenarios;

    @BeforeAll
    static void prepare() throws Exception {
        scenarios = new ArrayList<>();
        for (var e : TestSpark.scenarioFiles().entrySet()) {
            scenarios.add(Scenario.prepare(e.getKey(), CaseInputs.read(e.getValue(), GeniusOptions.DEFAULT),
                    Scenario.DEFAULT_MAX_OUTCOMES));
        }
    }

    private static Map<String, SessionResult> run(SessionExecutor ex, List<SessionSpec> plan) throws InterruptedException {
        Map<String, SessionResult> out = new TreeMap<>();
        ex.execute(plan, (spec, r) -> assertThat(out.put(spec.id(), r)).as("delivered twice: " + spec.id()).isNull());
        return out;
    }

    private static SparkExecutor spark() throws Exception {
        return SparkExecutor.of(TestSpark.session(), TestSpark.scenarioFiles());
    }

    private static Map<String, SessionResult> local(List<SessionSpec> plan) throws InterruptedException {
        return run(new LocalExecutor(2, BuiltInAgents.registry(), Clock.SYSTEM), plan);
    }

    @Test
    void sameResultsAsTheInJvmExecutorRowForRow() throws Exception {
        var plan = TournamentPlan.of(scenarios, List.of("boulware", "random", "improviser", "strategist-bayes"), 2,
                Deadline.rounds(100), 11, Duration.ofSeconds(1));
        assertThat(plan).hasSize(3 * 16 * 2);
        // 7 sessions a task, 40 a job: 3 jobs, the last one short
        var onSpark = run(spark().withSessionsPerTask(7).withSessionsPerJob(40), plan);
        assertThat(onSpark).hasSize(plan.size()).isEqualTo(local(plan));
        assertThat(onSpark.values()).anyMatch(SessionResult::agreement);
    }

    @Test
    void anAgentThatThrowsOrHangsForfeitsItsSessionAndTheJobGoesOn() throws Exception {
        var plan = TournamentPlan.of(scenarios.subList(0, 1), List.of("boulware", "test-throws", "test-stalls"), 1,
                Deadline.rounds(50), 3, Duration.ofMillis(150));
        var onSpark = run(spark(), plan);
        assertThat(onSpark).hasSize(9);
        var thrown = onSpark.get("apartment-lease/boulware+test-throws/1");
        assertThat(thrown.ending()).isEqualTo(Ending.FORFEIT);
        assertThat(thrown.endedBy()).isEqualTo(1);
        assertThat(thrown.reason()).contains("injected fault");
        var hung = onSpark.get("apartment-lease/test-stalls+boulware/1");
        assertThat(hung.ending()).isEqualTo(Ending.FORFEIT);
        assertThat(hung.endedBy()).isZero();
        assertThat(hung.reason()).contains("action limit of 150 ms");
        assertThat(onSpark.get("apartment-lease/boulware+boulware/1").ending()).isNotEqualTo(Ending.FORFEIT);
        assertThat(onSpark).isEqualTo(local(plan));
    }

    @Test
    void anAgentOutOfMemoryForfeitsItsSessionOnTheExecutorAndTheJobGoesOn() throws Exception {
        var plan = TournamentPlan.of(scenarios.subList(0, 1), List.of("boulware", "test-oom"), 1,
                Deadline.rounds(50), 3, Duration.ofSeconds(1));
        var onSpark = run(spark(), plan);
        assertThat(onSpark).hasSize(4);
        var oom = onSpark.get("apartment-lease/boulware+test-oom/1");
        assertThat(oom.ending()).isEqualTo(Ending.FORFEIT);
        assertThat(oom.endedBy()).isEqualTo(1);
        assertThat(oom.reason()).contains("OutOfMemoryError");
        assertThat(onSpark.get("apartment-lease/boulware+boulware/1").ending()).isNotEqualTo(Ending.FORFEIT);
        assertThat(onSpark).isEqualTo(local(plan));
    }

    @Test
    void aForfeitedAgentStillSpinningOnAnExecutorIsReportedWithItsCpu() throws Exception {
        // one session a task: the spinner's task ends while it spins, 150 ms after its forfeit
        var plan = TournamentPlan.of(scenarios.subList(0, 1), List.of("boulware", "test-busy"), 1,
                Deadline.rounds(50), 3, Duration.ofMillis(150));
        SparkExecutor spark = spark().withSessionsPerTask(1);
        var onSpark = run(spark, plan);
        assertThat(onSpark).hasSize(4);
        var spun = onSpark.get("apartment-lease/test-busy+boulware/1");
        assertThat(spun.ending()).isEqualTo(Ending.FORFEIT);
        assertThat(spark.abandoned()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.agent()).isEqualTo("test-busy");
            assertThat(onSpark.get(a.session()).ending()).isEqualTo(Ending.FORFEIT);
            assertThat(a.cpuNanos()).isNotNegative();
            assertThat(a.describe()).contains("agent 'test-busy' of session " + a.session())
                    .contains("s of CPU since");
        });
        assertThat(spark.abandoned()).extracting(org.detente.rehearsal.AbandonedAgent::session)
                .contains("apartment-lease/test-busy+boulware/1").doesNotHaveDuplicates();
        Thread.sleep(FaultyAgents.Busy.BUSY_MILLIS); // let the spinning threads end before the next test
    }

    @Test
    void aTimeDeadlineStopsAtTheRoundsTheExecutorsMemoryHoldsAndSaysSo() throws Exception {
        // two hardliners offer their best at once, millions of times a second, and never agree; each
        // executor gives the histories 160,000 bytes over its 2 task slots: 80,000 bytes a session,
        // 80 bytes a round for two parties (each keeps both offers), so 1,000 rounds
        var plan = TournamentPlan.of(scenarios.subList(0, 1), List.of("hardliner"), 4,
                Deadline.time(Duration.ofMinutes(2)), 7, Duration.ZERO);
        SparkExecutor spark = spark().withSessionsPerTask(1).withHistoryBytes(160_000);
        long start = System.nanoTime();
        var onSpark = run(spark, plan);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(1));
        assertThat(onSpark).hasSize(4).allSatisfy((id, r) -> {
            assertThat(r.agreement()).isFalse();
            assertThat(r.ending()).isEqualTo(Ending.DEADLINE);
            assertThat(r.rounds()).isEqualTo(1_000);
            assertThat(r.offers()).isEqualTo(2_000);
        });
        assertThat(spark.capped()).containsExactlyInAnyOrderElementsOf(onSpark.keySet().stream()
                .map(id -> new CappedSession(id, 1_000)).toList());
    }

    @Test
    void aTimeDeadlineWhoseAgentsStopInTimeIsNotReportedAsCapped() throws Exception {
        // the same agents within half the executor's real heap: their time comes first
        var plan = TournamentPlan.of(scenarios.subList(0, 1), List.of("hardliner"), 1,
                Deadline.time(Duration.ofMillis(20)), 7, Duration.ZERO);
        SparkExecutor spark = spark();
        var onSpark = run(spark, plan);
        assertThat(onSpark.values()).singleElement().satisfies(r -> {
            assertThat(r.ending()).isEqualTo(Ending.DEADLINE);
            assertThat(r.rounds()).isLessThan((int) (Runtime.getRuntime().maxMemory() / 2 / 2 / 80));
        });
        assertThat(spark.capped()).isEmpty();
    }

    @Test
    void anExecutorsTaskSlotsComeFromItsConfiguration() {
        assertThat(RunTask.slots(new SparkConf().setMaster("local"), 8)).isEqualTo(1);
        assertThat(RunTask.slots(new SparkConf().setMaster("local[2,2]"), 8)).isEqualTo(2);
        assertThat(RunTask.slots(new SparkConf().setMaster("local[3]"), 8)).isEqualTo(3);
        assertThat(RunTask.slots(new SparkConf().setMaster("local[*]"), 8)).isEqualTo(8);
        assertThat(RunTask.slots(new SparkConf().setMaster("spark://h:7077"), 8)).isEqualTo(8);
        assertThat(RunTask.slots(new SparkConf().setMaster("yarn").set("spark.executor.cores", "4")
                .set("spark.task.cpus", "2"), 8)).isEqualTo(2);
        assertThat(RunTask.slots(new SparkConf().setMaster("yarn").set("spark.executor.cores", "1")
                .set("spark.task.cpus", "2"), 8)).isEqualTo(1);
    }

    @Test
    void aRetriedTaskDeliversEachSessionOnce() throws Exception {
        var plan = TournamentPlan.of(scenarios.subList(0, 2), List.of("boulware", "conceder"), 3,
                Deadline.rounds(60), 5, Duration.ofSeconds(1));
        // the first attempt of every task fails before it returns; Spark (local[2,2]) tries each again
        SparkExecutor.Agents failFirst = () -> {
            if (TaskContext.get().attemptNumber() == 0) {
                throw new IllegalStateException("injected task failure");
            }
            return BuiltInAgents.registry();
        };
        var onSpark = run(spark().withAgents(failFirst).withSessionsPerTask(4), plan);
        assertThat(onSpark).hasSize(plan.size()).isEqualTo(local(plan));
    }

    @Test
    void aTaskThatFailsEveryAttemptFailsTheRunWithItsReason() throws Exception {
        var plan = TournamentPlan.of(scenarios.subList(0, 1), List.of("boulware"), 2, Deadline.rounds(10), 5, Duration.ZERO);
        SparkExecutor.Agents broken = () -> {
            throw new IllegalStateException("no agents here");
        };
        assertThatThrownBy(() -> run(spark().withAgents(broken), plan))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no agents here");
    }

    @Test
    void aSinkThatCannotStoreStopsTheRunWithItsOwnError() throws Exception {
        var plan = TournamentPlan.of(scenarios.subList(0, 1), List.of("boulware"), 3, Deadline.rounds(10), 5, Duration.ZERO);
        var full = new UncheckedIOException(new java.io.IOException("disk full"));
        assertThatThrownBy(() -> spark().execute(plan, (s, r) -> {
            throw full;
        })).isSameAs(full);
    }

    @Test
    void aScenarioWithoutFilesIsRefusedBeforeAnythingRuns() throws Exception {
        var plan = TournamentPlan.of(scenarios.subList(0, 1), List.of("boulware"), 1, Deadline.rounds(10), 5, Duration.ZERO);
        var none = SparkExecutor.of(TestSpark.session(), Map.of());
        assertThatThrownBy(() -> none.execute(plan, (s, r) -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no files for scenario 'apartment-lease'");
    }
}
