package org.detente.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.TaskContext;
import org.apache.spark.broadcast.Broadcast;
import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.Clock;
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
 */
final class RunTask extends AbstractFunction2<TaskContext, Iterator<SessionTicket>, TaskResult>
        implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Broadcast<Map<String, ScenarioSource>> sources;
    private final SparkExecutor.Agents agents;

    RunTask(Broadcast<Map<String, ScenarioSource>> sources, SparkExecutor.Agents agents) {
        this.sources = sources;
        this.agents = agents;
    }

    @Override
    public TaskResult apply(TaskContext context, Iterator<SessionTicket> tickets) {
        Map<String, ScenarioSource> src = sources.value();
        AgentRegistry registry = agents.registry();
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
            specs.add(t.spec(src.get(t.scenario()).scenario()));
        }
        ArrayList<ResultRow> out = new ArrayList<>(specs.size());
        var executor = new LocalExecutor(1, Mediation.anyProtocol(registry), Clock.SYSTEM, TraceWindow.NONE);
        try {
            executor.execute(specs, (s, r) -> out.add(ResultRow.of(s.id(), r)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("task interrupted (its job was cancelled)", e);
        }
        return new TaskResult(out, executor.abandoned());
    }
}
