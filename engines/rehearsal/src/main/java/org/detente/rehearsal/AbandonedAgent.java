package org.detente.rehearsal;

/**
 * An agent that forfeited for not answering in time and whose thread, interrupted, still runs: an
 * agent in a JVM cannot be stopped by force, so what it keeps costing is measured and reported (on
 * Spark, by the task that ran it, at the task's end, and carried back with the task's results).
 *
 * @param session  the session it forfeited
 * @param agent    its name
 * @param cpuNanos the CPU time its thread has used since the forfeit, or -1 where the JVM cannot
 *                 measure a thread's CPU time
 */
public record AbandonedAgent(String session, String agent, long cpuNanos) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** One line: which agent, where, and what it has cost since. */
    public String describe() {
        return "agent '" + agent + "' of session " + session + " ignored the interrupt after its forfeit and still runs"
                + (cpuNanos < 0 ? "" : String.format(java.util.Locale.ROOT, ", using %.1f s of CPU since", cpuNanos / 1e9));
    }
}
