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
     * Normalised time is elapsed / duration on the clock; the session ends when it reaches 1.
     *
     * @param duration how long the session may last, positive
     * @param clock    the clock measuring it
     */
    record Time(Duration duration, Clock clock) implements Deadline {
        /** @throws IllegalArgumentException if the duration is not positive */
        public Time {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("a time deadline must be positive, was " + duration);
            }
            java.util.Objects.requireNonNull(clock, "clock");
        }
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
