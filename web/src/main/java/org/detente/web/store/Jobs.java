package org.detente.web.store;

import java.time.Clock;

import org.jdbi.v3.core.Jdbi;

/**
 * The states of the work the server runs in the background (tournaments, plays, briefs), as stored
 * in their tables' {@code status} column, and what a server start does to work left running.
 */
public final class Jobs {
    /** Running (on this server run). */
    public static final String RUNNING = "running";
    /** Finished. */
    public static final String FINISHED = "finished";
    /** Stopped on an error (the row says why). */
    public static final String FAILED = "failed";
    /** The server stopped while it ran. */
    public static final String INTERRUPTED = "interrupted";

    private Jobs() {
    }

    /** Marks every row of {@code table} still recorded as running as {@link #INTERRUPTED}; returns how many. */
    static int interruptRunning(Jdbi jdbi, Clock clock, String table) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE " + table + " SET status = :i, finished = :f WHERE status = :r")
                .bind("i", INTERRUPTED).bind("f", clock.millis()).bind("r", RUNNING).execute());
    }
}
