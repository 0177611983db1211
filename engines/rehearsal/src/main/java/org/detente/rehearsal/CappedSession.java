package org.detente.rehearsal;

/**
 * A session with a time deadline that ended at its cap on rounds, before its time: the most rounds
 * its parties' histories may hold in the memory it was given ({@link Deadline.Time#fitting}). On
 * Spark each executor sets the cap from its own memory, so the task that ran the session reports it,
 * with the session's results.
 *
 * @param session the session
 * @param rounds  the cap it stopped at
 */
public record CappedSession(String session, int rounds) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
}
