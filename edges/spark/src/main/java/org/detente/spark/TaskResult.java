package org.detente.spark;

import java.io.Serializable;
import java.util.List;

import org.detente.rehearsal.AbandonedAgent;
import org.detente.rehearsal.CappedSession;

/**
 * What one task sends back to the driver: its sessions' results and the forfeited agents whose
 * threads ignored the interrupt and still ran on the executor when the task ended, with the CPU each
 * had used since its forfeit; and the sessions with a time deadline that stopped at the executor's
 * cap on rounds. All travel in the task's result, so a report cannot be lost while the results arrive.
 *
 * @param rows      the results, one per session of the task
 * @param abandoned the agents still running
 * @param capped    the sessions stopped at their cap, before their time
 */
record TaskResult(List<ResultRow> rows, List<AbandonedAgent> abandoned, List<CappedSession> capped)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    TaskResult {
        rows = List.copyOf(rows);
        abandoned = List.copyOf(abandoned);
        capped = List.copyOf(capped);
    }
}
