package org.detente.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.broadcast.Broadcast;
import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.CappedSession;
import org.detente.rehearsal.Clock;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.LocalExecutor;
import org.detente.rehearsal.SessionSpec;
import org.detente.rehearsal.TraceWindow;
import org.detente.rehearsal.mediation.Mediation;
import org.detente.rehearsal.mediation.Respondents;

import scala.collection.Iterator;
import scala.runtime.AbstractFunction2;

/**
 * One Spark task: the sessions of one partition, run one after another by a one-thread
 * {@link LocalExecutor} on the worker — the same engine as a local run (alternating offers or
 * single-text), with the same watchdog, so an agent, party or mediator that throws or hangs forfeits
 * its session and the task goes on. A forfeited agent whose thread ignores the interrupt goes on
 * running on the executor; the task reports it, with the CPU it has used, in its result.
 *
 * <p>A time deadline is capped, as a local tournament caps it, at the rounds whose histories fit in
 * the session's share of half the memory this executor may use: its maximum heap over its task slots
 * ({@link #slots}), since that many tasks run at once. The sessions that stopped at the cap come back
 * in the result.
 */
final class RunTask extends AbstractFunction2<TaskContext, Iterator<SessionTicket>, TaskResult>
        implements Serializable {
    private static final long serialVersionUID = 1L;
    /** A local master: {@code local}, {@code local[N]}, {@code local[*]}, with or without {@code ,F} retries. */
    private static final Pattern LOCAL = Pattern.compile("local(?:\\[\\s*([0-9]+|\\*)\\s*(?:,\\s*[0-9]+\\s*)?])?");

    private final Broadcast<Map<String, ScenarioSource>> sources;
    private final SparkExecutor.Agents agents;
    private final long historyBytes;

    /**
     * @param historyBytes the memory each executor gives its sessions' histories, or 0 for half the
     *                     memory it may use
     */
    RunTask(Broadcast<Map<String, ScenarioSource>> sources, SparkExecutor.Agents agents, long historyBytes) {
        this.sources = sources;
        this.agents = agents;
        this.historyBytes = historyBytes;
    }

    /**
     * The tasks an executor runs at once, from its configuration: in local mode the N of
     * {@code local[N]} (or {@code local[N,F]}; {@code *}: every processor), on a cluster
     * {@code spark.executor.cores} (when unset, as in standalone mode, the executor takes every core of
     * its worker: {@code processors}), over {@code spark.task.cpus}; at least 1.
     *
     * @param processors this JVM's available processors
     */
    static int slots(SparkConf conf, int processors) {
        String master = conf.get("spark.master", "");
        int cores;
        Matcher local = LOCAL.matcher(master);
        if (local.matches()) {
            String n = local.group(1);
            cores = n == null ? 1 : n.equals("*") ? processors : Integer.parseInt(n);
        } else {
            cores = conf.getInt("spark.executor.cores", processors);
        }
        return Math.max(1, cores / Math.max(1, conf.getInt("spark.task.cpus", 1)));
    }

    @Override
    public TaskResult apply(TaskContext context, Iterator<SessionTicket> tickets) {
        Map<String, ScenarioSource> src = sources.value();
        AgentRegistry registry = agents.registry();
        long executorBytes = historyBytes > 0 ? historyBytes : Runtime.getRuntime().maxMemory() / 2;
        long perSession = executorBytes / slots(SparkEnv.get().conf(), Runtime.getRuntime().availableProcessors());
        List<SessionSpec> specs = new ArrayList<>();
        while (tickets.hasNext()) {
            SessionTicket t = tickets.next();
            for (String a : t.agents()) {
                if (!t.mediator().isEmpty()) {
                    if (!Respondents.names().contains(a)) {
                        throw new IllegalStateException("party strategy '" + a + "' is unknown; known: "
                                + String.join(", ", Respondents.names()));
                    }
                } else if (!registry.contains(a)) {
                    throw new IllegalStateException("agent '" + a + "' is not on this worker's class path; ship its jar"
                            + " to the executors (spark-submit --jars, or spark.jars); known here: "
                            + String.join(", ", registry.names()));
                }
            }
            specs.add(t.spec(src.get(t.scenario()).scenario(), perSession));
        }
        ArrayList<ResultRow> out = new ArrayList<>(specs.size());
        ArrayList<CappedSession> capped = new ArrayList<>();
        var executor = new LocalExecutor(1, Mediation.anyProtocol(registry), Clock.SYSTEM, TraceWindow.NONE);
        try {
            executor.execute(specs, (s, r) -> {
                out.add(ResultRow.of(s.id(), r));
                if (s.deadline() instanceof Deadline.Time t && t.stoppedAtCap(r)) {
                    capped.add(new CappedSession(s.id(), t.maxRounds()));
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("task interrupted (its job was cancelled)", e);
        }
        return new TaskResult(out, executor.abandoned(), capped);
    }
}
