package org.detente.rehearsal;

/**
 * A session's normalised time, for a protocol engine: {@code round / rounds} under a round deadline,
 * elapsed / duration on the deadline's clock under a time deadline (started when this is made).
 */
public final class Timeline {
    private final Clock clock;
    private final int rounds;
    private final long durationNanos;
    private final long startNanos;

    /**
     * @param deadline the session's deadline
     * @param clock    the clock for action times when the deadline is in rounds
     */
    public Timeline(Deadline deadline, Clock clock) {
        if (deadline instanceof Deadline.Time t) {
            this.clock = t.clock();
            this.rounds = t.maxRounds();
            this.durationNanos = t.duration().toNanos();
        } else if (deadline instanceof Deadline.Rounds r) {
            this.clock = clock;
            this.rounds = r.rounds();
            this.durationNanos = 0;
        } else {
            throw new AssertionError(deadline);
        }
        this.startNanos = this.clock.nanos();
    }

    /** The clock: the deadline's under a time deadline. */
    public Clock clock() {
        return clock;
    }

    /** The number of rounds; under a time deadline its cap ({@link Integer#MAX_VALUE}: none). */
    public int rounds() {
        return rounds;
    }

    /** Whether the deadline is in time rather than rounds. */
    public boolean timed() {
        return durationNanos > 0;
    }

    /** Normalised time in round {@code round} (1 or more: the deadline, or a time deadline's cap, has passed). */
    public double at(int round) {
        if (durationNanos > 0) {
            return round >= rounds ? 1 : (double) (clock.nanos() - startNanos) / durationNanos;
        }
        return (double) round / rounds;
    }
}
