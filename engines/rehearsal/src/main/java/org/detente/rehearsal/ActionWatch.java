package org.detente.rehearsal;

/**
 * Lets another thread see which party is acting and since when, so that a watchdog can stop a
 * session whose agent hangs. One per running session; written by the session's thread only.
 */
final class ActionWatch {
    private volatile long since = Long.MIN_VALUE;
    private volatile int party = -1;

    /** Called by a protocol engine when party {@code p} begins to act at clock time {@code nanos}. */
    public void start(int p, long nanos) {
        party = p;
        since = nanos;
    }

    /** Called by a protocol engine when the acting party has answered. */
    public void stop() {
        since = Long.MIN_VALUE;
    }

    /** The party acting now, or -1. */
    public int party() {
        return since == Long.MIN_VALUE ? -1 : party;
    }

    /** Clock time at which the current action began, or {@link Long#MIN_VALUE} when no agent is acting. */
    public long since() {
        return since;
    }
}
