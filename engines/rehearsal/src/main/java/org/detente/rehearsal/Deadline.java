package org.detente.rehearsal;

import java.time.Duration;

/**
 * When a session ends without agreement: after a number of rounds, or after a wall-clock time
 * measured on an injected {@link Clock}.
 */
public sealed interface Deadline permits Deadline.Rounds, Deadline.Time {

    /**
     * A round is one turn for every party. Normalised time at round {@code r} (0-based) is
     * {@code r / rounds}.
     *
     * @param rounds number of rounds, at least 1
     */
    record Rounds(int rounds) implements Deadline {
        /** @throws IllegalArgumentException if rounds is not positive */
        public Rounds {
            if (rounds < 1) {
                throw new IllegalArgumentException("a deadline needs at least one round, was " + rounds);
            }
        }
    }

    /**
     * Normalised time is elapsed / duration on the clock; the session ends when it reaches 1, or
     * after {@code maxRounds} rounds if that comes first (a cap that keeps the parties' histories
     * within memory however fast the agents are).
     *
     * @param duration  how long the session may last, positive
     * @param clock     the clock measuring it
     * @param maxRounds the most rounds it may last, at least 1 ({@link Integer#MAX_VALUE}: no cap)
     */
    record Time(Duration duration, Clock clock, int maxRounds) implements Deadline {
        /** @throws IllegalArgumentException if the duration or the cap is not positive */
        public Time {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("a time deadline must be positive, was " + duration);
            }
            java.util.Objects.requireNonNull(clock, "clock");
            if (maxRounds < 1) {
                throw new IllegalArgumentException("a time deadline's cap needs at least one round, was " + maxRounds);
            }
        }

        /** A time deadline without a cap on rounds. */
        public Time(Duration duration, Clock clock) {
            this(duration, clock, Integer.MAX_VALUE);
        }

        /** This deadline with at most {@code cap} rounds. */
        public Time capped(int cap) {
            return new Time(duration, clock, cap);
        }

        /**
         * This deadline capped, besides, at the rounds whose histories (every party's copy) fit in
         * {@code bytes}: at least one round.
         */
        public Time fitting(long bytes, int parties) {
            return capped((int) Math.max(1, Math.min(maxRounds, roundsThatFit(bytes, parties))));
        }

        /** Whether a session under this deadline ended at its cap on rounds, before its time. */
        public boolean stoppedAtCap(SessionResult r) {
            return r.ending() == Ending.DEADLINE && r.rounds() >= maxRounds;
        }
    }

    /**
     * What every party's own copy of the public history keeps of an offer: its outcome, proposer and
     * time, 20 bytes. A session of p parties holds p copies of p offers a round.
     */
    long HISTORY_BYTES_PER_OFFER = 20;

    /** The bytes the histories (every party's copy) of {@code rounds} rounds of {@code parties} take. */
    static long historyBytes(long rounds, int parties) {
        return rounds * parties * parties * HISTORY_BYTES_PER_OFFER;
    }

    /** The rounds of a session of {@code parties} whose histories (every party's copy) fit in {@code bytes}. */
    static long roundsThatFit(long bytes, int parties) {
        return Math.max(0, bytes) / historyBytes(1, parties);
    }

    /** A deadline of {@code n} rounds. */
    static Deadline rounds(int n) {
        return new Rounds(n);
    }

    /** A deadline of {@code d} on the system clock. */
    static Deadline time(Duration d) {
        return new Time(d, Clock.SYSTEM);
    }
}
