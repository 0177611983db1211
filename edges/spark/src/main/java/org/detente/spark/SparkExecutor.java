package org.detente.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.detente.rehearsal.AbandonedAgent;
import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.CappedSession;
import org.detente.rehearsal.EngineFailure;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.SessionExecutor;
import org.detente.rehearsal.SessionSink;
import org.detente.rehearsal.SessionSpec;
import org.detente.rehearsal.agents.BuiltInAgents;

import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * Runs session specifications on Apache Spark: the same sessions, with the same seeds, give the same
 * results as {@link org.detente.rehearsal.LocalExecutor}, row for row.
 *
 * <p>What travels: each session as a {@link SessionTicket} (id, scenario name, agents, deadline,
 * seed, action limit, mediator), each scenario's files once (broadcast), and back each result without its
 * outcome object. Every task runs its sessions through a one-thread {@code LocalExecutor}, so agent
 * faults and hangs become forfeits exactly as they do locally.
 *
 * <p>Results stream to the sink as each task finishes (the sink is called on the driver, one task's
 * results at a time). Only a task's successful attempt delivers its results, and a session id is
 * delivered at most once, so Spark's retries of failed tasks never duplicate a result. A job that
 * fails as a whole (its tasks' retries spent, the cluster gone) is an {@link EngineFailure}, said in
 * one line. Forfeited agents still running on an executor when their task ended come back with the
 * task's results ({@link #abandoned()}), and so do the sessions that stopped at the cap each executor
 * puts on a time deadline by its own memory ({@link #capped()}).
 */
public final class SparkExecutor implements SessionExecutor {
    /** Sessions per task unless told otherwise: small enough to stream, large enough to amortise a task. */
    public static final int DEFAULT_SESSIONS_PER_TASK = 200;
    /**
     * Sessions per Spark job: results travel back through the driver, and Spark caps what one job
     * may return ({@code spark.driver.maxResultSize}, 1 GiB by default); 100,000 results are about
     * 30 MB. Larger runs are several jobs, one after another.
     */
    static final int DEFAULT_SESSIONS_PER_JOB = 100_000;

    private final JavaSparkContext sc;
    private final Map<String, ScenarioSource> sources;
    private final Agents agents;
    private final int sessionsPerTask;
    private final int sessionsPerJob;
    private final long historyBytes;
    private final List<AbandonedAgent> abandoned = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<CappedSession> capped = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Where a worker finds agents by name; must be serializable, as it travels with each task. */
    @FunctionalInterface
    public interface Agents extends Serializable {
        /** The registry on this worker. */
        AgentRegistry registry();

        /** The built-in agents plus every {@code AgentProvider} on the worker's class path. */
        static Agents standard() {
            return BuiltInAgents::registry;
        }
    }

    private SparkExecutor(JavaSparkContext sc, Map<String, ScenarioSource> sources, Agents agents, int sessionsPerTask,
                          int sessionsPerJob, long historyBytes) {
        this.sc = sc;
        this.sources = Map.copyOf(sources);
        this.agents = Objects.requireNonNull(agents, "agents");
        if (sessionsPerTask < 1 || sessionsPerJob < 1) {
            throw new IllegalArgumentException("sessions per task and per job must be at least 1, were "
                    + sessionsPerTask + " and " + sessionsPerJob);
        }
        this.sessionsPerTask = sessionsPerTask;
        this.sessionsPerJob = sessionsPerJob;
        this.historyBytes = historyBytes;
    }

    /**
     * An executor on this Spark session.
     *
     * @param spark         the session
     * @param scenarioFiles each scenario's files by scenario name (a case file, or a domain and its
     *                      profiles): what the workers prepare the scenarios from
     * @throws IOException if a file cannot be read
     */
    public static SparkExecutor of(SparkSession spark, Map<String, List<Path>> scenarioFiles) throws IOException {
        Map<String, ScenarioSource> sources = new LinkedHashMap<>();
        for (var e : scenarioFiles.entrySet()) {
            sources.put(e.getKey(), ScenarioSource.read(e.getKey(), e.getValue(), Scenario.DEFAULT_MAX_OUTCOMES));
        }
        return new SparkExecutor(JavaSparkContext.fromSparkContext(spark.sparkContext()), sources, Agents.standard(),
                DEFAULT_SESSIONS_PER_TASK, DEFAULT_SESSIONS_PER_JOB, 0);
    }

    /** This executor with agents looked up in another registry on the workers. */
    public SparkExecutor withAgents(Agents a) {
        return new SparkExecutor(sc, sources, a, sessionsPerTask, sessionsPerJob, historyBytes);
    }

    /** This executor with about {@code n} sessions per task. */
    public SparkExecutor withSessionsPerTask(int n) {
        return new SparkExecutor(sc, sources, agents, n, sessionsPerJob, historyBytes);
    }

    /** This executor with at most {@code n} sessions per Spark job. */
    SparkExecutor withSessionsPerJob(int n) {
        return new SparkExecutor(sc, sources, agents, sessionsPerTask, n, historyBytes);
    }

    /**
     * This executor with every Spark executor giving its sessions' histories {@code bytes} (shared by
     * its task slots) instead of half the memory it may use.
     */
    SparkExecutor withHistoryBytes(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("the histories need at least one byte, were given " + bytes);
        }
        return new SparkExecutor(sc, sources, agents, sessionsPerTask, sessionsPerJob, bytes);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if two specifications share an id, a scenario has no files,
     *                                  or a time deadline runs on another clock than the system's
     */
    @Override
    public void execute(List<SessionSpec> specs, SessionSink sink) throws InterruptedException {
        if (specs.isEmpty()) {
            return;
        }
        Map<String, SessionSpec> byId = new HashMap<>();
        List<SessionTicket> tickets = new ArrayList<>(specs.size());
        Map<String, ScenarioSource> needed = new HashMap<>();
        for (SessionSpec s : specs) {
            if (byId.put(s.id(), s) != null) {
                throw new IllegalArgumentException("two sessions have the id " + s.id());
            }
            ScenarioSource src = sources.get(s.scenario().name());
            if (src == null) {
                throw new IllegalArgumentException("session " + s.id() + ": no files for scenario '" + s.scenario().name()
                        + "'; known: " + String.join(", ", sources.keySet()));
            }
            needed.put(src.name(), src);
            tickets.add(SessionTicket.of(s));
        }
        Broadcast<Map<String, ScenarioSource>> shipped = sc.broadcast(needed);
        Deliver deliver = new Deliver(byId, sink, abandoned, capped);
        try {
            for (int from = 0; from < tickets.size(); from += sessionsPerJob) {
                runJob(tickets.subList(from, Math.min(tickets.size(), from + sessionsPerJob)), shipped, deliver);
            }
        } finally {
            shipped.destroy();
        }
        if (deliver.delivered.size() != specs.size()) {
            throw EngineFailure.ofEngine("Spark returned " + deliver.delivered.size() + " of " + specs.size() + " sessions",
                    null);
        }
    }

    private void runJob(List<SessionTicket> tickets, Broadcast<Map<String, ScenarioSource>> shipped, Deliver deliver)
            throws InterruptedException {
        int parallelism = sc.defaultParallelism();
        int tasks = (int) Math.min(tickets.size(), Math.max(4L * parallelism,
                (tickets.size() + (long) sessionsPerTask - 1) / sessionsPerTask));
        JavaRDD<SessionTicket> rdd = sc.parallelize(new ArrayList<>(tickets), tasks);
        @SuppressWarnings("unchecked")
        ClassTag<TaskResult> tag = ClassTag$.MODULE$.apply(TaskResult.class);
        try {
            sc.sc().runJob(rdd.rdd(), new RunTask(shipped, agents, historyBytes), deliver, tag);
        } catch (Exception e) {
            if (e instanceof InterruptedException ie) {
                sc.cancelAllJobs();
                throw ie;
            }
            if (deliver.failure != null) {
                throw deliver.failure;
            }
            throw EngineFailure.ofEngine("the Spark job failed: " + oneLine(e), e);
        }
    }

    /**
     * The forfeited agents of this executor's runs whose threads ignored the interrupt and still ran
     * on an executor when their task ended, with the CPU each had used since its forfeit (measured
     * there, at the task's end: a thread that keeps running costs more than that).
     */
    public List<AbandonedAgent> abandoned() {
        return List.copyOf(abandoned);
    }

    /**
     * The sessions of this executor's runs with a time deadline that stopped at their executor's cap
     * on rounds before their time: what their parties' histories may hold in the session's share of
     * half the memory the executor may use (its heap over its task slots).
     */
    public List<CappedSession> capped() {
        return List.copyOf(capped);
    }

    /**
     * Why a job failed, in one line: the first line of the deepest cause (Spark writes a failed
     * task's stack trace into its message), with advice when the executors lack Détente's classes.
     */
    static String oneLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String text = t == e ? String.valueOf(e.getMessage()) : t.toString();
        String first = text.lines().findFirst().orElse("").strip();
        if (text.matches("(?s).*(ClassNotFoundException|NoClassDefFoundError):? org[./]detente.*")) {
            first += " — the executors lack Détente's classes: start the run with ./detente (which ships them to a"
                    + " cluster) or with spark-submit and edges/spark/target/detente-spark.jar";
        }
        return first;
    }

    /** On the driver: a finished task's results to the sink, each session once. */
    private static final class Deliver extends AbstractFunction2<Object, TaskResult, BoxedUnit> {
        private final Map<String, SessionSpec> byId;
        private final SessionSink sink;
        private final List<AbandonedAgent> abandoned;
        private final List<CappedSession> capped;
        private final Set<String> delivered = new HashSet<>();
        private RuntimeException failure;

        Deliver(Map<String, SessionSpec> byId, SessionSink sink, List<AbandonedAgent> abandoned,
                List<CappedSession> capped) {
            this.byId = byId;
            this.sink = sink;
            this.abandoned = abandoned;
            this.capped = capped;
        }

        @Override
        public BoxedUnit apply(Object partition, TaskResult result) {
            Set<String> fresh = new HashSet<>();
            for (ResultRow r : result.rows()) {
                SessionSpec spec = byId.get(r.id());
                if (spec == null) {
                    failure = EngineFailure.ofEngine("a task returned session " + r.id() + ", which was not asked for", null);
                    throw failure;
                }
                if (!delivered.add(r.id())) {
                    continue; // already delivered by an earlier attempt
                }
                fresh.add(r.id());
                try {
                    sink.accept(spec, r.result(spec.scenario()));
                } catch (RuntimeException e) {
                    failure = e;
                    throw e;
                }
            }
            for (AbandonedAgent a : result.abandoned()) {
                if (fresh.contains(a.session())) {
                    abandoned.add(a);
                }
            }
            for (CappedSession c : result.capped()) {
                if (fresh.contains(c.session())) {
                    capped.add(c);
                }
            }
            return BoxedUnit.UNIT;
        }
    }
}
