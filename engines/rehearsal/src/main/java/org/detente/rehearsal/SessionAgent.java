package org.detente.rehearsal;

/**
 * An agent that holds something outside this JVM's heap for its session — an agent in a child
 * process holds the process — and is told when the session has ended, so that it can release it.
 * {@link Sessions#run} tells it once, after the last turn, whatever happened.
 */
public interface SessionAgent extends Agent {
    /**
     * The session has ended with {@code result} (null if it stopped without one: the engine failed).
     * It must not throw; what it throws is ignored.
     */
    void ended(SessionResult result);
}
