package org.detente.rehearsal;

import java.util.List;

/**
 * Runs session specifications and streams their results to a sink. The local implementation is
 * {@link LocalExecutor}; a cluster engine can run the same specifications.
 */
public interface SessionExecutor {
    /**
     * Runs every session and returns when all have been passed to the sink.
     *
     * @throws InterruptedException if interrupted while waiting
     * @throws IllegalStateException if a session failed outside any agent's control (an engine error)
     */
    void execute(List<SessionSpec> specs, SessionSink sink) throws InterruptedException;
}
