package org.detente.isolation;

import java.time.Duration;

/**
 * What an isolated agent may use, besides each session's action limit.
 *
 * @param session   the longest its answers may take summed over one session, the start included
 *                  (wall time, as a chess clock counts it; {@link Duration#ZERO}: no limit)
 * @param memoryMiB its memory: the heap ({@code -Xmx}) of a Java agent's JVM, the address space of an
 *                  external agent's process
 */
public record Limits(Duration session, int memoryMiB) {
    /** Default {@link #session()}: a minute. */
    public static final Duration DEFAULT_SESSION = Duration.ofMinutes(1);
    /** Default {@link #memoryMiB()}. */
    public static final int DEFAULT_MEMORY_MIB = 512;
    /** The smallest memory limit accepted (a JVM needs a few MiB to start). */
    public static final int MIN_MEMORY_MIB = 16;

    /** @throws IllegalArgumentException if the session limit is negative or the memory below the minimum */
    public Limits {
        if (session.isNegative()) {
            throw new IllegalArgumentException("the session limit must not be negative, was " + session);
        }
        if (memoryMiB < MIN_MEMORY_MIB) {
            throw new IllegalArgumentException("the agents' memory must be at least " + MIN_MEMORY_MIB + " MiB, was "
                    + memoryMiB);
        }
    }

    /** A minute a session, 512 MiB. */
    public static Limits defaults() {
        return new Limits(DEFAULT_SESSION, DEFAULT_MEMORY_MIB);
    }
}
