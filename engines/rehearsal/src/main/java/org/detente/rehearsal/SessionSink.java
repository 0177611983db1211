package org.detente.rehearsal;

/** Receives each session's result as it finishes. Executors call it from one thread at a time. */
@FunctionalInterface
public interface SessionSink {
    /**
     * A session finished.
     *
     * @throws java.io.UncheckedIOException if the result cannot be stored (the executor stops)
     */
    void accept(SessionSpec spec, SessionResult result);
}
