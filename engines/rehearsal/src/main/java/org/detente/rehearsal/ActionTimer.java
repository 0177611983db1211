package org.detente.rehearsal;

/**
 * Times a party's actions for a protocol engine: publishes each start to the session's
 * {@link ActionWatch} (if any), and says when an action broke the rules — it threw, or took longer
 * than the action limit. One per session, used by the session's thread only.
 */
public final class ActionTimer {
    private final ActionWatch watch;
    private final Clock clock;
    private final long limitNanos;
    private final boolean timed;

    /**
     * @param options the session's options (action limit, watch)
     * @param clock   the clock measuring actions
     */
    public ActionTimer(SessionOptions options, Clock clock) {
        this.watch = options.watch();
        this.clock = clock;
        this.limitNanos = options.actionLimit().toNanos();
        this.timed = limitNanos > 0 || watch != null;
    }

    /** Party {@code party} begins to act; returns the start time to pass to {@link #late}. */
    public long begin(int party) {
        long t0 = timed ? clock.nanos() : 0;
        if (watch != null) {
            watch.start(party, t0);
        }
        return t0;
    }

    /** The acting party has returned or thrown. */
    public void end() {
        if (watch != null) {
            watch.stop();
        }
    }

    /**
     * Why an action that threw {@code e} forfeits: "threw" and the throwable, or an {@link AgentFault}'s
     * own reason.
     *
     * @throws VirtualMachineError rethrown (but a stack overflow or an out-of-memory error in the agent
     *                             forfeits, its memory released with the session): the engine cannot go on
     */
    public static String threw(Throwable e) {
        if (e instanceof AgentFault f) {
            return f.getMessage();
        }
        if (e instanceof VirtualMachineError v && !(e instanceof StackOverflowError || e instanceof OutOfMemoryError)) {
            throw v;
        }
        return "threw " + e;
    }

    /** Why an action begun at {@code t0} forfeits for its time ("for one {@code what}"), or null. */
    public String late(long t0, String what) {
        if (limitNanos <= 0) {
            return null;
        }
        long took = clock.nanos() - t0;
        return took > limitNanos ? "took " + took / 1_000_000 + " ms for one " + what + ", over the limit of "
                + limitNanos / 1_000_000 + " ms" : null;
    }
}
